import type { TokenClassification } from '../claims/classify';

/** Every weakness the security lint can report; the UI keys its texts on these. */
export type LintId =
  | 'alg_none'
  | 'weak_hmac_secret'
  | 'hmac_where_asymmetric_expected'
  | 'header_key_url'
  | 'header_embedded_key'
  | 'kid_path_traversal'
  | 'kid_sql_injection'
  | 'kid_command_injection'
  | 'crit_present'
  | 'b64_false'
  | 'exp_missing'
  | 'lifetime_excessive'
  | 'duplicate_member'
  | 'typ_contradicts_use';

export type LintSeverity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/** Values a text needs to explain a finding (names, lengths, limits); never prose. */
export type LintEvidence = Readonly<Record<string, string | number>>;

export type LintFinding = { readonly id: LintId; readonly severity: LintSeverity; readonly evidence: LintEvidence };

export type LintContext = {
  /** The compact token; needed to try well-known HMAC secrets over the signing input (split here only when `signed` is absent). */
  readonly compact?: string;
  /** The signing input and signature bytes the decoder already produced, so the token is not split again. */
  readonly signed?: { readonly input: string; readonly signature: Uint8Array };
  /** The analysis's classification (core/analysis), so the lint does not classify the token again. */
  readonly classification?: TokenClassification;
  /** `exp - iat` as the analysis computed it; undefined when the token has no usable lifetime. */
  readonly lifetimeSeconds?: number;
  /** What verification knows: its verdict and the algorithm of the key it selected (e.g. from the JWKS). */
  readonly signature?: { readonly verdict?: string; readonly alg?: string };
  /** The caller knows this issuer signs with public keys (RS/PS/ES/EdDSA). */
  readonly expectedAsymmetric?: boolean;
  /** Duplicate JSON member names, as the decoder reported them (`duplicate_member` issues). */
  readonly duplicates?: readonly { readonly part: string; readonly name: string }[];
};

type Rule = { readonly severity: LintSeverity; readonly reference: string };

/** Severity and the RFC section behind each finding (RFC 8725 is the JWT Best Current Practices). */
export const LINT_RULES = {
  alg_none: { severity: 'critical', reference: 'RFC 8725 §3.1, §3.2' },
  weak_hmac_secret: { severity: 'critical', reference: 'RFC 8725 §3.5' },
  hmac_where_asymmetric_expected: { severity: 'high', reference: 'RFC 8725 §3.1, §3.2' },
  header_key_url: { severity: 'high', reference: 'RFC 8725 §3.10; RFC 7515 §4.1.2, §4.1.5' },
  header_embedded_key: { severity: 'medium', reference: 'RFC 8725 §3.10; RFC 7515 §4.1.3, §4.1.6' },
  kid_path_traversal: { severity: 'high', reference: 'RFC 8725 §3.10; RFC 7515 §4.1.4' },
  kid_sql_injection: { severity: 'high', reference: 'RFC 8725 §3.10; RFC 7515 §4.1.4' },
  kid_command_injection: { severity: 'high', reference: 'RFC 8725 §3.10; RFC 7515 §4.1.4' },
  crit_present: { severity: 'medium', reference: 'RFC 7515 §4.1.11; RFC 8725 §3.3' },
  b64_false: { severity: 'medium', reference: 'RFC 7797 §3, §6' },
  exp_missing: { severity: 'medium', reference: 'RFC 7519 §4.1.4; OpenID Connect Core §2' },
  lifetime_excessive: { severity: 'low', reference: 'RFC 7519 §4.1.4' },
  duplicate_member: { severity: 'high', reference: 'RFC 7515 §4; RFC 7519 §4; RFC 8259 §4' },
  typ_contradicts_use: { severity: 'medium', reference: 'RFC 8725 §3.11, §3.12; RFC 9068 §2.1' },
} as const satisfies Record<LintId, Rule>;

/** A finding with the severity its rule carries. */
export function finding(id: LintId, evidence: LintEvidence = {}): LintFinding {
  return { id, severity: LINT_RULES[id].severity, evidence };
}

const ORDER: Record<LintSeverity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

/** Sorts findings most severe first, keeping rule order within a severity. */
export function bySeverity(findings: readonly LintFinding[]): LintFinding[] {
  return [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
