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
    ['#id_token=x.y.z&state=s&code=c', '', 'inspect'],
    ['', '?code=c&state=s&access_token=t', 'inspect'],
  ] as const)('hash %j with query %j opens %s', (hash, search, view) => {
    expect(viewForLocation(hash, search)).toBe(view);
  });
});
