import { lazy, Suspense, useState, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import type { Companions } from '../features/verification/companions';
import type { VerificationPresets } from '../features/verification/verification-section';
import type { JwsToken } from '../core/token/types';

const load = () => import('./verification-root');
let VerificationRoot = lazy(load);
/** The chunk's component once preloaded: rendering it never suspends (no second fallback mount). */
let loaded: ComponentType<ComponentProps<typeof VerificationRoot>> | null = null;

/** Loads the verification chunk ahead of its first render; resolves either way (a failure shows on render). */
export function preloadVerification(): Promise<void> {
  return load().then(
    (m) => {
      loaded = m.default;
    },
    () => undefined,
  );
}

type Props = {
  token: JwsToken;
  companions: Companions;
  presets?: VerificationPresets;
  fallback: ReactNode;
  failed: (retry: () => void) => ReactNode;
  children: ReactNode;
};

/**
 * The verification chunk, loaded on first need. If loading fails (offline before the app was
 * cached), the decoded view stays and a retry creates a fresh import: React.lazy remembers failures.
 */
export function LazyVerification({ fallback, failed, children, ...props }: Props) {
  const [attempt, setAttempt] = useState(0);
  const Root = loaded ?? VerificationRoot;
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
        <Root {...props}>{children}</Root>
      </Suspense>
    </ErrorBoundary>
  );
}
