import { useId, useState } from 'react';
import { CopyButton } from '../../components/ui/copy-button';
import { curlLine } from '../../core/create/curl-line';
import { makeTestKit, type TestKit as Kit } from '../../core/create/negative-kit';
import type { CreateMessages } from '../../i18n/en/create';
import type { SignInput } from './use-signed';
import { downloadText, kitJson } from './kit-download';
import { button, field, hint, primary } from './styles';

type Props = { m: CreateMessages; input: SignInput | null };

function KitItem({
  m,
  label,
  detail,
  expected,
  token,
  apiUrl,
}: {
  m: CreateMessages;
  label: string;
  detail: string;
  expected: string;
  token: string;
  apiUrl: string;
}) {
  const curl = curlLine(token, apiUrl);
  return (
    <li className="grid gap-1 rounded border border-slate-200 p-2 dark:border-slate-700">
      <h4 className="text-sm font-semibold">{label}</h4>
      <p className="text-xs">{detail}</p>
      <p className="text-xs font-medium">{expected}</p>
      <code className="block max-h-16 overflow-auto text-xs break-all text-slate-700 dark:text-slate-300">{token}</code>
      {curl.ok ? <code className="block text-xs break-all text-slate-700 dark:text-slate-300">{curl.line.slice(0, 160)}…</code> : null}
      <div className="flex flex-wrap gap-2">
        <CopyButton text={token} label={m.kit.copyToken} copiedLabel={m.output.copied} />
        {curl.ok ? <CopyButton text={curl.line} label={m.kit.copyCurl} copiedLabel={m.output.copied} /> : null}
      </div>
    </li>
  );
}

/** "Make test tokens": the negative-test kit for the current claims and key. */
export function TestKit({ m, input }: Props) {
  const id = useId();
  const [made, setMade] = useState<{ input: SignInput; kit: Kit } | null>(null);
  const [working, setWorking] = useState(false);
  const [failed, setFailed] = useState(false);
  const [apiUrl, setApiUrl] = useState('');
  // A kit made from older claims or another key is not shown as if it matched the current ones.
  const kit = made !== null && made.input === input ? made.kit : null;
  const make = () => {
    if (input === null) return;
    setWorking(true);
    setFailed(false);
    void makeTestKit({ ...input, now: Math.floor(Date.now() / 1000) })
      .then((k) => setMade({ input, kit: k }))
      .catch(() => setFailed(true))
      .finally(() => setWorking(false));
  };
  const urlProblem = curlLine('', apiUrl);
  return (
    <section aria-labelledby={`${id}-h`} className="grid gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`${id}-h`} className="text-sm font-semibold">
          {m.kit.heading}
        </h3>
        <button type="button" className={primary} disabled={input === null || working} onClick={make}>
          {working ? m.kit.working : m.kit.button}
        </button>
      </div>
      <p className="text-sm">{m.kit.statement}</p>
      {failed ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          {m.kit.failed}
        </p>
      ) : null}
      <label htmlFor={`${id}-url`} className="text-sm font-medium">
        {m.kit.apiUrl}
      </label>
      <p id={`${id}-url-hint`} className={hint}>
        {m.kit.apiUrlHint} {urlProblem.ok ? '' : m.kit.urlErrors[urlProblem.error]}
      </p>
      <input
        id={`${id}-url`}
        type="url"
        inputMode="url"
        className={field}
        value={apiUrl}
        aria-describedby={`${id}-url-hint`}
        spellCheck={false}
        onChange={(e) => setApiUrl(e.target.value)}
      />
      {kit !== null ? (
        <>
          <div>
            <button
              type="button"
              className={button}
              onClick={() => downloadText('token-explorer-test-tokens.json', kitJson(kit, m, apiUrl))}
            >
              {m.kit.download}
            </button>
          </div>
          <ul aria-label={m.kit.heading} className="grid gap-2 md:grid-cols-2">
            <KitItem m={m} label={m.kit.control} detail="" expected={m.kit.controlExpected} token={kit.valid} apiUrl={apiUrl} />
            {kit.tokens.map((t) => (
              <KitItem
                key={`${t.id}-${t.variant ?? ''}`}
                m={m}
                label={t.variant === undefined ? m.kit.cases[t.id].label : `${m.kit.cases[t.id].label} (${m.kit.variant(t.variant)})`}
                detail={m.kit.cases[t.id].detail}
                expected={m.kit.expected(t.expectedStatus)}
                token={t.token}
                apiUrl={apiUrl}
              />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
