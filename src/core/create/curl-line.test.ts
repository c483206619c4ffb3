import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { curlLine } from './curl-line';

describe('curlLine', () => {
  it('sends the token as a Bearer header to the typed URL', () => {
    expect(curlLine('a.b.c', 'https://api.example.com/orders')).toEqual({
      ok: true,
      line: `curl -H "Authorization: Bearer a.b.c" 'https://api.example.com/orders'`,
    });
  });

  it('quotes the URL so a shell passes it as one literal argument and runs nothing in it', () => {
    const url = "https://api.example.com/x?a=1&b=2#';echo pwned;'$(id)`id`";
    const r = curlLine('a.b.c', url);
    if (!r.ok) throw new Error('expected a line');
    // A real shell parses the line; printf replaces curl and prints each argument on its own line.
    const out = execFileSync('sh', ['-c', r.line.replace(/^curl /, "printf '%s\\n' ")], { encoding: 'utf8' });
    expect(out.split('\n').slice(0, 3)).toEqual(['-H', 'Authorization: Bearer a.b.c', new URL(url).href]);
  });

  it('refuses empty, unparsable and non-http URLs', () => {
    expect(curlLine('t', ' ')).toEqual({ ok: false, error: 'api_url_empty' });
    expect(curlLine('t', 'not a url')).toEqual({ ok: false, error: 'api_url_invalid' });
    expect(curlLine('t', 'file:///etc/passwd')).toEqual({ ok: false, error: 'api_url_scheme' });
  });
});
