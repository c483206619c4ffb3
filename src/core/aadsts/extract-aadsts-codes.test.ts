import { describe, expect, it } from 'vitest';
import { extractAadstsCodes } from './extract-aadsts-codes';

const tokenEndpointError = JSON.stringify({
  error: 'invalid_client',
  error_description:
    'AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.\r\nTrace ID: 0000\r\nCorrelation ID: 1111\r\nTimestamp: 2024-01-01 00:00:00Z',
  error_codes: [7000215],
  timestamp: '2024-01-01 00:00:00Z',
  trace_id: '0000',
  correlation_id: '1111',
  error_uri: 'https://login.microsoftonline.com/error?code=7000215',
});

const cases: { name: string; input: string; codes: string[] }[] = [
  {
    name: 'an error redirect fragment encoded with +',
    input:
      'https://app.example/#error=invalid_request&error_description=AADSTS50011%3a+The+redirect+URI+does+not+match.%0d%0aTrace+ID%3a+abc&state=xyz',
    codes: ['50011'],
  },
  {
    name: 'an error redirect query encoded with %20',
    input: 'https://app.example/callback?error=access_denied&error_description=AADSTS65004%3A%20User%20declined%20to%20consent.',
    codes: ['65004'],
  },
  { name: 'a token-endpoint error JSON', input: tokenEndpointError, codes: ['7000215'] },
  {
    name: 'an error_codes array whose codes are not repeated in the description',
    input: '{"error":"invalid_grant","error_description":"see codes","error_codes":[50126, 50053]}',
    codes: ['50126', '50053'],
  },
  {
    name: 'a URL-encoded error_codes array',
    input: 'error_codes=%5B70008%2C54005%5D',
    codes: ['70008', '54005'],
  },
  { name: 'plain pasted text', input: 'Sign-in failed: AADSTS50076 due to MFA', codes: ['50076'] },
  {
    name: 'several codes, with repeats, in order of appearance',
    input: 'AADSTS53003 then aadsts50105, then AADSTS53003 again and AADSTS900144.',
    codes: ['53003', '50105', '900144'],
  },
  { name: 'text without codes', input: 'HTTP 401 Unauthorized', codes: [] },
  { name: 'a number that is too long to be a code', input: 'AADSTS123456789', codes: [] },
  { name: 'a stray percent sign next to a code', input: '100% broken: AADSTS50058%3A', codes: ['50058'] },
];

describe('extractAadstsCodes', () => {
  it.each(cases)('finds the codes in $name', ({ input, codes }) => {
    expect(extractAadstsCodes(input).map((c) => c.code)).toEqual(codes);
  });

  it('marks catalogued codes as known with their category', () => {
    expect(extractAadstsCodes('AADSTS700016')).toEqual([
      {
        system: 'aadsts',
        code: '700016',
        known: true,
        category: 'client-app',
        detail: 'full',
        lookupUrl: 'https://login.microsoftonline.com/error?code=700016',
      },
    ]);
  });

  it('marks uncatalogued codes as unknown and still links to the lookup page', () => {
    expect(extractAadstsCodes('AADSTS1234567: something new')).toEqual([
      { system: 'aadsts', code: '1234567', known: false, lookupUrl: 'https://login.microsoftonline.com/error?code=1234567' },
    ]);
  });
});
