import type { KitCaseId } from '../../core/create/negative-kit';
import type { KeyFitError } from '../../core/create/key-fit';
import type { PrivateKeyErrorCode } from '../../core/create/private-key';
import type { TemplateId } from '../../core/create/templates';
import type { ApiUrlError } from '../../core/create/curl-line';
import type { EditedPart } from '../../core/create/parse-part';
import type { JweDecryptError } from '../../core/jwe/decrypt-jwe';

const minutes = (s: number) => (s % 3600 === 0 ? `${s / 3600} h` : `${s / 60} min`);

/** English texts of the Create view and of the JWE "Decryption key" box (loaded with them, on demand). */
export const createEn = {
  title: 'Create a token',
  intro:
    'Write a header and claims, choose an algorithm and a key, and get a signed token. Everything happens in this page: keys and secrets are never stored, put in a link or sent anywhere, and are gone when you reload.',
  parts: { header: 'Header', payload: 'Payload' } satisfies Record<EditedPart, string>,
  partErrors: {
    json_syntax: (part: string, line: number, column: number) => `${part}: JSON syntax error at line ${line}, column ${column}.`,
    not_object: (part: string) => `${part}: must be a JSON object ({ … }).`,
    part_empty: (part: string) => `${part}: empty. Write a JSON object.`,
    duplicate_member: (part: string, name: string) =>
      `${part}: the member "${name}" appears twice. Names must be unique (RFC 7519 section 4); the token would keep only one.`,
    lossy_integer: (part: string, line: number, column: number) =>
      `${part}: the integer at line ${line}, column ${column} is too large to be kept exactly (beyond 2^53). Write it as a string.`,
  },
  start: {
    heading: 'Start from',
    fromToken: 'From the current token',
    noToken: 'The explorer has no readable signed token to start from.',
    template: 'Template',
    useTemplate: 'Use template',
    templates: {
      'entra-access-delegated': 'Entra ID v2 access token (delegated)',
      'entra-access-app': 'Entra ID v2 access token (app-only)',
      'entra-id': 'Entra ID v2 ID token',
      'b2c-id': 'Azure AD B2C ID token',
      'oidc-id': 'Generic OpenID Connect ID token',
    } satisfies Record<TemplateId, string>,
    lifetime: 'Lifetime',
    lifetimeOption: minutes,
    setTimes: 'Set iat and nbf to now, exp to now + lifetime',
  },
  algorithm: 'Algorithm',
  key: {
    label: 'Signing key',
    hint: 'Paste a private key (JWK, PEM "PRIVATE KEY", "RSA PRIVATE KEY" or "EC PRIVATE KEY") or an HMAC secret, or generate one. It stays in this page only.',
    encoding: 'Secret encoding',
    encodings: { text: 'Text (UTF-8)', base64: 'base64', base64url: 'base64url' },
    generate: 'Generate key pair',
    generating: 'Generating…',
    generated: (kid: string) => `Generated a new key with kid ${kid}. It exists only in this page.`,
    shortSecret: (bytes: number, minimum: number) =>
      `This secret is ${bytes} bytes; RFC 7518 section 3.2 requires at least ${minimum} bytes for this algorithm. The token is signed, but a short secret can be guessed.`,
    errors: {
      empty: 'Paste a signing key or press "Generate key pair".',
      not_json: 'This looks like JSON but does not parse.',
      json_not_key: 'This JSON is not a JWK (no "kty").',
      public_key_only: 'This is a public key: signing needs the private key (a JWK with "d", or a PEM "PRIVATE KEY").',
      unsupported_kty: 'This key type cannot sign here (RSA, EC, OKP and oct can).',
      unsupported_crv: 'This curve is not supported (P-256, P-384, P-521, Ed25519).',
      unsupported_key_algorithm: 'This PEM key uses an algorithm that is not supported.',
      invalid_key_material: 'The key material is not valid (WebCrypto refused it).',
      pem_unterminated: 'The PEM block has no matching END line.',
      pem_bad_base64: 'The PEM block is not valid base64.',
      pem_unsupported_label: 'This PEM block is not a private key.',
      pem_encrypted_private_key:
        'This private key is encrypted with a passphrase. Decrypt it first (for example: openssl pkey -in key.pem).',
      der_invalid: 'The PEM block does not contain a valid key structure (DER).',
      secret_empty: 'The secret is empty.',
      secret_bad_encoding: 'The secret is not valid in the chosen encoding.',
    } satisfies Record<PrivateKeyErrorCode, string>,
    fit: {
      hmac_with_asymmetric_key: 'HS algorithms need a shared secret, not an RSA, EC or OKP key.',
      asymmetric_alg_with_secret: 'This algorithm needs a private key, not a secret.',
      kty_mismatch: 'This key is of another type than the algorithm needs (RS/PS: RSA, ES: EC, EdDSA: Ed25519).',
      crv_mismatch: 'This key is on another curve than the algorithm needs (ES256: P-256, ES384: P-384, ES512: P-521, EdDSA: Ed25519).',
      key_alg_differs: 'The key\'s own "alg" names another algorithm.',
      key_use_not_sig: 'The key says it is for encryption ("use": "enc"), not signatures.',
      rsa_modulus_too_short: 'RSA keys must be at least 2048 bits (RFC 7518 section 3.3).',
    } satisfies Record<KeyFitError, string>,
  },
  output: {
    token: 'Signed token',
    waiting: 'The signed token appears here when the header, payload and key are valid.',
    headerAlg: (alg: string) =>
      `The header's "alg" is "${alg}", which is not the chosen algorithm. Pick one in "Algorithm" (the header follows it).`,
    signFailed: 'jose could not sign this header (for example "b64": false, or a bad "crit" list).',
    publicKey: 'Public key',
    publicKeyHint: 'The public JWKS to configure the API you test; never the private part.',
    publicPem: 'Public key (PEM)',
    noPublicKey: 'An HMAC secret has no public key: the API needs the same secret.',
    copy: 'Copy',
    copied: 'Copied',
    open: 'Open in explorer',
    openHmac: 'The explorer will show the token; paste your secret into "Verification key" there to verify it.',
    copyLink: 'Copy link',
    linkNote: 'The link carries the header and payload only, never the key or the signature.',
  },
  kit: {
    failed: 'The test tokens could not be made with this key and algorithm. Check the signed token above for the reason.',
    button: 'Make test tokens',
    working: 'Making test tokens…',
    heading: 'Negative-test kit',
    statement:
      'These tokens are for testing your own API. Send each one to your API: a correct API refuses every one with 401 Unauthorized. Only the control token should be accepted. They are made from the current claims and key; attacker keys are generated on the spot and thrown away.',
    apiUrl: 'API URL',
    apiUrlHint: 'Used only to write the curl lines below. Nothing is sent from this page.',
    urlErrors: {
      api_url_empty: 'Type your API URL to get curl lines.',
      api_url_invalid: 'This is not a URL.',
      api_url_scheme: 'Use an http or https URL.',
    } satisfies Record<ApiUrlError, string>,
    expected: (status: number) => `Expected answer: ${status} Unauthorized`,
    control: 'Control: a valid token',
    controlExpected: 'Expected answer: accepted (200, if the rest of the request is right)',
    copyToken: 'Copy token',
    copyCurl: 'Copy curl',
    download: 'Download JSON',
    cases: {
      expired: { label: 'Expired', detail: '"exp" is an hour ago (beyond any usual clock skew).' },
      not_yet_valid: { label: 'Not yet valid', detail: '"nbf" is an hour from now.' },
      wrong_audience: { label: 'Wrong audience', detail: '"aud" names another API.' },
      wrong_issuer: { label: 'Wrong issuer', detail: '"iss" names another issuer.' },
      alg_none: { label: 'alg: none', detail: 'Unsigned token (RFC 7519 section 6); casing variants catch case-insensitive checks.' },
      hmac_with_public_key: {
        label: 'Key confusion: HS256 signed with the public key',
        detail: "HMAC keyed with your public key's PEM text: accepted by a verifier that lets the token choose the algorithm.",
      },
      signature_bit_flipped: { label: 'Signature bit flipped', detail: 'One bit of a valid signature changed.' },
      unknown_kid: { label: 'Unknown kid', detail: 'A kid your API does not have, signed by another key.' },
      embedded_jwk: { label: 'Embedded attacker jwk', detail: "The header carries the attacker's public key, which signed the token." },
      jku_elsewhere: { label: 'jku pointing elsewhere', detail: "The header points at an attacker's key set URL." },
      unknown_crit: {
        label: 'Unknown crit',
        detail: 'The header lists a critical extension no API understands (RFC 7515 section 4.1.11).',
      },
      empty_signature: { label: 'Empty signature', detail: 'The valid token with its signature removed.' },
      ecdsa_zero_signature: { label: 'ECDSA r = s = 0', detail: 'An all-zero signature ("psychic signature", CVE-2022-21449).' },
    } satisfies Record<KitCaseId, { label: string; detail: string }>,
    variant: (v: string) => `alg: "${v}"`,
  },
  jwe: {
    label: 'Decryption key',
    hint: "Paste the recipient's private key (JWK or PEM) for RSA-OAEP and ECDH-ES, the symmetric key for dir and A*KW, or the password for PBES2. It stays in this page only.",
    encoding: 'Symmetric key encoding',
    decrypt: 'Decrypt',
    decrypting: 'Decrypting…',
    heading: 'Decrypted content',
    plaintext: 'Plaintext',
    binary: (n: number) => `The plaintext is ${n} bytes that are not UTF-8 text.`,
    nested: 'Inner token (cty: JWT), decoded and verifiable below:',
    errors: {
      not_compact_jwe: 'This is not a compact JWE with a readable header.',
      unsupported_alg: (alg: string) => `The key management algorithm "${alg}" is not supported here.`,
      unsupported_enc: (enc: string) => `The content encryption algorithm "${enc}" is not supported here.`,
      unsupported_zip: (zip: string) => `The compression "${zip}" is not supported (only DEF is).`,
      unsupported_here: (alg: string, enc: string) =>
        `This browser cannot do ${alg} with ${enc} (for example, Chromium has no 192-bit AES).`,
      key_kind: (alg: string, needs: string) =>
        `${alg} needs ${needs === 'rsa' ? 'an RSA private key' : needs === 'ecdh' ? 'an EC or X25519 private key' : 'a symmetric key or password'}.`,
      key_unusable: (alg: string) => `This key cannot be used with ${alg} (wrong size or kind).`,
      jwe_invalid: 'The JWE is malformed.',
      decryption_failed: 'Decryption failed: the key is not the right one, or the token was altered.',
    },
  },
};

export type CreateMessages = typeof createEn;
export type JweErrorCode = JweDecryptError['code'];
