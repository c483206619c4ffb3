import { bench, describe } from 'vitest';
import { recognizeInput } from './recognize';
import { b64 } from './test-helpers';

function tokenOfSize(bytes: number): string {
  const filler = 'x'.repeat(Math.max(0, Math.floor((bytes * 3) / 4) - 120));
  return `${b64('{"alg":"RS256","typ":"JWT","kid":"bench"}')}.${b64(`{"sub":"bench","iat":1700000000,"blob":"${filler}"}`)}.${b64('s'.repeat(256))}`;
}

const sizes = [1024, 16 * 1024, 256 * 1024, 1024 * 1024];
describe('recognizeInput (decode only, no rendering)', () => {
  for (const size of sizes) {
    const token = tokenOfSize(size);
    bench(`${size / 1024} KB JWS`, () => {
      recognizeInput(token);
    });
  }
  const response = JSON.stringify({
    access_token: tokenOfSize(2048),
    id_token: tokenOfSize(2048),
    refresh_token: '0.AVYAexampleexampleexample.AgABAAEAAAD',
    expires_in: 3599,
  });
  bench('token-endpoint response (2 JWTs)', () => {
    recognizeInput(response);
  });
});
