import type { AnalyzedToken } from '../../core/token/types';
import { useI18n } from '../../i18n/i18n';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import { EncodedToken } from './encoded-token';
import { JsonPanel } from './json-panel';
import { JweView } from './jwe-view';
import { JwsView } from './jws-view';
import { OpaqueView } from './opaque-view';
import { SEGMENT_CLASS } from './segment-colors';

/** Shows any analyzed token in the view that fits its format; a rendering failure stays inside this view. */
export function TokenView({ token }: { token: AnalyzedToken }) {
  const { t } = useI18n();
  return (
    <ErrorBoundary fallback={() => <p className="rounded-lg border border-red-600 p-3 text-sm">{t.decoded.renderFailed}</p>}>
      <FormatView token={token} />
    </ErrorBoundary>
  );
}

function FormatView({ token }: { token: AnalyzedToken }) {
  const { t } = useI18n();
  switch (token.format) {
    case 'jws':
      return <JwsView token={token} />;
    case 'jwe':
      return <JweView token={token} />;
    case 'opaque':
      return <OpaqueView token={token} />;
    case 'malformed':
      return (
        <div className="grid gap-3 lg:grid-cols-2">
          <EncodedToken compact={token.compact} />
          {token.header?.ok ? (
            <JsonPanel title={t.decoded.header} copyName={t.parts.header} value={token.header.value} titleClass={SEGMENT_CLASS.header} />
          ) : null}
        </div>
      );
  }
}
