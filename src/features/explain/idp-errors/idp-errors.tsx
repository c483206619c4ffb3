import type { ExtractedAadsts } from '../../../core/aadsts/extract-aadsts-codes';
import { SafeLink } from '../../../components/ui/safe-link';
import type { ExplainMessages } from '../../../i18n/en/explain';

type Props = { codes: readonly ExtractedAadsts[]; m: ExplainMessages };

/** Each AADSTS code found in the input, explained offline; unknown codes link to Microsoft's lookup. */
export function IdpErrors({ codes, m }: Props) {
  const e = m.ui.errors;
  return (
    <ul className="grid gap-2">
      {codes.map((c) => (
        <li key={c.code} className="rounded border border-slate-200 p-2 text-sm dark:border-slate-700">
          <h3 className="font-semibold">
            <span className="font-mono">AADSTS{c.code}</span>
            {c.known ? <span className="ml-2 rounded bg-slate-200 px-1 text-xs font-normal dark:bg-slate-700">{e.categories[c.category]}</span> : null}
          </h3>
          {c.known ? (
            <>
              <p className="mt-1">
                <span className="font-medium">{e.meaning}</span> {m.aadsts[c.code].meaning}
              </p>
              <p className="mt-1">
                <span className="font-medium">{e.fix}</span> {m.aadsts[c.code].fix}
              </p>
            </>
          ) : (
            <p className="mt-1">{e.unknown}</p>
          )}
          <p className="mt-1 text-xs">
            <SafeLink href={c.lookupUrl}>{e.lookup}</SafeLink>
          </p>
        </li>
      ))}
    </ul>
  );
}
