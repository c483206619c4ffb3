import { describe, expect, it } from 'vitest';
import { viewForLocation } from './route';

describe('viewForLocation', () => {
  it.each([
    ['', '', 'inspect'],
    ['#create', '', 'create'],
    ['#compare', '', 'compare'],
    ['#get-token', '', 'get-token'],
    ['#inspect', '', 'inspect'],
    ['#token=eyJhbGciOiJub25lIn0.e30.', '', 'inspect'],
    ['#id_token=abc&state=1', '', 'inspect'],
    ['#error=access_denied&state=1', '', 'inspect'],
    ['#flow=%7B%7D', '', 'get-token'],
    ['#a=x&b=y', '', 'compare'],
    ['#code=abc&state=xyz', '', 'get-token'],
    ['', '?code=abc&state=xyz', 'get-token'],
    ['', '?code=abc', 'inspect'],
    ['#createx', '', 'inspect'],
    ['#create=eyJhbGciOiJSUzI1NiJ9.e30', '', 'create'],
    ['#id_token=x.y.z&state=s&code=c', '', 'inspect'],
    ['', '?code=c&state=s&access_token=t', 'inspect'],
    ['', '?error=access_denied&state=xyz', 'get-token'],
    ['', '?error=access_denied', 'inspect'],
  ] as const)('hash %j with query %j opens %s', (hash, search, view) => {
    expect(viewForLocation(hash, search)).toBe(view);
  });

  it("sends a fragment error to Get a token only when its state is the pending sign-in's", () => {
    expect(viewForLocation('#error=access_denied&state=S1', '', 'S1')).toBe('get-token');
    expect(viewForLocation('#error=access_denied&state=S2', '', 'S1')).toBe('inspect');
    expect(viewForLocation('#error=access_denied', '', 'S1')).toBe('inspect');
  });
});
