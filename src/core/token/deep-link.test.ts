import { describe, expect, it } from 'vitest';
import { fragmentFor, inputFromFragment } from './deep-link';
import { SEED_SAMPLE_ID_TOKEN as T } from '../samples/seed-id-token';

describe('inputFromFragment reads what a deep link carries', () => {
  it.each([
    ['#token= form', `#token=${T}`, T],
    ['percent-encoded token= form', `#token=${encodeURIComponent(`Bearer ${T}`)}`, `Bearer ${T}`],
    ['an implicit-flow response', `#id_token=${T}&state=xyz`, `id_token=${T}&state=xyz`],
    ['an error response', '#error=access_denied&error_description=AADSTS65004', 'error=access_denied&error_description=AADSTS65004'],
    ['a bare token', `#${T}`, T],
    ['an empty fragment', '#', null],
    ['an in-page anchor', '#main', null],
    ['unrelated parameters', '#tab=2&x=1', null],
  ])('%s', (_n, hash, expected) => {
    expect(inputFromFragment(hash)).toBe(expected);
  });

  it('round-trips any input through fragmentFor', () => {
    for (const input of [T, `{"access_token":"${T}"}`, 'id_token=a.b.c&state=1 2']) {
      expect(inputFromFragment(fragmentFor(input))).toBe(input);
    }
  });
});
