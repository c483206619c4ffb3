import { Panel } from '../../components/ui/panel';
import { CopyButton } from '../../components/ui/copy-button';
import { useI18n } from '../../i18n/i18n';
import type { JwsToken } from '../../core/token/types';
import { EncodedToken } from './encoded-token';
import { JsonPanel, TextPanel } from './json-panel';
import { SEGMENT_CLASS } from './segment-colors';
import { toHex } from './hex';

/** Header, payload and signature of a JWS, each shown even when another part is broken. */
export function JwsView({ token }: { token: JwsToken }) {
  const { t } = useI18n();
  const { header, payload, signature } = token;
  return (
    <div className="grid gap-3 lg:grid-cols-2">
      <EncodedToken compact={token.compact} />
      <div className="grid content-start gap-3">
        {header.ok ? (
          <JsonPanel title={t.decoded.header} copyName={t.parts.header} value={header.value} titleClass={SEGMENT_CLASS.header} />
        ) : header.text !== undefined ? (
          <TextPanel title={t.decoded.header} copyName={t.parts.header} text={header.text} titleClass={SEGMENT_CLASS.header} />
        ) : null}
        {payload.ok && payload.kind === 'json' ? (
          <JsonPanel title={t.decoded.payload} copyName={t.parts.payload} value={payload.value} titleClass={SEGMENT_CLASS.payload} />
        ) : payload.ok && payload.kind === 'text' ? (
          <TextPanel title={t.decoded.payloadText} copyName={t.parts.payload} text={payload.text} titleClass={SEGMENT_CLASS.payload} />
        ) : payload.ok ? (
          <TextPanel title={t.decoded.payload} copyName={t.parts.payload} text={toHex(payload.bytes)} titleClass={SEGMENT_CLASS.payload} />
        ) : payload.text !== undefined ? (
          <TextPanel title={t.decoded.payload} copyName={t.parts.payload} text={payload.text} titleClass={SEGMENT_CLASS.payload} />
        ) : null}
        {signature.ok ? <SignaturePanel bytes={signature.bytes} encoded={token.segments[2]} /> : null}
      </div>
    </div>
  );
}

function SignaturePanel({ bytes, encoded }: { bytes: Uint8Array; encoded: string }) {
  const { t } = useI18n();
  return (
    <Panel
      title={<span className={SEGMENT_CLASS.signature}>{t.decoded.signature}</span>}
      actions={encoded ? <CopyButton text={encoded} label={t.decoded.copyPart(t.parts.signature)} copiedLabel={t.decoded.copied} /> : null}
    >
      {bytes.length === 0 ? (
        <p className="text-sm">{t.decoded.emptySignature}</p>
      ) : (
        <>
          <p className="mb-1 text-sm">{t.decoded.bytes(bytes.length)}</p>
          <pre className="max-h-48 overflow-auto rounded bg-slate-50 p-2 text-xs break-all whitespace-pre-wrap dark:bg-slate-950">
            {toHex(bytes)}
          </pre>
        </>
      )}
    </Panel>
  );
}
