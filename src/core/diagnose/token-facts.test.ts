import { describe, expect, it } from 'vitest';
import { readTokenFacts } from './token-facts';
import { appOnlyGraphPayload, delegatedCustomPayload, delegatedGraphPayload, TENANT } from './test-tokens';
import type { JsonObject } from './finding';
import type { TokenKind } from './token-facts';

const cases: { name: string; payload: JsonObject; kind: TokenKind }[] = [
  { name: 'a v1 user token with scp', payload: delegatedGraphPayload, kind: 'delegated' },
  { name: 'a v2 user token with scp', payload: delegatedCustomPayload, kind: 'delegated' },
  { name: 'a client-credentials token with idtyp=app', payload: appOnlyGraphPayload, kind: 'app-only' },
  {
    name: 'an app-only token without idtyp (optional claim not configured)',
    payload: { ...appOnlyGraphPayload, idtyp: undefined },
    kind: 'app-only',
  },
  { name: 'a token with scp even if roles is present', payload: { ...delegatedCustomPayload, roles: ['Admin'] }, kind: 'delegated' },
  {
    name: 'an RFC 9068 token with a scope claim',
    payload: { iss: 'https://idp.example', sub: 'alice', client_id: 'c', scope: 'read write' },
    kind: 'delegated',
  },
  {
    name: 'an Okta token with an scp array',
    payload: { iss: 'https://org.okta.com/oauth2/default', cid: 'c', scp: ['openid'] },
    kind: 'delegated',
  },
  { name: 'an Entra ID token with a nonce', payload: { tid: TENANT, aud: 'client', nonce: 'n' }, kind: 'id-token' },
  {
    name: 'an Entra v2 ID token without nonce',
    payload: { iss: `https://login.microsoftonline.com/${TENANT}/v2.0`, aud: 'client' },
    kind: 'id-token',
  },
  // The classification decides, provider-aware: Okta client-credentials tokens carry granted scopes in scp.
  {
    name: 'an Okta client-credentials token with scp',
    payload: { iss: 'https://org.okta.com/oauth2/default', cid: 'c', sub: 'c', scp: ['read'] },
    kind: 'app-only',
  },
  {
    name: 'an RFC 9068 client-credentials token (sub is the client)',
    payload: { iss: 'https://idp.example', sub: 'c', client_id: 'c', scope: 'read' },
    kind: 'app-only',
  },
  { name: 'a non-Entra token with nothing to go on', payload: { iss: 'https://idp.example', sub: 'x' }, kind: 'unknown' },
];

describe('readTokenFacts', () => {
  it.each(cases)('classifies $name as $kind', ({ payload, kind }) => {
    expect(readTokenFacts({}, payload).kind).toBe(kind);
  });

  it('splits scp on any whitespace and accepts a single aud string', () => {
    const facts = readTokenFacts({}, { aud: 'api', scp: ' a  b\tc ' });
    expect(facts.scopes).toEqual(['a', 'b', 'c']);
    expect(facts.audiences).toEqual(['api']);
  });

  it('tells a missing wids claim apart from an empty one', () => {
    expect(readTokenFacts({}, {}).wids).toBeUndefined();
    expect(readTokenFacts({}, { wids: [] }).wids).toEqual([]);
  });
});
