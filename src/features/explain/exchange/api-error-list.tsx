import { checkAgainstToken } from '../../../core/api-errors/connect';
import type { ApiErrorMatch } from '../../../core/api-errors/types';
import type { ExchangeMessages } from '../../../i18n/en/exchange';
import { checkText } from './check-text';
import type { Locale } from '../../../i18n/languages';

type Json = Readonly<Record<string, unknown>>;
type Props = {
  errors: ApiErrorMatch[];
  header: Json | null;
  payload: Json | null;
  hasSignature: boolean;
  now: number;
  locale: Locale;
  m: ExchangeMessages;
};

/** Each recognised API error: what it means, what to check, and what the token itself says about it. */
export function ApiErrorList({ errors, header, payload, hasSignature, now, locale, m }: Props) {
  return (
    <ul className="grid gap-2">
      {errors.map((e) => {
        const k = m.kinds[e.kind];
        const check = payload ? checkAgainstToken(e, header ?? {}, payload, hasSignature, now) : null;
        return (
          <li
            key={`${e.source}:${e.code}:${e.kind}`}
            className="rounded border-l-4 border-amber-500 bg-amber-50 p-2 text-sm dark:bg-amber-950"
          >
            <p className="font-semibold">
              {k.title}{' '}
              <span className="font-normal text-slate-700 dark:text-slate-300">
                ({m.sourceNames[e.source]} {e.code})
              </span>
            </p>
            <p className="mt-1 font-mono text-xs break-all text-slate-700 dark:text-slate-300">{e.excerpt}</p>
            <p className="mt-1">{k.check}</p>
            {e.quote.piiHidden ? <p className="mt-1">{m.piiHidden}</p> : null}
            {check ? (
              <p className="mt-1">
                <span className="font-medium">{m.inToken}: </span>
                {checkText(check, now, locale, m)}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
