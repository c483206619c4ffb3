import type { LintEvidence, LintId, LintSeverity } from '../../core/lint/lint-types';

export type LintText = { title: string; detail: (e: LintEvidence) => string; fix: (e: LintEvidence) => string };

export type LintMessages = {
  heading: string;
  intro: string;
  clean: string;
  checking: string;
  unreadable: string;
  fixLabel: string;
  severity: Record<LintSeverity, string>;
  findings: Record<LintId, LintText>;
};

const v = (e: LintEvidence, k: string): string => String(e[k] ?? '');
const hours = (e: LintEvidence, k: string): string => (Number(e[k] ?? 0) / 3600).toFixed(1);
const NORMS: Record<string, string> = {
  entra: 'Microsoft Entra ID tokens (at most 1 day)',
  'entra-cae': 'Microsoft Entra ID CAE access tokens (at most 28 hours)',
  b2c: 'Azure AD B2C tokens (at most 1 day)',
  cognito: 'Amazon Cognito tokens (at most 1 day)',
  generic: 'bearer tokens in general (about 1 day at most)',
};

const findings = {
  alg_none: {
    title: 'Unsigned token (alg: none)',
    detail: (e) => `The header says "${v(e, 'alg')}": nothing protects the claims, so anyone can write such a token.`,
    fix: () => 'Never accept alg none. Verify with a fixed list of expected algorithms, chosen by the application, not by the token.',
  },
  weak_hmac_secret: {
    title: 'Signed with a well-known secret',
    detail: (e) =>
      `The ${v(e, 'alg')} signature matches the sample secret "${v(e, 'secret')}" (checked here, offline). Anyone can forge tokens with it.`,
    fix: () =>
      'Replace the secret at once with at least 32 random bytes kept in a secret store, and treat every token signed with the old one as forged.',
  },
  hmac_where_asymmetric_expected: {
    title: 'HMAC algorithm where a public-key signature is expected',
    detail: (e) =>
      v(e, 'because') === 'key'
        ? `The token says ${v(e, 'alg')}, but the verification key is for ${v(e, 'expected')}. This is the classic key-confusion attack: the public key used as an HMAC secret.`
        : v(e, 'because') === 'issuer'
          ? `The token says ${v(e, 'alg')}, but this issuer signs its tokens with public keys (RS256). A genuine token from it would not use HMAC.`
          : `The token says ${v(e, 'alg')}, but a public-key signature was expected.`,
    fix: () => 'Pin the accepted algorithms per issuer (for example RS256 only) and never let the token choose the key type.',
  },
  header_key_url: {
    title: 'The header names where to fetch the key',
    detail: (e) =>
      `"${v(e, 'param')}" points at ${v(e, 'value')}. A verifier that follows it lets the sender choose the key that checks their own token.`,
    fix: () => "Ignore jku and x5u. Take keys only from the issuer's configured discovery document or JWKS.",
  },
  header_embedded_key: {
    title: 'The header carries its own key',
    detail: (e) => `"${v(e, 'param')}" holds key material chosen by whoever made the token. Trusting it means trusting any signature.`,
    fix: () =>
      "Ignore embedded keys and certificates, or accept them only when they match a key you already trust (for example from the issuer's JWKS).",
  },
  kid_path_traversal: {
    title: 'Key id looks like a path traversal',
    detail: (e) =>
      `kid "${v(e, 'kid')}" contains ${v(e, 'pattern')}. A verifier that reads key files by kid may load an attacker-chosen file.`,
    fix: () => 'Look kid up only in a fixed list of keys; never build file paths from it.',
  },
  kid_sql_injection: {
    title: 'Key id looks like SQL injection',
    detail: (e) =>
      `kid "${v(e, 'kid')}" contains ${v(e, 'pattern')}. A verifier that builds SQL from kid can be made to return a key the attacker knows.`,
    fix: () => 'Use parameterised queries or an in-memory key map for kid lookups.',
  },
  kid_command_injection: {
    title: 'Key id looks like command injection',
    detail: (e) =>
      `kid "${v(e, 'kid')}" contains ${v(e, 'pattern')}. A verifier that passes kid to a shell would run the attacker's command.`,
    fix: () => 'Never pass header values to a shell; look kid up in a fixed key set.',
  },
  crit_present: {
    title: 'Critical header extensions',
    detail: (e) =>
      `crit lists: ${v(e, 'names')}. A verifier must reject the token unless it understands every one of them; many libraries do not check this.`,
    fix: () => 'Make sure your library rejects unknown crit entries, or avoid crit in tokens meant for ordinary verifiers.',
  },
  b64_false: {
    title: 'Unencoded payload (b64: false)',
    detail: () =>
      'The signature covers the raw payload, not its base64url form. Verifiers that ignore b64 compute a different signing input, and the payload can be misread.',
    fix: () =>
      'Do not use b64: false for identity or access tokens; if you need it, list b64 in crit and use a library that supports RFC 7797.',
  },
  exp_missing: {
    title: 'No expiry (exp)',
    detail: () => 'Without exp the token never expires: once leaked, it works for ever unless every verifier checks something else.',
    fix: () => 'Issue tokens with a short exp and require exp when verifying.',
  },
  lifetime_excessive: {
    title: 'Lifetime far beyond the norm',
    detail: (e) =>
      `The token lives ${hours(e, 'lifetimeSeconds')} h (exp - iat), more than ${hours(e, 'maxSeconds')} h, the most expected for ${NORMS[v(e, 'norm')] ?? v(e, 'norm')}.`,
    fix: () => 'Shorten the lifetime and use refresh tokens; a long-lived bearer token is worth stealing.',
  },
  duplicate_member: {
    title: 'Duplicate JSON member names',
    detail: (e) =>
      `The ${v(e, 'part')} has "${v(e, 'name')}" more than once. Parsers disagree on which value wins, so two systems can read different claims from the same signed token.`,
    fix: () => 'Reject tokens with duplicate member names; fix the issuer that produces them.',
  },
  typ_contradicts_use: {
    title: 'typ contradicts what the token carries',
    detail: (e) =>
      `typ is "${v(e, 'typ')}", yet the claims include "${v(e, 'claim')}", which belongs to another kind of token. One token could pass checks meant for another kind.`,
    fix: () => 'Check typ explicitly and use mutually exclusive rules for ID tokens, access tokens and other JWTs.',
  },
} satisfies Record<LintId, LintText>;

/** English texts of the security lint (loaded with it). */
export const lintEn: LintMessages = {
  heading: 'Security',
  intro: 'Weaknesses of the token itself, judged from its header and claims (RFC 8725). Nothing here is sent anywhere.',
  clean: 'No weaknesses found',
  checking: 'Checking…',
  unreadable: 'The header cannot be read, so the token could not be checked.',
  fixLabel: 'What to do:',
  severity: { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Info' },
  findings,
};
