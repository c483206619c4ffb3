import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import type { HarSectionProps } from '../features/har/har-section';

const HarSection = lazy(() => import('../features/har/har-section'));

/** The HAR opener and list, loaded after the explorer's first paint; a load failure leaves the explorer working. */
export function LazyHar(props: HarSectionProps) {
  return (
    <ErrorBoundary fallback={() => null}>
      <Suspense fallback={null}>
        <HarSection {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
