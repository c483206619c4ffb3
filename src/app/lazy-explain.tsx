import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import type { ExplainProps } from '../features/explain/explain-section';

const ExplainSection = lazy(() => import('../features/explain/explain-section'));

/** The explanations, loaded on first need; a failure to load leaves the rest of the page working. */
export function LazyExplain(props: ExplainProps) {
  return (
    <ErrorBoundary fallback={() => null}>
      <Suspense fallback={null}>
        <ExplainSection {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
