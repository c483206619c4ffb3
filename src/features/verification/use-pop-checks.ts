import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { popChecksFor, type PopCompanion } from '../../core/pop/pop-checks';
import { objectId } from '../../lib/object-id';

type Claims = Readonly<Record<string, unknown>>;

/** Proof-of-possession rows (DPoP / Microsoft PoP) for the token on screen; empty when none apply. */
export function usePopChecks(
  token: { compact: string },
  header: Claims,
  payload: Claims | null,
  pop: PopCompanion | undefined,
  now: number,
  skewSeconds: number,
) {
  const query = useQuery({
    queryKey: ['pop', objectId(token), pop, now, skewSeconds],
    queryFn: () =>
      payload === null ? Promise.resolve([]) : popChecksFor({ compact: token.compact, header, payload }, pop, now, skewSeconds),
    staleTime: Infinity,
    gcTime: 0,
    placeholderData: keepPreviousData,
  });
  return query.data ?? [];
}
