import { useId, useState } from 'react';
import { CopyButton, copyText } from '../../components/ui/copy-button';
import { createLinkFragment } from '../../core/create/create-link';
import type { CreateMessages } from '../../i18n/en/create';
import { openInExplorer } from '../../lib/session';
import type { SignInput, Signed } from './use-signed';
import { alert, button, field, hint, primary, warning } from './styles';

function Box({
  label,
  value,
  m,
  rows,
  describedBy,
}: {
  label: string;
  value: string;
  m: CreateMessages;
  rows: number;
  describedBy?: string;
}) {
  const id = useId();
  return (
    <div className="grid gap-1">
      <div className="flex items-end justify-between gap-2">
        <label htmlFor={id} className="text-sm font-semibold">
          {label}
        </label>
        <CopyButton text={value} label={m.output.copy} copiedLabel={m.output.copied} />
      </div>
      <textarea id={id} readOnly className={`${field} break-all`} rows={rows} value={value} aria-describedby={describedBy} />
    </div>
  );
}

type Props = { m: CreateMessages; input: SignInput | null; signed: Signed | null };

/** "Signed token", "Public key" (JWKS and PEM), "Open in explorer" and "Copy link". */
export function SignedOutput({ m, input, signed }: Props) {
  const hintId = useId();
  const result = signed?.result;
  const token = result?.ok ? result.token : null;
  const open = () => {
    if (token === null) return;
    openInExplorer(signed?.jwks ? { token, key: signed.jwks } : { token });
  };
  const [linkCopied, setLinkCopied] = useState(false);
  const copyLink = () => {
    if (input === null) return;
    void copyText(`${window.location.origin}${window.location.pathname}#${createLinkFragment(input.header, input.payload)}`).then((ok) => {
      setLinkCopied(ok);
      if (ok) setTimeout(() => setLinkCopied(false), 1500);
    });
  };
  let problem: string | null = null;
  if (result && !result.ok) {
    const e = result.error;
    problem =
      e.code === 'header_alg_differs'
        ? m.output.headerAlg(e.headerAlg)
        : e.code === 'key_mismatch'
          ? m.key.fit[e.mismatch]
          : m.output.signFailed;
  }
  return (
    <div className="grid gap-3">
      {problem ? (
        <p role="alert" className={alert}>
          {problem}
        </p>
      ) : null}
      {result?.ok
        ? result.warnings.map((w) => (
            <p key={w.code} role="alert" className={warning}>
              {m.key.shortSecret(w.bytes, w.minimum)}
            </p>
          ))
        : null}
      {token !== null ? <Box label={m.output.token} value={token} m={m} rows={5} /> : <p className={hint}>{m.output.waiting}</p>}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={primary} disabled={token === null} onClick={open}>
          {m.output.open}
        </button>
        <button type="button" className={button} disabled={input === null} onClick={copyLink}>
          {m.output.copyLink}
          <span aria-live="polite" className="ml-1 text-emerald-700 dark:text-emerald-400">
            {linkCopied ? `✓ ${m.output.copied}` : ''}
          </span>
        </button>
      </div>
      <p className={hint}>{m.output.linkNote}</p>
      {token !== null && !signed?.jwks ? <p className={hint}>{m.output.openHmac}</p> : null}
      {token !== null ? (
        signed?.jwks ? (
          <>
            <p id={hintId} className={hint}>
              {m.output.publicKeyHint}
            </p>
            <Box label={m.output.publicKey} value={signed.jwks} m={m} rows={8} describedBy={hintId} />
            {signed.pem ? <Box label={m.output.publicPem} value={signed.pem} m={m} rows={5} /> : null}
          </>
        ) : (
          <p className={hint}>{m.output.noPublicKey}</p>
        )
      ) : null}
    </div>
  );
}
