import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postTokenRequest } from './post-token-request';

// A real token endpoint on loopback: /hang never answers, /token answers at once.
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/hang') return; // keeps the connection open without a reply
    res.writeHead(400, { 'content-type': 'application/json' });
    res.end('{"error":"invalid_grant"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('postTokenRequest', () => {
  it('gives up on an endpoint that never answers and says it timed out', async () => {
    expect(await postTokenRequest(`${base}/hang`, 'grant_type=x', { timeoutMs: 200 })).toEqual({
      kind: 'no_answer',
      offlineMode: false,
      timedOut: true,
    });
  });

  it('reads an answer that comes in time', async () => {
    expect(await postTokenRequest(`${base}/token`, 'grant_type=x', { timeoutMs: 5000 })).toEqual({
      kind: 'answer',
      status: 400,
      text: '{"error":"invalid_grant"}',
    });
  });

  it('says a refused connection is no answer, not a timeout', async () => {
    expect(await postTokenRequest('http://127.0.0.1:1/token', 'grant_type=x', { timeoutMs: 5000 })).toEqual({
      kind: 'no_answer',
      offlineMode: false,
      timedOut: false,
    });
  });
});
