import { lazy, Suspense, useState, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import type { Companions } from '../features/verification/companions';
import type { VerificationPresets } from '../features/verification/verification-section';
import type { JwsToken } from '../core/token/types';

const load = () => import('./verification-root');
let VerificationRoot = lazy(load);

type Props = { token: JwsToken; companions: Companions; presets?: VerificationPresets; fallback: ReactNode; failed: (retry: () => void) => ReactNode; children: ReactNode };

/**
 * The verification chunk, loaded on first need. If loading fails (offline before the app was
 * cached), the decoded view stays and a retry creates a fresh import: React.lazy remembers failures.
 */
export function LazyVerification({ fallback, failed, children, ...props }: Props) {
  const [attempt, setAttempt] = useState(0);
  return (
    <ErrorBoundary
      key={attempt}
      fallback={() =>
        failed(() => {
          VerificationRoot = lazy(load);
          setAttempt((a) => a + 1);
        })
      }
    >
      <Suspense fallback={fallback}>
        <VerificationRoot {...props}>
          {children}
        </VerificationRoot>
      </Suspense>
    </ErrorBoundary>
  );
}
