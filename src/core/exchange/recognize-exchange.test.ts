import { describe, expect, it } from 'vitest';
import { SEED_SAMPLE_ID_TOKEN as T } from '../samples/seed-id-token';
import { recognizeInput } from '../token/recognize';
import { CLAIMS_CHALLENGE, curl8Verbose, http11Crlf } from './samples/http-samples';
import { curlBash } from './samples/code-samples';

describe('the Token box recognises whole exchanges', () => {
  it('decodes the bearer token of a curl -v transcript and keeps the exchange as context', () => {
    const r = recognizeInput(curl8Verbose(T));
    if (r.kind !== 'token') throw new Error(r.kind);
    expect(r.token.compact).toBe(T);
    expect(r.exchange?.context).toMatchObject({ host: 'graph.microsoft.com', status: 401 });
    expect(r.exchange?.apiErrors.map((e) => [e.source, e.code, e.kind])).toEqual([['graph', 'InvalidAuthenticationToken', 'expired']]);
  });

  it('decodes the token of a raw HTTP/1.1 exchange and of a curl command', () => {
    for (const text of [http11Crlf(T), curlBash(T)]) {
      const r = recognizeInput(text);
      expect(r.kind === 'token' && r.token.compact).toBe(T);
    }
  });

  it('takes a WWW-Authenticate header alone as an exchange without a token', () => {
    const r = recognizeInput(CLAIMS_CHALLENGE);
    if (r.kind !== 'exchange') throw new Error(r.kind);
    expect(r.exchange.context.source).toBe('www-authenticate');
    expect(r.exchange.context.wwwAuthenticate).toMatch(/^Bearer realm="", authorization_uri=.*error="insufficient_claims"/);
  });

  it('takes a challenge value alone (without the header name) the same way, but not a Bearer token', () => {
    const r = recognizeInput('Bearer error="invalid_token", error_description="The token expired at \'11/30/2026 10:00:00\'"');
    expect(r.kind).toBe('exchange');
    expect(recognizeInput(`Bearer ${T}`).kind).toBe('token');
  });

  it('shows the tokens a token-endpoint response returned inside an exchange', () => {
    const body = JSON.stringify({ token_type: 'Bearer', expires_in: 3599, access_token: T });
    const r = recognizeInput(`HTTP/1.1 200 OK\nContent-Type: application/json\n\n${body}`);
    if (r.kind !== 'bundle') throw new Error(r.kind);
    expect(r.tokens.map((t) => t.role)).toEqual(['access_token']);
    expect(r.exchange?.context.status).toBe(200);
  });

  it('explains an API error message alone and connects it to a token in the same paste', () => {
    const alone = recognizeInput(
      "IDX10214: Audience validation failed. Audiences: 'api://a'. Did not match: validationParameters.ValidAudience: 'api://b' or validationParameters.ValidAudiences: 'null'.",
    );
    expect(alone.kind === 'exchange' && alone.exchange.apiErrors[0]?.kind).toBe('audience');
    const withToken = recognizeInput(`jwt expired\n    at /app/node_modules/jsonwebtoken/verify.js:190:21\ntoken=${T}`);
    expect(withToken.kind === 'token' && withToken.token.compact).toBe(T);
    expect(withToken.kind === 'token' && withToken.exchange?.apiErrors[0]?.code).toBe('TokenExpiredError');
  });

  it('leaves OAuth error bodies, redirect URLs and single Authorization lines to the token recogniser', () => {
    expect(recognizeInput('{"error":"invalid_grant","error_description":"AADSTS70008: expired"}').kind).toBe('bundle');
    expect(recognizeInput(`https://app.example/cb#id_token=${T}&state=x`).kind).toBe('bundle');
    const line = recognizeInput(`Authorization: Bearer ${T}`);
    expect(line.kind === 'token' && line.notes).toEqual(['authorization_header_stripped', 'bearer_stripped']);
  });

  it('recognises a HAR by its first bytes at any size without parsing it', () => {
    const big = `{"log":{"version":"1.2","entries":[${'{"x":1},'.repeat(700_000)}{}]}}`;
    expect(big.length).toBeGreaterThan(4 * 1024 * 1024);
    expect(recognizeInput(big)).toEqual({ kind: 'har', chars: big.length });
  });
});

describe('proof-of-possession requests inside exchanges', () => {
  it('keep the DPoP bundle (token and proof) and add the call as context', async () => {
    const { shareableInput } = await import('./share-input');
    const proof = 'eyJ0eXAiOiJkcG9wK2p3dCIsImFsZyI6IkVTMjU2In0.eyJodG0iOiJHRVQifQ.c2ln';
    const text = `GET /protected HTTP/1.1\nHost: resource.example.test\nAuthorization: DPoP ${T}\nDPoP: ${proof}\nCookie: sid=secretcookie\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: DPoP error="use_dpop_nonce"\n`;
    const r = recognizeInput(text);
    if (r.kind !== 'bundle') throw new Error(r.kind);
    expect(r.source).toBe('dpop_request');
    expect(r.tokens.map((t) => t.role)).toEqual(['access_token', 'dpop_proof']);
    expect(r.exchange?.context).toMatchObject({ status: 401, scheme: 'DPoP', dpopProof: proof });
    const shared = shareableInput(r, text);
    expect(shared).toBe(`GET https://resource.example.test/protected HTTP/1.1\nAuthorization: DPoP ${T}\nDPoP: ${proof}`);
    expect(shared).not.toContain('secretcookie');
  });
});
