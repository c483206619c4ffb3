import type { ExplainMessages } from '../../../i18n/en/explain';
import type { ValueItem, ValueNote, ValueView } from './value-view';

type Props = { name: string; view: ValueView; now: number | null; m: ExplainMessages };

/** The words for a note on a value (enum meaning, well-known GUID, first-party API). */
export function noteText(note: ValueNote, m: ExplainMessages): string {
  const w = m.ui.claims.wellKnown;
  switch (note.kind) {
    case 'enum':
      return m.enums[note.code];
    case 'audience':
      return w.resource(note.name);
    case 'well-known': {
      const id = note.id;
      switch (id.kind) {
        case 'tenant':
          return m.tenants[id.code];
        case 'resource':
          return w.resource(id.name);
        case 'client':
          return w.client(id.name);
        case 'directory-role':
          return id.isDefaultUserRole ? w.defaultRole(id.name) : w.role(id.name);
        case 'guest-role':
          return w.guestRole(id.name);
      }
    }
  }
}

// A megabyte-long claim would make the table slow to lay out; the decoded view keeps the whole value.
const MAX_SHOWN = 2000;

function Item({ item, m }: { item: ValueItem; m: ExplainMessages }) {
  const long = item.text.length > MAX_SHOWN;
  return (
    <>
      <span className="font-mono break-all">{long ? item.text.slice(0, MAX_SHOWN) : item.text}</span>
      {long ? (
        <span className="text-xs text-slate-600 dark:text-slate-400">{m.ui.claims.truncated(item.text.length - MAX_SHOWN)}</span>
      ) : null}
      {item.note ? <span className="block text-xs text-slate-600 dark:text-slate-400">{noteText(item.note, m)}</span> : null}
    </>
  );
}

/** One claim value, made readable; every piece is rendered as text (React escapes it). */
export function ClaimValue({ name, view, now, m }: Props) {
  const c = m.ui.claims;
  switch (view.kind) {
    case 'date':
      return (
        <div>
          <span className="font-mono">{view.seconds}</span>
          <span className="block">
            <time dateTime={new Date(view.seconds * 1000).toISOString()}>{m.time.local(view.seconds)}</time> ({c.local})
          </span>
          <span className="block text-xs text-slate-600 dark:text-slate-400">
            {m.time.utc(view.seconds)} ({c.utc}){now === null ? null : ` · ${m.time.relative(now, view.seconds)}`}
          </span>
        </div>
      );
    case 'bad-date':
      return (
        <div>
          <span className="font-mono break-all">{view.text}</span>
          <span className="block text-xs text-amber-800 dark:text-amber-300">⚠ {m.invalidTimes[view.problem]}</span>
        </div>
      );
    case 'list':
      return (
        <ul aria-label={c.listLabel(name)} className="flex flex-wrap gap-1">
          {view.items.map((item, i) => (
            <li
              key={i}
              className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 text-xs dark:border-slate-600 dark:bg-slate-800"
            >
              <Item item={item} m={m} />
            </li>
          ))}
        </ul>
      );
    case 'json':
      return (
        <pre className="max-h-48 overflow-auto text-xs break-all whitespace-pre-wrap">
          {view.text.length > MAX_SHOWN
            ? `${view.text.slice(0, MAX_SHOWN)}${m.ui.claims.truncated(view.text.length - MAX_SHOWN)}`
            : view.text}
        </pre>
      );
    case 'scalar':
      return <Item item={view.item} m={m} />;
  }
}
