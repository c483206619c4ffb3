import { jsonKind, own, type JsonRecord } from '../json';
import { kidAttacks, type KidAttack } from './kid-patterns';
import { finding, type LintContext, type LintFinding, type LintId } from './lint-types';
import { isHmacAlg } from './weak-secrets';
import type { TokenFamily } from '../claims/classify-family';

type Json = JsonRecord;

// Issuers that only ever sign these tokens with keys from their JWKS (domain facts §1a, §3). Auth0,
// Okta and Keycloak are left out: they can sign with a client secret (HS256) by configuration.
const ASYMMETRIC_FAMILIES: ReadonlySet<TokenFamily> = new Set([
  'entra-v1',
  'entra-v2',
  'entra-msa',
  'b2c',
  'external-id',
  'google',
  'cognito',
]);

const ASYMMETRIC_ALG = /^(?:RS|PS|ES)(?:256|384|512)$|^ES256K$|^EdDSA$|^Ed25519$|^Ed448$/;

const KID_IDS: Record<KidAttack, LintId> = {
  path_traversal: 'kid_path_traversal',
  sql_injection: 'kid_sql_injection',
  command_injection: 'kid_command_injection',
};

// Never JSON.stringify header values: a deeply nested value overflows the stack.
const kindOf = jsonKind;

/** Shortens attacker-chosen text for evidence, so a 100 kB kid cannot flood the page. */
export function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * Header findings: `alg: none`, HMAC where a public-key algorithm was expected, key sources carried
 * in the token (`jku`/`x5u`/`jwk`/`x5c`), injection-shaped `kid`, `crit` and `b64: false`.
 * Does not check the signature or look anything up.
 */
export function headerFindings(header: Json, family: TokenFamily, ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  const alg = own(header, 'alg');
  if (typeof alg === 'string' && alg.toLowerCase() === 'none') out.push(finding('alg_none', { alg }));
  if (isHmacAlg(alg)) {
    const keyAlg = ctx.signature?.alg;
    if (keyAlg !== undefined && ASYMMETRIC_ALG.test(keyAlg)) {
      out.push(finding('hmac_where_asymmetric_expected', { alg, expected: keyAlg, because: 'key' }));
    } else if (ASYMMETRIC_FAMILIES.has(family)) {
      out.push(finding('hmac_where_asymmetric_expected', { alg, expected: 'RS256', because: 'issuer', family }));
    } else if (ctx.expectedAsymmetric === true) {
      out.push(finding('hmac_where_asymmetric_expected', { alg, expected: 'asymmetric', because: 'caller' }));
    }
  }
  for (const param of ['jku', 'x5u'] as const) {
    const v = own(header, param);
    if (v !== undefined) out.push(finding('header_key_url', { param, value: typeof v === 'string' ? clip(v) : `(${kindOf(v)})` }));
  }
  for (const param of ['jwk', 'x5c'] as const) {
    if (own(header, param) !== undefined) out.push(finding('header_embedded_key', { param }));
  }
  const kid = own(header, 'kid');
  if (typeof kid === 'string') {
    for (const hit of kidAttacks(kid)) out.push(finding(KID_IDS[hit.attack], { kid: clip(kid), pattern: hit.pattern }));
  }
  const crit = own(header, 'crit');
  if (crit !== undefined) {
    const names = Array.isArray(crit) ? crit.map((c) => (typeof c === 'string' ? c : `(${kindOf(c)})`)).join(', ') : `(${kindOf(crit)})`;
    out.push(finding('crit_present', { names: clip(names) }));
  }
  if (own(header, 'b64') === false) out.push(finding('b64_false'));
  return out;
}
