// A real local OpenID issuer for the end-to-end tests: discovery + JWKS over node:http with real
// CORS headers, keys for every JWS algorithm family, key rotation and runtime fault injection.
// Plain ESM because Node 20 cannot run .ts; the types live in issuer-server.d.mts.
import { createServer } from 'node:http';
import {
  ASYMMETRIC_ALGS,
  HMAC_ALGS,
  HMAC_SECRET,
  buildClaims,
  keyGeneration,
  publicJwk,
  publicPem,
  signCompact,
  withoutUndefined,
} from './keys.mjs';
import { sendFault, sendJson, sendPreflight, sendRedirect } from './responses.mjs';

export { ASYMMETRIC_ALGS, HMAC_ALGS, HMAC_SECRET };

export const FAULT_MODES = Object.freeze(['ok', '404', '500', 'invalid-json', 'no-cors', 'slow', 'html']);

// Slots of the issuers open in this process (see keys.mjs: issuers alive together never share keys).
const busySlots = new Set();
function takeSlot() {
  let slot = 0;
  while (busySlots.has(slot)) slot += 1;
  busySlots.add(slot);
  return slot;
}

/**
 * Starts an issuer on 127.0.0.1 with a free port and returns its controller (see the .d.mts for
 * every member). It serves only discovery and the JWKS; authorization/token endpoints are
 * advertised but answer 404, because the app never logs in.
 */
export async function startIssuer(options = {}) {
  const {
    path = '/tenant-a',
    jwksPath,
    audience = 'api://token-explorer-e2e',
    subject = 'e2e-user',
    slowMs = 15_000,
    omitAlg: initialOmitAlg = false,
  } = options;
  const slot = takeSlot();
  const base = path.replace(/\/$/, '');
  const discoveryPath = `${base}/.well-known/openid-configuration`; // OIDC Discovery §4
  const keysPath = jwksPath ?? `${base}/keys`;

  let current = await keyGeneration(slot, 1);
  let pending = null;
  let previous = null;
  let keepPrevious = false;
  let publishAfter = Infinity;
  let omitAlg = initialOmitAlg;
  let foreign = null; // generated only when a test asks for it
  const modes = { discovery: 'ok', jwks: 'ok' };
  const redirects = { discovery: null, jwks: null }; // Location to send instead of the document
  let discoveryPatch = {};
  const requests = [];
  const slowTimers = new Set();
  const openResponses = new Set();
  let closed = false;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const resource = url.pathname === discoveryPath ? 'discovery' : url.pathname === keysPath ? 'jwks' : 'other';
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      origin: req.headers.origin ?? null,
      time: Date.now(),
      resource,
    });
    openResponses.add(res);
    res.on('close', () => openResponses.delete(res));
    if (resource === 'other') return sendJson(res, 404, { error: 'not_found' }, { cors: true });
    const mode = modes[resource];
    if (req.method === 'OPTIONS') return sendPreflight(req, res, { cors: mode !== 'no-cors' });
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method_not_allowed' }, { cors: true });
    if (redirects[resource] !== null) return sendRedirect(res, redirects[resource]);
    const answer = () => sendJson(res, 200, resource === 'discovery' ? discovery() : servedJwks(), { cors: mode !== 'no-cors' });
    if (mode === 'ok' || mode === 'no-cors') return answer();
    if (mode === 'slow') {
      const timer = setTimeout(() => {
        slowTimers.delete(timer);
        answer();
      }, slowMs);
      slowTimers.add(timer);
      res.on('close', () => {
        clearTimeout(timer);
        slowTimers.delete(timer);
      });
      return undefined;
    }
    return sendFault(res, mode);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('issuer server has no TCP address');
  const origin = `http://127.0.0.1:${address.port}`;
  const issuer = `${origin}${path}`;

  function discovery() {
    return withoutUndefined({
      issuer,
      jwks_uri: `${origin}${keysPath}`,
      authorization_endpoint: `${base ? `${origin}${base}` : origin}/authorize`,
      token_endpoint: `${base ? `${origin}${base}` : origin}/token`,
      response_types_supported: ['code'],
      subject_types_supported: ['public'],
      scopes_supported: ['openid', 'profile', 'email'],
      id_token_signing_alg_values_supported: [...ASYMMETRIC_ALGS],
      ...discoveryPatch,
    });
  }

  function jwks() {
    const published = keepPrevious && previous ? [current, previous] : [current];
    return { keys: published.flatMap((generation) => [...generation.keys.values()].map((key) => publicJwk(key, { omitAlg }))) };
  }

  // A JWKS answer counts toward a prepared rotation only once it has been built without the key.
  function servedJwks() {
    const body = jwks();
    if (pending && --publishAfter <= 0) publishRotation();
    return body;
  }

  async function prepareRotation({ publishAfterJwksFetches = Infinity, keepPrevious: keep = false } = {}) {
    pending = await keyGeneration(slot, current.generation + 1);
    publishAfter = publishAfterJwksFetches;
    keepPrevious = keep;
    return kids(pending);
  }

  function publishRotation() {
    if (!pending) throw new Error('publishRotation() without prepareRotation()');
    previous = current;
    current = pending;
    pending = null;
    publishAfter = Infinity;
  }

  const generationFor = (which) => {
    const chosen = { current, pending, previous, foreign }[which];
    if (!chosen) throw new Error(`no ${which} key generation (prepare or rotate first)`);
    return chosen;
  };
  const loadedKeyFor = async (alg, which) => {
    if (which === 'foreign') foreign ??= await keyGeneration('foreign', 1);
    return keyFor(alg, which);
  };
  const keyFor = (alg, which = 'current') => {
    const key = generationFor(which).keys.get(alg);
    if (!key) throw new Error(`no key for ${alg}`);
    return key;
  };
  const kids = (generation) => Object.fromEntries([...generation.keys.values()].map((key) => [key.alg, key.kid]));

  return {
    origin,
    issuer,
    audience,
    discoveryUrl: `${origin}${discoveryPath}`,
    jwksUri: `${origin}${keysPath}`,
    hmacSecret: HMAC_SECRET,
    requests,
    setMode(resource, mode) {
      if (!(resource in modes) || !FAULT_MODES.includes(mode)) throw new Error(`bad mode ${resource}=${mode}`);
      modes[resource] = mode;
    },
    redirect(resource, location) {
      if (!(resource in redirects)) throw new Error(`bad resource ${resource}`);
      redirects[resource] = location;
    },
    setDiscoveryIssuer(value) {
      discoveryPatch = { ...discoveryPatch, issuer: value };
    },
    patchDiscovery(fields) {
      discoveryPatch = { ...discoveryPatch, ...fields };
    },
    setOmitAlg(value) {
      omitAlg = value;
    },
    jwks,
    discovery,
    kidFor: (alg, which = 'current') => keyFor(alg, which === 'foreign' ? 'current' : which).kid,
    publicJwk: async (alg, which = 'current') => publicJwk(await loadedKeyFor(alg, which), { omitAlg }),
    publicPem: async (alg, which = 'current') => publicPem(await loadedKeyFor(alg, which)),
    async sign(claims = {}, signOptions = {}) {
      const { alg = 'RS256', key: which = 'current', kid, omitKid = false, header, secret } = signOptions;
      const now = signOptions.now ?? Math.floor(Date.now() / 1000);
      const payload = buildClaims({ iss: issuer, aud: audience, sub: subject }, claims, {
        now,
        lifetimeSeconds: signOptions.lifetimeSeconds,
      });
      const asymmetric = ASYMMETRIC_ALGS.includes(alg);
      const key = asymmetric ? await loadedKeyFor(alg, which) : null;
      // A foreign key signs under the published kid, so the app finds the key and the signature fails.
      const defaultKid = asymmetric ? (which === 'foreign' ? keyFor(alg).kid : key.kid) : undefined;
      return signCompact(payload, { alg, key, kid: omitKid ? undefined : (kid ?? defaultKid), header, secret });
    },
    rotate: async (rotateOptions) => {
      await prepareRotation(rotateOptions);
      publishRotation();
      return kids(current);
    },
    prepareRotation,
    publishRotation,
    clearRequests() {
      requests.length = 0;
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const timer of slowTimers) clearTimeout(timer);
      slowTimers.clear();
      for (const res of openResponses) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
      busySlots.delete(slot);
    },
  };
}
