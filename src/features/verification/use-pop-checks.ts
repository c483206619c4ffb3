import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ClaimCheck } from '../../core/verify/check-claims';
import { popChecksApply, popChecksFor, type PopCompanion } from '../../core/pop/pop-checks';
import { objectId } from '../../lib/object-id';

type Claims = Readonly<Record<string, unknown>>;
const NONE: readonly ClaimCheck[] = [];

/** Proof-of-possession rows (DPoP / Microsoft PoP) for the token on screen; empty when none apply. */
export function usePopChecks(
  token: { compact: string },
  header: Claims,
  payload: Claims | null,
  pop: PopCompanion | undefined,
  now: number,
  skewSeconds: number,
) {
  const apply = popChecksApply(header, pop);
  const query = useQuery({
    // Not applicable: a constant key, so a tick neither hashes nor creates a query.
    queryKey: apply ? ['pop', objectId(token), pop, now, skewSeconds] : ['pop', 'none'],
    queryFn: () =>
      payload === null ? Promise.resolve([]) : popChecksFor({ compact: token.compact, header, payload }, pop, now, skewSeconds),
    // Most tokens have no proof rows: then nothing is queued, and no extra render follows the token.
    enabled: apply,
    staleTime: Infinity,
    gcTime: 0,
    placeholderData: keepPreviousData,
  });
  return apply ? (query.data ?? NONE) : NONE;
}
