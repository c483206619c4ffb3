import { useEffect, useMemo, useRef, useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { verifyJws } from '../../core/verify/verify-jws';
import { checkClaims, checkClaimsNow, type ClaimContext } from '../../core/verify/check-claims';
import type { VerifyResult } from '../../core/verify/verify-types';
import { jwksQueryOptions } from './api/jwks-query';
import { objectId } from '../../lib/object-id';
import { measured } from '../../lib/perf-measure';
import type { KeySetState } from './use-key-set';
import type { JwsToken } from '../../core/token/types';

/** The signature result for a token (an analysed token object) against a key set; null until keys are ready. */
export function useSignature(token: JwsToken, keySet: KeySetState): { result: VerifyResult | null; refetched: boolean } {
  const queryClient = useQueryClient();
  const verify = useQuery({
    // Keyed by the analysed token object, not its text: a new paste is a new object, and a 1 MB
    // string is not hashed on every tick of the clock.
    queryKey: ['verify', objectId(token), keySet.id],
    // The decoded token goes in as decoded: verification does not split it again. The measure lets
    // the benchmark show the check's own time beside token-in-to-verdict.
    queryFn: () => measured('te:verify-core', () => verifyJws(token, keySet.keys)),
    enabled: keySet.status === 'ready',
    staleTime: Infinity,
    gcTime: 60_000,
  });
  const result = keySet.status === 'ready' ? (verify.data ?? null) : null;

  // Keys rotate: when the kid is missing from a fetched JWKS, fetch it once more (and only once per
  // token and JWKS), then accept the answer.
  const requested = useRef<string | null>(null);
  const [refetchedFor, setRefetchedFor] = useState<string | null>(null);
  const missKey = result?.verdict === 'key_not_found' && keySet.jwksUrl ? `${keySet.jwksUrl}|${objectId(token)}` : null;
  const refetched = missKey !== null && refetchedFor === missKey;
  useEffect(() => {
    if (missKey === null || requested.current === missKey || !keySet.jwksUrl) return;
    requested.current = missKey;
    void queryClient
      .fetchQuery({ ...jwksQueryOptions(keySet.jwksUrl), staleTime: 0 })
      .catch(() => undefined)
      .then(() => setRefetchedFor(missKey));
  }, [missKey, keySet.jwksUrl, queryClient]);
  return { result, refetched };
}

/**
 * Claim checks, recomputed when the token, the expectations (one object while none changes) or the
 * clock changes: at once in the same render when no digest is needed (the usual case), else through
 * the query cache.
 */
export function useClaimChecks(
  header: Readonly<Record<string, unknown>>,
  payload: Readonly<Record<string, unknown>>,
  expectations: Omit<ClaimContext, 'now'>,
  now: number,
) {
  const ctx = useMemo(() => ({ ...expectations, now }), [expectations, now]);
  const immediate = useMemo(() => checkClaimsNow(header, payload, ctx), [header, payload, ctx]);
  const query = useQuery({
    // Disabled (no digest needed): a constant key, so a tick does not hash the context for nothing.
    queryKey: immediate === null ? ['claims', objectId(header), objectId(payload), ctx] : ['claims', 'not-needed'],
    queryFn: () => checkClaims(header, payload, ctx),
    enabled: immediate === null,
    staleTime: Infinity,
    gcTime: 0,
    placeholderData: keepPreviousData,
  });
  return immediate ?? query.data ?? null;
}
