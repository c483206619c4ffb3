/**
 * Microsoft identity hosts (domain-facts 3a, from MSAL's authority metadata and the national-cloud
 * docs). Maps an issuer host to the login host that serves discovery and JWKS for it.
 */
export const MICROSOFT_LOGIN_HOST_FOR_ISSUER: Readonly<Record<string, string>> = {
  // Global cloud and its aliases. sts.windows.net is an issuer string only (v1 tokens).
  'sts.windows.net': 'login.microsoftonline.com',
  'login.microsoftonline.com': 'login.microsoftonline.com',
  'login.windows.net': 'login.microsoftonline.com',
  'login.microsoft.com': 'login.microsoftonline.com',
  // US Government.
  'login.microsoftonline.us': 'login.microsoftonline.us',
  'login.usgovcloudapi.net': 'login.microsoftonline.us',
  'login-us.microsoftonline.com': 'login-us.microsoftonline.com',
  // China (21Vianet): v1 issuer sts.chinacloudapi.cn, v2 issuer login.partner.microsoftonline.cn.
  'sts.chinacloudapi.cn': 'login.chinacloudapi.cn',
  'login.chinacloudapi.cn': 'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn': 'login.chinacloudapi.cn',
  // Newer sovereign clouds and the closed Azure Germany cloud.
  'login.sovcloud-identity.fr': 'login.sovcloud-identity.fr',
  'login.sovcloud-identity.de': 'login.sovcloud-identity.de',
  'login.sovcloud-identity.sg': 'login.sovcloud-identity.sg',
  'login.microsoftonline.de': 'login.microsoftonline.de',
};

/** Hosts that only name an issuer; nothing is served under the issuer path there. */
export const ISSUER_ONLY_HOSTS: ReadonlySet<string> = new Set(['sts.windows.net', 'sts.chinacloudapi.cn']);

/** True when `host` is `suffix` itself or a sub-domain of it (never a look-alike such as evilokta.com). */
export function hostIsUnder(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith(`.${suffix}`);
}
