import { finding } from './finding';
import { stringOf } from './token-facts';
import type { Rule } from './token-facts';

/**
 * "It used to work": the causes that break a working set-up without a code change. Signing keys
 * rotate (validators that pin a key or cache the JWKS forever fail; apps with an app-specific
 * signing key must read keys with `?appid=`), client secrets and certificates expire
 * (AADSTS7000222), and editing the API's manifest (requestedAccessTokenVersion) switches the token
 * version and so the issuer. Quotes the token's version, kid and issuer to compare with before.
 */
export const usedToWorkRule: Rule = ({ header, payload, context }) => {
  if (context.usedToWork !== true) return [];
  return [
    finding('used-to-work', 'info', {
      tokenVersion: stringOf(payload['ver']) ?? '',
      kid: stringOf(header['kid']) ?? '',
      issuer: stringOf(payload['iss']) ?? '',
    }),
  ];
};
