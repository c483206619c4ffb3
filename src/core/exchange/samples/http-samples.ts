// Realistic pasted exchanges, written for these tests. The token is any compact JWS; the tests
// only check that it is extracted intact.

/** curl 8 `-v` against Graph over HTTP/2, stderr and stdout interleaved as a terminal shows them. */
export function curl8Verbose(token: string): string {
  return [
    '* Host graph.microsoft.com:443 was resolved.',
    '* IPv6: (none)',
    '* IPv4: 20.190.135.22, 20.190.135.11',
    '*   Trying 20.190.135.22:443...',
    '* Connected to graph.microsoft.com (20.190.135.22) port 443',
    '* ALPN: curl offers h2,http/1.1',
    '* TLSv1.3 (OUT), TLS handshake, Client hello (1):',
    '* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / RSASSA-PSS',
    '* ALPN: server accepted h2',
    '* using HTTP/2',
    '* [HTTP/2] [1] OPENED stream for https://graph.microsoft.com/v1.0/me?$select=displayName',
    '* [HTTP/2] [1] [:method: GET]',
    '* [HTTP/2] [1] [:scheme: https]',
    '* [HTTP/2] [1] [:authority: graph.microsoft.com]',
    '* [HTTP/2] [1] [:path: /v1.0/me?$select=displayName]',
    `* [HTTP/2] [1] [authorization: Bearer ${token}]`,
    '> GET /v1.0/me?$select=displayName HTTP/2',
    '> Host: graph.microsoft.com',
    '> User-Agent: curl/8.5.0',
    '> Accept: */*',
    `> Authorization: Bearer ${token}`,
    '> Cookie: session=abc123secret',
    '> ',
    '* Request completely sent off',
    '< HTTP/2 401 ',
    '< content-type: application/json',
    '< www-authenticate: Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
    '< request-id: 6f1c2a4e-1b0c-4a8e-9d55-2a0c1f3e9b11',
    '< date: Mon, 30 Nov 2026 10:00:00 GMT',
    '< ',
    '{ [336 bytes data]',
    '{"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid.","innerError":{"date":"2026-11-30T10:00:00","request-id":"6f1c2a4e-1b0c-4a8e-9d55-2a0c1f3e9b11"}}}',
    '* Connection #0 to host graph.microsoft.com left intact',
  ].join('\n');
}

/** A raw HTTP/1.1 request and response as Fiddler copies them, CRLF line ends. */
export function http11Crlf(token: string): string {
  return [
    'GET https://api.contoso.com/orders/42?debug=1 HTTP/1.1',
    'Host: api.contoso.com',
    `Authorization: Bearer ${token}`,
    'Cookie: .AspNetCore.Cookies=CfDJ8secretcookie',
    'Accept: application/json',
    '',
    'HTTP/1.1 403 Forbidden',
    'Content-Type: application/json; charset=utf-8',
    'WWW-Authenticate: Bearer error="insufficient_scope", error_description="The scope Orders.Read is required", scope="api://contoso-orders/Orders.Read"',
    'Content-Length: 52',
    '',
    '{"title":"Forbidden","status":403}',
  ].join('\r\n');
}

/** Chrome DevTools "Copy request headers" on an HTTP/2 request: pseudo-headers, lower-case names, LF. */
export function chromeHttp2Headers(token: string): string {
  return [
    ':authority: api.contoso.com',
    ':method: POST',
    ':path: /v2/invoices',
    ':scheme: https',
    'accept: application/json',
    `authorization: Bearer ${token}`,
    'content-type: application/json',
    'cookie: ai_session=secret-value',
    'origin: https://app.contoso.com',
  ].join('\n');
}

/** Firefox "Copy Request Headers" plus "Copy Response Headers" pasted one after the other. */
export function firefoxHeaders(token: string): string {
  return [
    'GET /api/profile HTTP/2',
    'Host: localhost:5001',
    'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
    `Authorization: Bearer ${token}`,
    '',
    'HTTP/2 401 Unauthorized',
    'www-authenticate: Bearer error="invalid_token", error_description="The audience \'api://other\' is invalid"',
    'content-length: 0',
  ].join('\n');
}

/** A WWW-Authenticate claims challenge (Conditional Access auth context c1), as Graph sends it. */
export const CLAIMS_CHALLENGE =
  'WWW-Authenticate: Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnsiYWNycyI6eyJlc3NlbnRpYWwiOnRydWUsInZhbHVlIjoiYzEifX19"';
