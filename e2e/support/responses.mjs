// HTTP answers of the test issuer: JSON with or without CORS, the CORS preflight, and the faults.

// `*` rather than echoing Origin: the app fetches with credentials 'omit', which `*` permits
// (Fetch standard, CORS protocol), and `*` needs no `Vary: Origin`.
const corsHeaders = { 'access-control-allow-origin': '*' };

function headers(contentType, cors) {
  return { 'content-type': contentType, 'cache-control': 'no-store', ...(cors ? corsHeaders : {}) };
}

/** Writes `body` as JSON with `status`; `cors` adds Access-Control-Allow-Origin. */
export function sendJson(res, status, body, { cors }) {
  res.writeHead(status, headers('application/json', cors));
  res.end(JSON.stringify(body));
}

/**
 * Answers a CORS preflight (OPTIONS). Without `cors` it omits every Access-Control-* header, so the
 * browser refuses the real request, as an issuer without CORS support would make it.
 */
export function sendPreflight(req, res, { cors }) {
  const allow = cors
    ? {
        ...corsHeaders,
        'access-control-allow-methods': 'GET, OPTIONS',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
        'access-control-max-age': '600',
      }
    : {};
  res.writeHead(204, { 'cache-control': 'no-store', ...allow });
  res.end();
}

/**
 * Answers with one fault mode: '404' and '500' as JSON errors, 'invalid-json' as a truncated
 * JSON body with status 200, 'html' as a 200 HTML page (a login page or an SPA fallback).
 * All of them carry CORS, so the app sees the fault itself rather than a network error.
 */
export function sendFault(res, mode) {
  switch (mode) {
    case '404':
      return sendJson(res, 404, { error: 'not_found' }, { cors: true });
    case '500':
      return sendJson(res, 500, { error: 'server_error' }, { cors: true });
    case 'invalid-json':
      res.writeHead(200, headers('application/json', true));
      return res.end('{"issuer": "http://127.0.0.1/trunc');
    case 'html':
      res.writeHead(200, headers('text/html; charset=utf-8', true));
      return res.end('<!doctype html><html><head><title>Sign in</title></head><body><h1>Sign in</h1></body></html>');
    default:
      throw new Error(`unknown fault mode ${mode}`);
  }
}

/** Answers with a 302 to `location`, with CORS (a browser follows a cross-origin redirect only then). */
export function sendRedirect(res, location) {
  res.writeHead(302, { location, 'cache-control': 'no-store', ...corsHeaders });
  res.end();
}
