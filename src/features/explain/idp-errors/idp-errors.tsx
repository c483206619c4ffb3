import type { ExtractedAadsts } from '../../../core/aadsts/extract-aadsts-codes';
import { SafeLink } from '../../../components/ui/safe-link';
import type { ExplainMessages } from '../../../i18n/en/explain';
import type { IdpErrorTexts } from '../../../i18n/en/idp-error-texts';
import { useCatalog } from '../../../i18n/i18n';
import { errorText } from './error-text';

type Props = { codes: readonly ExtractedAadsts[]; m: ExplainMessages };

// The ~480 one-line meanings load only when a code is on screen, in the reader's language.
const TABLES = {
  en: () => import('../../../i18n/en/idp-error-texts').then((mod): IdpErrorTexts => mod.idpErrorTextsEn),
  ja: () => import('../../../i18n/ja/idp-error-texts').then((mod): IdpErrorTexts => mod.idpErrorTextsJa),
};

/** Each AADSTS / AADB2C code found in the input, explained offline; every code links to Microsoft's lookup or reference. */
export function IdpErrors({ codes, m }: Props) {
  const e = m.ui.errors;
  const tables = useCatalog(TABLES);
  return (
    <ul className="grid gap-2">
      {codes.map((c) => {
        const text = errorText(c, m.aadsts, tables);
        const prefix = c.system === 'b2c' ? 'AADB2C' : 'AADSTS';
        return (
          <li key={`${c.system}-${c.code}`} className="rounded border border-slate-200 p-2 text-sm dark:border-slate-700">
            <h3 className="font-semibold">
              <span className="font-mono">
                {prefix}
                {c.code}
              </span>
              {c.system === 'b2c' ? <span className="ml-2 text-xs font-normal">{e.b2c}</span> : null}
              {c.known ? (
                <span className="ml-2 rounded bg-slate-200 px-1 text-xs font-normal dark:bg-slate-700">{e.categories[c.category]}</span>
              ) : null}
            </h3>
            {!c.known ? <p className="mt-1">{e.unknown}</p> : null}
            {text ? (
              <p className="mt-1">
                <span className="font-medium">{e.meaning}</span> {text.meaning}
              </p>
            ) : null}
            {text?.fix ? (
              <p className="mt-1">
                <span className="font-medium">{e.fix}</span> {text.fix}
              </p>
            ) : null}
            {text && text.fix === null ? <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{e.lineOnly}</p> : null}
            <p className="mt-1 text-xs">
              <SafeLink href={c.lookupUrl}>{c.system === 'b2c' ? e.b2cLookup : e.lookup}</SafeLink>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
