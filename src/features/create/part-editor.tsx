import { useId } from 'react';
import type { EditedPart, PartResult } from '../../core/create/parse-part';
import type { CreateMessages } from '../../i18n/en/create';
import { alert, field } from './styles';

type Props = { m: CreateMessages; part: EditedPart; text: string; onText: (text: string) => void; result: PartResult; rows: number };

/** A JSON textbox named "Header" or "Payload", checked as you type; a syntax error names the part, line and column. */
export function PartEditor({ m, part, text, onText, result, rows }: Props) {
  const id = useId();
  const name = m.parts[part];
  let message: string | null = null;
  if (!result.ok) {
    const e = result.error;
    message =
      e.code === 'json_syntax' || e.code === 'lossy_integer'
        ? m.partErrors[e.code](name, e.line, e.column)
        : e.code === 'duplicate_member'
          ? m.partErrors.duplicate_member(name, e.name)
          : m.partErrors[e.code](name);
  }
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {name}
      </label>
      <textarea
        id={id}
        className={field}
        rows={rows}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        value={text}
        aria-invalid={!result.ok}
        aria-describedby={message ? `${id}-error` : undefined}
        onChange={(e) => onText(e.target.value)}
      />
      {message ? (
        <p id={`${id}-error`} role="alert" className={alert}>
          {message}
        </p>
      ) : null}
    </div>
  );
}
