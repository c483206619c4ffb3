import { hostIsUnder, MICROSOFT_LOGIN_HOST_FOR_ISSUER } from '../discovery/microsoft-hosts';

/** Microsoft's error lookup page for the global cloud (reference-error-codes.md, "Lookup current error code information"). */
export const GLOBAL_LOOKUP_HOST = 'login.microsoftonline.com';
/** The China cloud (21Vianet) serves its own lookup page on its login host; its errors carry error_uri there. */
export const CHINA_LOOKUP_HOST = 'login.chinacloudapi.cn';

// Hosts that identify the China cloud: its v1 issuer, v2 issuer and login host (domain facts §3, NAT).
const CHINA_HOSTS = ['chinacloudapi.cn', 'microsoftonline.cn'];

function isChinaHost(host: string): boolean {
  return CHINA_HOSTS.some((suffix) => hostIsUnder(host, suffix));
}

function hostOf(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * The host of the AADSTS lookup page that matches the token's cloud: the China cloud when the token's
 * issuer, or any URL in the pasted text (a redirect on the China login host, an `error_uri`), is
 * a China cloud host; the global page otherwise. Only hosts in Microsoft's own list are recognised.
 */
export function aadstsLookupHost(issuer: unknown, text: string): string {
  const iss = hostOf(issuer);
  if (iss !== null && Object.hasOwn(MICROSOFT_LOGIN_HOST_FOR_ISSUER, iss)) return isChinaHost(iss) ? CHINA_LOOKUP_HOST : GLOBAL_LOOKUP_HOST;
  // Bounded scan: URLs in a pasted error (the redirect itself, error_uri). Short inputs only matter here.
  // A form-encoded error_uri (`https%3A%2F%2F...`) counts too.
  const scanned = text.slice(0, 20_000).replace(/%3A/gi, ':').replace(/%2F/gi, '/');
  for (const m of scanned.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)) {
    const host = (m[1] ?? '').toLowerCase();
    if (isChinaHost(host)) return CHINA_LOOKUP_HOST;
  }
  return GLOBAL_LOOKUP_HOST;
}
