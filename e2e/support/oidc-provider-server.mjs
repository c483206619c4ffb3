// A real, certified OpenID Provider (the `oidc-provider` package) for the "Get a token" e2e tests:
// one public client that must use PKCE (S256), CORS on discovery/JWKS/token for browser clients,
// JWT access tokens for one API through resource indicators (RFC 8707), and the package's
// development login and consent pages. Plain ESM: Node 20 cannot run .ts.
import { createServer } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { errors } from 'oidc-provider';

export const CLIENT_ID = 'token-explorer-spa';
export const API = 'https://api.e2e.test';
export const API_SCOPE = 'api:read';

/**
 * Starts the provider at http://127.0.0.1:`port` with `redirectUri` registered for the client.
 * The returned controller can switch CORS off on the token endpoint (to show what a provider
 * without browser support does) and answer the next token request with an error body (to show
 * Entra's AADSTS errors, which this provider cannot produce itself).
 */
export async function startOidcProvider({ port, redirectUri }) {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: 'op-rs256', use: 'sig', alg: 'RS256' };
  const issuer = `http://127.0.0.1:${port}`;
  const state = { tokenCors: true, nextTokenError: null, tokenRequests: [], tokenResponses: [] };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        token_endpoint_auth_method: 'none', // public client: PKCE is then required by default
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [signingKey] },
    pkce: { required: () => true },
    scopes: ['openid', 'profile', 'offline_access', API_SCOPE],
    claims: { openid: ['sub'], profile: ['name'] },
    // Discovery and JWKS for everyone; the token endpoint only while the test allows it.
    clientBasedCORS: (ctx) => !ctx.path.endsWith('/token') || state.tokenCors,
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, name: `Test user ${sub}` }) }),
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => undefined,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== API) throw new errors.InvalidTarget();
          return { scope: API_SCOPE, audience: API, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } };
        },
      },
    },
    ttl: { AccessToken: 600, IdToken: 600, AuthorizationCode: 120, RefreshToken: 3600, Interaction: 600, Session: 3600, Grant: 3600 },
  });
  provider.proxy = false;

  provider.use(async (ctx, next) => {
    // The browser asks every page's origin for a favicon; a 404 would be a console error in the tests.
    if (ctx.path === '/favicon.ico') {
      ctx.status = 204;
      return;
    }
    if (ctx.path === '/token' && ctx.method === 'POST') {
      state.tokenRequests.push({ origin: ctx.get('origin') || null });
      if (state.nextTokenError) {
        const { status, body } = state.nextTokenError;
        state.nextTokenError = null;
        ctx.status = status;
        ctx.body = body;
        if (state.tokenCors) ctx.set('access-control-allow-origin', ctx.get('origin') || '*');
        return;
      }
    }
    await next();
    if (ctx.path === '/token' && ctx.method === 'POST' && ctx.status === 200 && typeof ctx.body === 'object')
      state.tokenResponses.push(ctx.body);
    // The development pages @import a web font from Google; the tests allow no third origin.
    if (typeof ctx.body === 'string' && ctx.type === 'text/html')
      ctx.body = ctx.body.replace(/@import url\(https:\/\/fonts\.googleapis\.com[^)]*\);/g, '');
  });

  const server = createServer(provider.callback());
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });

  return {
    issuer,
    origin: issuer,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    jwksUrl: `${issuer}/jwks`,
    /** Every token request's Origin header, in order. */
    tokenRequests: state.tokenRequests,
    /** Every successful token response as the provider sent it (for the tests' own verification). */
    tokenResponses: state.tokenResponses,
    /** Turns CORS on the token endpoint off (false) or back on. */
    setTokenCors(on) {
      state.tokenCors = on;
    },
    /** The next token request gets this answer instead of the provider's. */
    failNextTokenRequest(status, body) {
      state.nextTokenError = { status, body };
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
