import type { AuthzAdvice, ClaimSource } from '../../core/claims/catalog';
import type { HeaderUse } from '../../core/claims/header-catalog';
import type { TypicalComparison } from '../../core/claims/lifetime';
import type { TokenKind, SubjectType } from '../../core/claims/classify';
import type { AadstsCategory } from '../../core/aadsts/aadsts-codes';
import type { ApiKind, PermissionType, Severity } from '../../core/diagnose/finding';
import type { ClaimContextCode } from '../../core/claims/claim-context';
import type { ClaimName, CustomClaimPattern } from '../../core/claims/catalog';
import type { HeaderName } from '../../core/claims/header-catalog';
import type { InvalidTimesCode, TypicalLifetimeKind } from '../../core/claims/lifetime';
import type { KindEvidence, SubjectEvidence, TokenFamily } from '../../core/claims/classify';
import type { EnumCode } from '../../core/claims/well-known';
import type { TenantCode } from '../../core/claims/well-known-ids';
import type { ClaimsRequirementKind } from '../../core/diagnose/claims-request';
import type { ChallengeProblem } from '../../core/diagnose/finding';
import type { AadstsCode } from '../../core/aadsts/aadsts-codes';
import { timeFormats, type TimeFormats } from '../format';
import {
  claimContextTextsEn,
  claimTextsEn,
  customClaimTextsEn,
  enumTextsEn,
  familyTextsEn,
  headerTextsEn,
  invalidTimesTextsEn,
  kindEvidenceTextsEn,
  subjectEvidenceTextsEn,
  tenantTextsEn,
  typicalLifetimeTextsEn,
} from './claims';
import { challengeProblemTextsEn, claimsRequirementTextsEn, diagnoseTextsEn, type FindingTexts } from './diagnose';
import { aadstsTextsEn, type AadstsText } from './aadsts';
import type { AgentRole } from '../../core/claims/agent-identity';
import { API_NAMES, CLAIM_SOURCE_NAMES, HEADER_SOURCE_NAMES } from '../names';

/** The instants drawn on the lifetime timeline. */
export type TimeMarker = 'iat' | 'nbf' | 'auth_time' | 'exp' | 'now';

/** The explain section's own UI words (claim, finding and error texts live in their own catalogs). */
export const explainUiEn = {
  title: 'Explanation',
  summary: {
    label: 'This token:',
    kind: { id: 'ID token', access: 'Access token', unknown: 'token type unclear' } satisfies Record<TokenKind, string>,
    subject: {
      user: 'delegated (a signed-in user)',
      app: 'app-only (no user)',
      unknown: 'user or app: unclear',
    } satisfies Record<SubjectType, string>,
    version: (v: string) => `format v${v}`,
    cae: 'CAE-capable',
    agent: {
      autonomous: 'agent identity acting on its own',
      'on-behalf-of-user': 'agent identity acting for a user',
      'agent-user-account': 'agent acting through its own user account',
    } satisfies Record<AgentRole, string>,
    why: 'Why:',
  },
  claims: {
    heading: 'Claims',
    caption: 'Every claim in the payload: its value, what it means, whether an API may authorize on it, and where it is defined.',
    columns: { name: 'Claim', value: 'Value', meaning: 'Meaning', authz: 'Safe for authorization?', source: 'Defined by' },
    authz: { yes: 'Yes', 'with-care': 'With care', no: 'Never', 'n/a': 'Not applicable' } satisfies Record<AuthzAdvice, string>,
    customAuthz: 'Your call',
    custom: 'custom',
    undocumented: 'not publicly documented',
    seeAlso: 'see also',
    local: 'local',
    utc: 'UTC',
    listLabel: (name: string) => `${name} values`,
    groupsOverage:
      'Groups overage: the user is in too many groups to list, so the groups claim is missing. Read the memberships from Microsoft Graph instead of authorizing on groups.',
    sources: {
      ...CLAIM_SOURCE_NAMES,
      'oidc-logout': 'OpenID Connect logout',
      iana: 'IANA JWT registry',
      'ietf-draft': 'IETF draft',
    } satisfies Record<ClaimSource, string>,
    wellKnown: {
      resource: (name: string) => `Microsoft API: ${name}`,
      client: (name: string) => `Microsoft app: ${name}`,
      role: (name: string) => `Directory role: ${name}`,
      defaultRole: (name: string) => `${name} (held by every member user)`,
      guestRole: (name: string) => `Guest role: ${name}`,
    },
    truncated: (n: number) => `… (${n} more characters; the full value is in the decoded view)`,
  },
  headers: {
    heading: 'Header parameters',
    caption: 'Every parameter of the protected header, what it means and how a verifier should treat it.',
    columns: { name: 'Parameter', meaning: 'Meaning', use: 'How to treat it', source: 'Defined by' },
    custom: 'Custom parameter: not defined by JOSE. Ignore it unless you know who added it.',
    uses: {
      check: 'Check against your policy',
      'select-key': 'Only to pick the key',
      'never-trust': 'Never trust',
      decrypt: 'Decryption only',
      legacy: 'Legacy',
      special: 'Special case',
    } satisfies Record<HeaderUse, string>,
    sources: HEADER_SOURCE_NAMES,
  },
  timeline: {
    heading: 'Lifetime',
    valid: (d: string) => `Valid, expires in ${d}`,
    expired: (d: string) => `Expired ${d} ago`,
    notYetValid: (d: string) => `Not yet valid for ${d}`,
    noExp: 'No expiry: the token has no exp claim.',
    noTimes: 'The token carries no times (iat, nbf, exp).',
    invalid: (claim: string, reason: string) => `The times cannot be used: ${claim}: ${reason}.`,
    withinSkew: (d: string) => `Accepted only thanks to the ${d} clock-skew allowance.`,
    iatInFuture: "iat lies in the future: the issuer's clock or this machine's clock is off.",
    lifetime: (d: string) => `Lifetime ${d} (exp − iat).`,
    compared: { shorter: 'Shorter than usual.', typical: 'As usual.', longer: 'Longer than usual.', unknown: '' } satisfies Record<
      TypicalComparison,
      string
    >,
    typicalPrefix: 'Typical:',
    markers: {
      iat: 'issued (iat)',
      nbf: 'valid from (nbf)',
      auth_time: 'signed in (auth_time)',
      exp: 'expires (exp)',
      now: 'now',
    } satisfies Record<TimeMarker, string>,
    skewWindow: 'clock-skew allowance',
    offScale: (where: string) => `now (${where}) is off the scale`,
    describe: 'Timeline in words',
    skewLabel: 'Clock skew allowed (minutes)',
  },
  diagnosis: {
    heading: 'Why am I getting 401 / 403?',
    intro: 'Describe the failing call. The findings below update as you type; nothing is sent anywhere.',
    api: 'API being called',
    apis: { none: 'Not stated', ...API_NAMES, custom: 'My own API' } satisfies Record<ApiKind | 'none', string>,
    customApi: 'App ID URI or client ID of your API',
    permission: 'Permission needed',
    permissionHint: 'For example User.Read or Mail.Send',
    permissionType: 'Permission type',
    permissionTypes: {
      none: 'Not stated',
      delegated: 'Delegated (on behalf of a user)',
      application: 'Application (app-only)',
    } satisfies Record<PermissionType | 'none', string>,
    personal: 'Accepts personal Microsoft accounts',
    version: 'Token version the API expects',
    choice: { none: 'Not stated', yes: 'Yes', no: 'No' },
    passwordReset: 'The call resets a password or changes authentication methods',
    usedToWork: 'It used to work (nothing changed in the code)',
    www: 'WWW-Authenticate header of the 401/403 response (optional)',
    findings: 'Findings',
    healthy: 'No problems found for this scenario. Check the signature and claim checks above, and that the API expects this token.',
    severity: { error: 'Error', warning: 'Warning', info: 'Note' } satisfies Record<Severity, string>,
    evidence: 'Evidence:',
    action: 'What to do:',
    decoded: 'Decoded claims request',
    send: 'Send this as the claims parameter of the /authorize request:',
    copy: 'Copy',
    copied: 'Copied',
  },
  errors: {
    heading: 'Errors from the identity platform',
    meaning: 'Meaning:',
    fix: 'Fix:',
    unknown: "Not in the offline list of Microsoft's published codes (it may be newer); the lookup page may know it.",
    lookup: "Look it up on Microsoft's error page",
    categories: {
      'redirect-uri': 'Redirect URI',
      'client-app': 'Client app',
      'client-credential': 'Client credential',
      'spa-cross-origin': 'Single-page app',
      'interaction-required': 'User interaction required',
      'user-account': 'User account',
      'tenant-authority': 'Tenant or authority',
      consent: 'Consent',
      'scope-resource': 'Scope or resource',
      'conditional-access': 'Conditional Access',
      'code-or-refresh-token': 'Code or refresh token',
      'request-shape': 'Request',
      'signing-key': 'Signing key',
      throttling: 'Too many requests',
      federation: 'Federated identity provider',
      saml: 'SAML',
      password: 'Password',
      device: 'Device',
      'device-code': 'Device-code flow',
      service: 'Service (transient or internal)',
      'sign-out': 'Sign-out',
      'on-premises': 'On-premises (pass-through auth, Seamless SSO)',
      'claims-mapping': 'Claims mapping',
      'cross-tenant': 'Cross-tenant access',
      'b2c-policy': 'B2C policy',
    } satisfies Record<AadstsCategory, string>,
    lineOnly: 'Short meaning; the lookup page has more.',
    b2c: 'Azure AD B2C',
    b2cLookup: 'Azure AD B2C error-code reference',
  },
};

export type ExplainUi = typeof explainUiEn;

/** Everything the explain section shows, for one language. */
export type ExplainMessages = {
  ui: ExplainUi;
  time: TimeFormats;
  claims: Record<ClaimName, string>;
  claimContexts: Record<ClaimContextCode, string>;
  headers: Record<HeaderName, string>;
  enums: Record<EnumCode, string>;
  tenants: Record<TenantCode, string>;
  custom: Record<CustomClaimPattern | 'custom', string>;
  families: Record<TokenFamily, string>;
  kindEvidence: Record<KindEvidence, string>;
  subjectEvidence: Record<SubjectEvidence, string>;
  invalidTimes: Record<InvalidTimesCode, string>;
  typical: Record<TypicalLifetimeKind, string>;
  findings: FindingTexts;
  claimsRequirements: Record<ClaimsRequirementKind, string>;
  challengeProblems: Record<ChallengeProblem, string>;
  aadsts: Record<AadstsCode, AadstsText>;
};

/** English texts of the explain section. */
export const explainEn: ExplainMessages = {
  ui: explainUiEn,
  time: timeFormats('en'),
  claims: claimTextsEn,
  claimContexts: claimContextTextsEn,
  headers: headerTextsEn,
  enums: enumTextsEn,
  tenants: tenantTextsEn,
  custom: customClaimTextsEn,
  families: familyTextsEn,
  kindEvidence: kindEvidenceTextsEn,
  subjectEvidence: subjectEvidenceTextsEn,
  invalidTimes: invalidTimesTextsEn,
  typical: typicalLifetimeTextsEn,
  findings: diagnoseTextsEn,
  claimsRequirements: claimsRequirementTextsEn,
  challengeProblems: challengeProblemTextsEn,
  aadsts: aadstsTextsEn,
};
