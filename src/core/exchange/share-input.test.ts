import { describe, expect, it } from 'vitest';
import { SEED_SAMPLE_ID_TOKEN as T } from '../samples/seed-id-token';
import { recognizeInput } from '../token/recognize';
import { shareableInput } from './share-input';
import { CLAIMS_CHALLENGE, curl8Verbose } from './samples/http-samples';

const share = (input: string) => shareableInput(recognizeInput(input), input);

describe('shareableInput', () => {
  it('shares only the token of a pasted exchange, never its cookies or headers', () => {
    const opaque = 'EwBIA8l6BAAUexampleexampleexampleexampleexample';
    expect(share(curl8Verbose(opaque))).toBe(opaque);
    expect(share(curl8Verbose(T))).toBe(T);
    expect(share(curl8Verbose(opaque))).not.toContain('abc123secret');
  });

  it('shares nothing for an exchange without a token or a HAR, and only the body of a token response', () => {
    expect(share(CLAIMS_CHALLENGE)).toBe('');
    expect(share(`HTTP/1.1 200 OK\nSet-Cookie: x=secret\nContent-Type: application/json\n\n{"access_token":"${T}"}`)).toBe(
      `{"access_token":"${T}"}`,
    );
    expect(share('{"log":{"entries":[]}}')).toBe('');
  });

  it('shares other inputs as typed', () => {
    expect(share(`Bearer ${T}`)).toBe(`Bearer ${T}`);
  });
});
