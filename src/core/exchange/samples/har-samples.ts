// HAR 1.2 exports in the shapes Chrome (DevTools "Export HAR (with sensitive data)") and Firefox
// write them, reduced to a few entries. Written for these tests.

const timings = { blocked: 0.4, dns: -1, connect: -1, send: 0.1, wait: 120.2, receive: 1.3, ssl: -1 };

/** Chrome 131 over HTTP/2: pseudo-headers in request headers, `_resourceType`, `_initiator`, cookies in `cookies` too. */
export function chromeHar(token: string): object {
  return {
    log: {
      version: '1.2',
      creator: { name: 'WebInspector', version: '537.36' },
      pages: [
        {
          startedDateTime: '2026-11-30T10:00:00.000Z',
          id: 'page_1',
          title: 'https://app.contoso.com/',
          pageTimings: { onContentLoad: 300, onLoad: 500 },
        },
      ],
      entries: [
        {
          _initiator: { type: 'parser' },
          _resourceType: 'document',
          pageref: 'page_1',
          startedDateTime: '2026-11-30T10:00:00.000Z',
          time: 130,
          request: {
            method: 'GET',
            url: 'https://app.contoso.com/',
            httpVersion: 'http/2.0',
            headers: [
              { name: ':authority', value: 'app.contoso.com' },
              { name: ':method', value: 'GET' },
              { name: 'cookie', value: 'sid=chrome-cookie-secret' },
            ],
            queryString: [],
            cookies: [{ name: 'sid', value: 'chrome-cookie-secret', path: '/', domain: 'app.contoso.com', httpOnly: true, secure: true }],
            headersSize: -1,
            bodySize: 0,
          },
          response: {
            status: 200,
            statusText: '',
            httpVersion: 'http/2.0',
            headers: [{ name: 'content-type', value: 'text/html' }],
            cookies: [],
            content: { size: 20, mimeType: 'text/html', text: '<!doctype html><p>hi' },
            redirectURL: '',
            headersSize: -1,
            bodySize: -1,
            _transferSize: 300,
          },
          cache: {},
          timings,
        },
        {
          _resourceType: 'fetch',
          startedDateTime: '2026-11-30T10:00:01.000Z',
          time: 210,
          request: {
            method: 'POST',
            url: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token',
            httpVersion: 'http/2.0',
            headers: [
              { name: ':method', value: 'POST' },
              { name: 'content-type', value: 'application/x-www-form-urlencoded;charset=utf-8' },
            ],
            queryString: [],
            cookies: [],
            headersSize: -1,
            bodySize: 180,
            postData: {
              mimeType: 'application/x-www-form-urlencoded;charset=utf-8',
              text: 'client_id=c1&grant_type=password&username=ada%40contoso.com&password=chrome-password-secret',
            },
          },
          response: {
            status: 200,
            statusText: '',
            httpVersion: 'http/2.0',
            headers: [{ name: 'content-type', value: 'application/json; charset=utf-8' }],
            cookies: [],
            content: {
              size: 1500,
              mimeType: 'application/json',
              text: JSON.stringify({ token_type: 'Bearer', scope: 'User.Read', expires_in: 4799, access_token: token }),
            },
            redirectURL: '',
            headersSize: -1,
            bodySize: -1,
          },
          cache: {},
          timings,
        },
        {
          _resourceType: 'fetch',
          startedDateTime: '2026-11-30T10:00:02.000Z',
          time: 90,
          request: {
            method: 'GET',
            url: 'https://graph.microsoft.com/v1.0/me/messages?$top=5',
            httpVersion: 'http/2.0',
            headers: [
              { name: ':authority', value: 'graph.microsoft.com' },
              { name: ':path', value: '/v1.0/me/messages?$top=5' },
              { name: 'authorization', value: `Bearer ${token}` },
            ],
            queryString: [{ name: '$top', value: '5' }],
            cookies: [],
            headersSize: -1,
            bodySize: 0,
          },
          response: {
            status: 403,
            statusText: '',
            httpVersion: 'http/2.0',
            headers: [{ name: 'content-type', value: 'application/json' }],
            cookies: [],
            content: {
              size: 140,
              mimeType: 'application/json',
              text: '{"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}}',
            },
            redirectURL: '',
            headersSize: -1,
            bodySize: -1,
          },
          cache: {},
          timings,
        },
      ],
    },
  };
}

/** Firefox 133: HTTP/1.1 header names as sent, base64 response content, `_securityState`. */
export function firefoxHar(token: string): object {
  const body = '{"error":"invalid_token"}';
  return {
    log: {
      version: '1.2',
      creator: { name: 'Firefox', version: '133.0' },
      browser: { name: 'Firefox', version: '133.0' },
      pages: [],
      entries: [
        {
          startedDateTime: '2026-11-30T10:00:00.000+00:00',
          time: 40,
          _securityState: 'secure',
          request: {
            bodySize: 0,
            method: 'GET',
            url: 'https://api.contoso.com/orders',
            httpVersion: 'HTTP/1.1',
            headers: [
              { name: 'Host', value: 'api.contoso.com' },
              { name: 'Authorization', value: `Bearer ${token}` },
              { name: 'Cookie', value: 'ff=firefox-cookie-secret' },
            ],
            cookies: [{ name: 'ff', value: 'firefox-cookie-secret' }],
            queryString: [],
            headersSize: 900,
          },
          response: {
            status: 401,
            statusText: 'Unauthorized',
            httpVersion: 'HTTP/1.1',
            headers: [{ name: 'WWW-Authenticate', value: 'Bearer error="invalid_token", error_description="The signature is invalid"' }],
            cookies: [],
            content: { mimeType: 'application/json', size: body.length, encoding: 'base64', text: btoa(body) },
            redirectURL: '',
            headersSize: 200,
            bodySize: body.length,
          },
          cache: {},
          timings,
        },
        {
          startedDateTime: '2026-11-30T10:00:01.000+00:00',
          time: 12,
          request: {
            bodySize: 0,
            method: 'GET',
            url: 'https://api.contoso.com/health',
            httpVersion: 'HTTP/1.1',
            headers: [{ name: 'Host', value: 'api.contoso.com' }],
            cookies: [],
            queryString: [],
            headersSize: 100,
          },
          response: {
            status: 200,
            statusText: 'OK',
            httpVersion: 'HTTP/1.1',
            headers: [],
            cookies: [],
            content: { mimeType: 'text/plain', size: 2, text: 'ok' },
            redirectURL: '',
            headersSize: 50,
            bodySize: 2,
          },
          cache: {},
          timings,
        },
      ],
    },
  };
}
