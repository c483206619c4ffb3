import type { DiffChange, DiffTopic } from '../../core/compare/compare-tokens';

export const compareEn = {
  title: 'Compare',
  intro: 'Paste the token that works and the one that does not (or anything the Token box accepts). Nothing leaves the page.',
  tokenA: 'Token A',
  tokenB: 'Token B',
  differences: 'Differences',
  columns: { name: 'Claim or header', a: 'Token A', b: 'Token B', meaning: 'What it means for an API' },
  part: { header: 'header', payload: 'claim' } as Record<'header' | 'payload', string>,
  change: { added: 'only in B', removed: 'only in A', changed: 'changed' } satisfies Record<DiffChange, string>,
  absent: '(absent)',
  onlyA: (items: string) => `Only in A: ${items}`,
  onlyB: (items: string) => `Only in B: ${items}`,
  none: 'No differences: both tokens carry the same header and claims.',
  same: (n: number) => `${n} identical claims and header parameters`,
  noToken: (side: string) =>
    `Box ${side} holds no token this page can read: paste a JWT, a JWE, a token response or a request that carries one.`,
  waiting: 'Paste a token into both boxes to see the differences.',
  unreadable: (side: string) =>
    `Token ${side} has no readable JSON claims (opaque, encrypted or malformed), so it cannot be compared claim by claim.`,
  shareLabel: 'Link carries',
  share: { unsigned: 'tokens without signatures', redacted: 'redacted tokens', full: 'full tokens' },
  confirmWhole:
    'A token that is encrypted, opaque or malformed cannot be reduced: the link will contain it whole, usable as a credential until it expires. Copy it anyway?',
  confirmFull: 'The link will contain both tokens whole, usable as credentials until they expire. Copy it anyway?',
  copyLink: 'Copy link',
  copied: 'Link copied',
  topics: {
    audience:
      'The API accepts only tokens whose aud names it. A different audience means the token was requested for another resource (another scope).',
    issuer: 'iss names the tenant and endpoint version that issued the token; the API compares it with the issuer(s) it trusts.',
    version:
      'v1.0 and v2.0 access tokens differ in issuer format and claims; the API registration (requestedAccessTokenVersion) decides which one it receives.',
    tenant: 'Issued by another tenant: a single-tenant API refuses it, a multi-tenant API must check tid itself.',
    scopes: 'Delegated permissions: an API authorizes user calls on scp.',
    roles: 'App roles: an API authorizes on roles (application permissions, or roles assigned to the user).',
    client: 'Another calling application (azp / appid): an API that allows only known clients refuses the other.',
    lifetime: 'Issued or valid at other times: a token past exp (or before nbf) is refused.',
    algorithm: 'Signed with another algorithm: an API that allows only certain algorithms refuses the other.',
    key: "Signed with another key (kid): the API must find this key in the issuer's JWKS; an outdated key cache fails here.",
    authentication: 'How the user signed in (MFA, authentication context): APIs protected by Conditional Access may ask for more.',
    subject: 'Another user or service principal.',
    'token-type': 'Another kind of token (app-only or user, ID or access token).',
    groups: 'Other group or directory-role memberships: authorization based on them differs.',
    other: 'Usually does not change whether an API accepts the token.',
  } satisfies Record<DiffTopic, string>,
};

export type CompareMessages = typeof compareEn;
