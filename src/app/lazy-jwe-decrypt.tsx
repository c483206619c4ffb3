import { lazy, Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';

// Decryption brings jose; it loads only when a JWE is shown, never on the explorer's first paint.
const JweDecrypt = lazy(() => import('../features/jwe-decrypt/jwe-decrypt'));

/** The JWE "Decryption key" box, loaded on demand; a failure to load leaves the rest of the page alone. */
export function LazyJweDecrypt({ compact, renderInner }: { compact: string; renderInner: (compact: string) => ReactNode }) {
  return (
    <ErrorBoundary fallback={() => null}>
      <Suspense fallback={null}>
        <JweDecrypt compact={compact} renderInner={renderInner} />
      </Suspense>
    </ErrorBoundary>
  );
}
