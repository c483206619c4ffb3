import { CopyButton } from '../../../components/ui/copy-button';
import type { ExplainMessages } from '../../../i18n/en/explain';

type Props = { json: string; parameter: string; m: ExplainMessages };

/** The decoded claims request, pretty-printed, and the exact `claims` value to send to /authorize. */
export function ChallengeDetails({ json, parameter, m }: Props) {
  const d = m.ui.diagnosis;
  let pretty = json;
  try {
    pretty = JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    // buildClaimsParameter always produces JSON; keep the compact form if it ever does not.
  }
  return (
    <div className="mt-2 grid gap-1">
      <p className="font-medium">{d.decoded}</p>
      <pre className="overflow-auto rounded bg-white p-2 text-xs whitespace-pre-wrap dark:bg-slate-900">{pretty}</pre>
      <p className="font-medium">{d.send}</p>
      <div className="flex flex-wrap items-start gap-2">
        <code className="rounded bg-white p-1 text-xs break-all dark:bg-slate-900">claims={parameter}</code>
        <CopyButton text={parameter} label={d.copy} copiedLabel={d.copied} />
      </div>
    </div>
  );
}
