import { ownClaim } from './format';

/**
 * Microsoft Entra Agent ID claims (entra-docs agent-id/agent-token-claims.md, Nov 2025).
 * `xms_idrel` relates the subject to the resource tenant; the facet claims describe the tenant,
 * the subject and the actor. All are space-separated odd numbers; unknown values are ignored and
 * the order carries no meaning.
 */

/** Documented `xms_idrel` values: 1 member user ... 33 federated managed identity. */
export const IDREL_VALUES = [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33] as const;
export type IdrelValue = (typeof IDREL_VALUES)[number];

/** Facet values the reference documents for the subject and the actor. */
export const AGENT_FACET = { agentIdentity: 11, agentUser: 13 } as const;

/** How an agent is involved: acting on its own, for a human user, or through its own user account. */
export type AgentRole = 'autonomous' | 'on-behalf-of-user' | 'agent-user-account';

/** The numbers of a space-separated facet or relationship claim; anything else yields an empty list. */
export function numberList(value: unknown): number[] {
  if (typeof value === 'number' && Number.isInteger(value)) return [value];
  if (typeof value !== 'string') return [];
  return value
    .split(/\s+/)
    .filter((s) => /^\d{1,3}$/.test(s))
    .map(Number);
}

/**
 * Which agent scenario a token belongs to, or null for tokens not issued to an agent identity.
 * The subject facet decides (11 the agent itself, 13 the agent's user account); an agent actor
 * (`xms_act_fct` 11) with any other subject acts for a human user.
 */
export function agentRole(payload: Readonly<Record<string, unknown>>): AgentRole | null {
  const subject = numberList(ownClaim(payload, 'xms_sub_fct'));
  if (subject.includes(AGENT_FACET.agentUser)) return 'agent-user-account';
  if (subject.includes(AGENT_FACET.agentIdentity)) return 'autonomous';
  return numberList(ownClaim(payload, 'xms_act_fct')).includes(AGENT_FACET.agentIdentity) ? 'on-behalf-of-user' : null;
}

/**
 * True for an `scp` that grants nothing: app-only agent tokens carry `scp` as "/" or an empty
 * string (agent-token-claims.md, "unscoped"), which must not make a token look delegated.
 */
export function isUnscopedScp(value: unknown): boolean {
  return typeof value === 'string' && (value.trim() === '' || value.trim() === '/');
}
