import { isJsonObject } from '../json';
import type { ClaimsRequest } from './claims-challenge';

/** What a claims request asks for, as codes the UI can translate. */
export type ClaimsRequirementKind = 'cae-revocation' | 'auth-context' | 'client-capabilities' | 'other-claim';

export type ClaimsRequirement = {
  kind: ClaimsRequirementKind;
  /** Which token the request targets: `access_token`, `id_token` or `userinfo` (OIDC Core §5.5). */
  target: string;
  claim: string;
  essential: boolean;
  /** The requested `value` or `values`, as strings. */
  values: string[];
  /** For CAE revocation: the `nbf` the new token must be issued after, in seconds. */
  notBefore?: number;
};

/**
 * Lists what a decoded claims request demands. `nbf` is a Continuous Access Evaluation
 * revocation (a token issued after that instant is needed), `acrs` a Conditional Access
 * authentication-context step-up (c1...c99), `xms_cc` client capabilities (cp1).
 * Does not decide whether a token already satisfies the request.
 */
export function explainClaimsRequest(claims: ClaimsRequest): ClaimsRequirement[] {
  const requirements: ClaimsRequirement[] = [];
  for (const [target, request] of Object.entries(claims)) {
    if (!isObject(request)) continue;
    for (const [claim, spec] of Object.entries(request)) {
      const values = requestedValues(spec);
      const essential = isObject(spec) && spec['essential'] === true;
      const requirement: ClaimsRequirement = { kind: kindOf(claim), target, claim, essential, values };
      if (claim === 'nbf') {
        const first = values[0];
        const notBefore = first === undefined ? Number.NaN : Number(first);
        if (Number.isFinite(notBefore)) requirement.notBefore = notBefore;
      }
      requirements.push(requirement);
    }
  }
  return requirements;
}

export type ClaimsParameter = { json: string; encoded: string };

/**
 * Builds the `claims` parameter for the next /authorize (or token) request that answers
 * the challenge: the decoded JSON, compact, plus its URL-encoded form. With
 * `clientCapable`, merges `"xms_cc":{"values":["cp1"]}` into `access_token` so the
 * client keeps declaring that it can handle claims challenges (CAE).
 * Does not add other request parameters and does not change the requested claims.
 */
export function buildClaimsParameter(claims: ClaimsRequest, options: { clientCapable?: boolean } = {}): ClaimsParameter {
  let merged: Record<string, unknown> = { ...claims };
  if (options.clientCapable === true) {
    const accessToken = isObject(claims['access_token']) ? claims['access_token'] : {};
    if (!Object.hasOwn(accessToken, 'xms_cc')) {
      merged = { ...merged, access_token: { ...accessToken, xms_cc: { values: ['cp1'] } } };
    }
  }
  const json = JSON.stringify(merged);
  return { json, encoded: encodeURIComponent(json) };
}

function kindOf(claim: string): ClaimsRequirementKind {
  if (claim === 'nbf') return 'cae-revocation';
  if (claim === 'acrs') return 'auth-context';
  if (claim === 'xms_cc') return 'client-capabilities';
  return 'other-claim';
}

function requestedValues(spec: unknown): string[] {
  if (!isObject(spec)) return [];
  const out: string[] = [];
  if (isScalar(spec['value'])) out.push(String(spec['value']));
  const values = spec['values'];
  if (Array.isArray(values)) for (const v of values) if (isScalar(v)) out.push(String(v));
  return out;
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

const isObject = isJsonObject;
