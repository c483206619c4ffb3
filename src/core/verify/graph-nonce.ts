import { digest, encodeBase64Url, utf8 } from './bytes';

/**
 * True when the JOSE header carries a string `nonce`, the Microsoft first-party (Graph,
 * SharePoint) pattern. Does NOT mean the token is from Microsoft or that the transform will verify.
 */
export function isGraphNonceToken(header: Readonly<Record<string, unknown>>): boolean {
  return typeof header['nonce'] === 'string';
}

/**
 * Rebuilds the header Entra actually signed: the header `nonce` replaced by
 * base64url(SHA-256(UTF-8 of the nonce string)). Replacement is textual on the decoded header
 * JSON so member order and spacing stay byte-identical; it falls back to re-serializing when the
 * quoted value is not found verbatim (an escaped spelling). Returns the base64url header segment.
 * Does NOT verify anything.
 */
export async function graphNonceSigningHeader(headerText: string, nonce: string): Promise<string> {
  const hashed = encodeBase64Url(await digest('SHA-256', utf8(nonce)));
  const quoted = JSON.stringify(nonce);
  const at = headerText.indexOf(quoted);
  let rebuilt: string;
  if (at >= 0 && headerText.indexOf(quoted, at + 1) < 0) {
    rebuilt = headerText.slice(0, at) + JSON.stringify(hashed) + headerText.slice(at + quoted.length);
  } else {
    rebuilt = JSON.stringify({ ...(JSON.parse(headerText) as Record<string, unknown>), nonce: hashed });
  }
  return encodeBase64Url(utf8(rebuilt));
}
