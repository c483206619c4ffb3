import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ViewId } from '../core/token/route';

/**
 * Every view but the explorer, each in its own lazily loaded chunk: the explorer's first paint never
 * waits on their code. Adding a view is one entry here and one id in core/token/route.ts.
 */
export const LAZY_VIEWS: Record<Exclude<ViewId, 'inspect'>, LazyExoticComponent<ComponentType>> = {
  'get-token': lazy(() => import('../features/get-token/get-token-view')),
  create: lazy(() => import('../features/create/create-view')),
  compare: lazy(() => import('../features/compare/compare-view')),
};
