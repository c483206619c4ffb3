import { useQuery } from '@tanstack/react-query';
import { parseDiscovery, type DiscoveryError } from '../../core/discovery/parse-discovery';
import { parseJwks, type JwksError } from '../../core/discovery/parse-jwks';
import type { IssuerMatch } from '../../core/discovery/issuer-match';
import { parseKeyInput } from '../../core/verify/parse-key-input';
import type { KeyInputError, KeyWarning, ParsedKey } from '../../core/verify/key-types';
import { discoveryQueryOptions } from './api/discovery-query';
import { jwksQueryOptions } from './api/jwks-query';
import { FetchProblem } from './api/fetch-json';
import type { KeyPlan } from './key-plan';

/** What went wrong on the way to a key set; each names the URL where there is one. */
export type KeyProblem =
  | { kind: 'fetch'; problem: FetchProblem }
  | { kind: 'discovery'; url: string; error: DiscoveryError }
  | { kind: 'jwks'; url: string; error: JwksError }
  | { kind: 'key'; error: KeyInputError };

export type KeySetState = {
  status: 'idle' | 'awaiting-approval' | 'loading' | 'error' | 'ready';
  keys: readonly ParsedKey[];
  /** Identifies this exact key set (changes when a JWKS is refetched). */
  id: string;
  warnings: readonly KeyWarning[];
  problem: KeyProblem | null;
  discoveryUrl: string | null;
  jwksUrl: string | null;
  issuerCheck: IssuerMatch | null;
  loadingUrl: string | null;
};

const asFetch = (e: unknown): KeyProblem | null => (e instanceof FetchProblem ? { kind: 'fetch', problem: e } : null);

/**
 * Resolves a key plan into keys: parses pasted material, or follows discovery -> jwks_uri -> JWKS
 * through TanStack Query (cached per URL). Discovery of an unknown issuer waits for `approved`.
 */
export function useKeySet(plan: KeyPlan, payload: Readonly<Record<string, unknown>>, approved: boolean): KeySetState {
  const discoveryUrl = plan.kind === 'discovery' ? plan.primary.url : plan.kind === 'url' && plan.as === 'discovery' ? plan.url : null;
  const discoveryAllowed = plan.kind === 'url' || (plan.kind === 'discovery' && (plan.auto || approved));
  const primary = useQuery({ ...discoveryQueryOptions(discoveryUrl ?? ''), enabled: discoveryUrl !== null && discoveryAllowed });
  const fallbackUrl =
    plan.kind === 'discovery' && plan.fallback && primary.error instanceof FetchProblem && primary.error.status === 404
      ? plan.fallback.url
      : null;
  const fallback = useQuery({ ...discoveryQueryOptions(fallbackUrl ?? ''), enabled: fallbackUrl !== null });
  const metaQuery = fallbackUrl ? fallback : primary;
  const metaUrl = fallbackUrl ?? discoveryUrl;
  const meta = metaQuery.data === undefined ? null : parseDiscovery(metaQuery.data, payload);

  const jwksUrl = plan.kind === 'url' && plan.as === 'jwks' ? plan.url : meta?.ok ? meta.value.jwksUri : null;
  const jwks = useQuery({ ...jwksQueryOptions(jwksUrl ?? ''), enabled: jwksUrl !== null });
  const jwksShape = jwks.data === undefined ? null : parseJwks(jwks.data);
  const keySource =
    plan.kind === 'pasted'
      ? { text: plan.text, encoding: plan.encoding }
      : jwksShape?.ok
        ? { text: JSON.stringify(jwks.data), encoding: 'text' as const }
        : null;
  const id = plan.kind === 'pasted' ? `pasted:${plan.encoding}:${plan.text}` : `jwks:${jwksUrl}:${jwks.dataUpdatedAt}`;
  const parsed = useQuery({
    queryKey: ['parsed-keys', id],
    queryFn: () => parseKeyInput(keySource?.text ?? '', { secretEncoding: keySource?.encoding ?? 'text' }),
    enabled: keySource !== null,
    staleTime: Infinity,
    gcTime: 60_000,
  });

  const base: KeySetState = {
    status: 'loading',
    keys: [],
    id,
    warnings: [],
    problem: null,
    discoveryUrl: metaUrl,
    jwksUrl,
    issuerCheck: meta?.ok ? meta.value.issuerCheck : null,
    loadingUrl: null,
  };
  if (plan.kind === 'none' || plan.kind === 'url-error') return { ...base, status: 'idle' };
  if (plan.kind === 'discovery' && !discoveryAllowed) return { ...base, status: 'awaiting-approval' };
  if (plan.kind !== 'pasted') {
    if (discoveryUrl && !metaQuery.data) {
      const problem = metaQuery.isError ? asFetch(metaQuery.error) : null;
      if (problem) return { ...base, status: 'error', problem };
      return { ...base, loadingUrl: metaUrl };
    }
    if (meta && !meta.ok) return { ...base, status: 'error', problem: { kind: 'discovery', url: metaUrl ?? '', error: meta.error } };
    if (!jwks.data) return jwks.isError ? { ...base, status: 'error', problem: asFetch(jwks.error) } : { ...base, loadingUrl: jwksUrl };
    if (jwksShape && !jwksShape.ok)
      return { ...base, status: 'error', problem: { kind: 'jwks', url: jwksUrl ?? '', error: jwksShape.error } };
  }
  if (!parsed.data) return base;
  if (!parsed.data.ok) return { ...base, status: 'error', problem: { kind: 'key', error: parsed.data.error } };
  return { ...base, status: 'ready', keys: parsed.data.keys, warnings: parsed.data.warnings };
}
