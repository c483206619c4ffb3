import { excerptAt, listOf, quotedAfter } from './excerpt';
import type { ApiErrorKind, ApiErrorMatch, ApiErrorQuote } from './types';

/**
 * Microsoft.IdentityModel (Wilson) log-message codes and what they mean for the token. Message
 * texts differ between library versions; the code is stable, so the code decides the kind.
 */
const IDX_KINDS: Readonly<Record<string, ApiErrorKind>> = {
  IDX10204: 'validation-not-configured',
  IDX10205: 'issuer',
  IDX10206: 'audience-missing',
  IDX10207: 'audience-missing',
  IDX10208: 'validation-not-configured',
  IDX10211: 'claim-missing',
  IDX10214: 'audience',
  IDX10215: 'audience-missing',
  IDX10222: 'not-yet-valid',
  IDX10223: 'expired',
  IDX10224: 'lifetime-invalid',
  IDX10225: 'lifetime-invalid',
  IDX10230: 'lifetime-custom',
  IDX10231: 'audience',
  IDX10500: 'keys-not-configured',
  IDX10501: 'key-not-found',
  IDX10503: 'signature-invalid',
  IDX10504: 'signature-missing',
  IDX10506: 'key-not-found',
  IDX10511: 'signature-invalid',
  IDX10516: 'key-not-found',
  IDX12741: 'malformed',
  IDX14100: 'malformed',
};

const CODE = /\bIDX(\d{5})\b/g;
const PII = '[PII';

function clean(value: string | null, quote: ApiErrorQuote): string | null {
  if (value === null) return null;
  if (value.startsWith(PII)) {
    quote.piiHidden = true;
    return null;
  }
  return value;
}

function kindOf(code: string, rest: string): ApiErrorKind {
  const known = IDX_KINDS[code];
  // IDX10503 says "did not match any keys" when the kid is unknown: that is a missing key, not a bad signature.
  if (code === 'IDX10503' && /did not match any keys|does not have a kid/i.test(rest.slice(0, 400))) return 'key-not-found';
  if (known) return known;
  // IDX10000-IDX10099: a required argument was null or empty (most often the token itself).
  if (/^IDX100\d\d$/.test(code)) return 'token-missing';
  return 'unknown-idx';
}

function quoteOf(code: string, rest: string): ApiErrorQuote {
  const q: ApiErrorQuote = {};
  const get = (label: string) => clean(quotedAfter(rest, label, 0, 1500), q);
  switch (code) {
    case 'IDX10214': {
      const had = listOf(get('Audiences:'));
      if (had) q.tokenAudiences = had;
      const expected = [...(listOf(get('ValidAudience:')) ?? []), ...(listOf(get('ValidAudiences:')) ?? [])];
      if (expected.length > 0) q.expected = expected;
      break;
    }
    case 'IDX10205': {
      const iss = get('Issuer:');
      if (iss) q.tokenIssuer = iss;
      const expected = [...(listOf(get('ValidIssuer:')) ?? []), ...(listOf(get('ValidIssuers:')) ?? [])];
      if (expected.length > 0) q.expected = expected;
      break;
    }
    case 'IDX10222':
    case 'IDX10223': {
      const to = get('ValidTo');
      const from = get('ValidFrom');
      const now = get('Current time');
      if (to) q.validTo = to;
      if (from) q.validFrom = from;
      if (now) q.currentTime = now;
      break;
    }
    case 'IDX10501':
    case 'IDX10503':
    case 'IDX10511':
    case 'IDX10516': {
      const kid = get('kid is:') ?? get('kid:');
      if (kid) q.kid = kid;
      break;
    }
    case 'IDX10000':
    case 'IDX10211': {
      const p = code === 'IDX10000' ? get('parameter') : 'iss';
      if (p) q.claim = p;
      break;
    }
  }
  return q;
}

/** Every distinct Microsoft.IdentityModel `IDXnnnnn` code in the text, with the values its message quotes. */
export function findIdentityModelErrors(text: string): ApiErrorMatch[] {
  const out: ApiErrorMatch[] = [];
  const seen = new Set<string>();
  CODE.lastIndex = 0;
  for (let m = CODE.exec(text); m !== null && out.length < 20; m = CODE.exec(text)) {
    const code = `IDX${m[1] ?? ''}`;
    if (seen.has(code)) continue;
    seen.add(code);
    const rest = text.slice(m.index, m.index + 3000);
    out.push({ source: 'identitymodel', code, kind: kindOf(code, rest), quote: quoteOf(code, rest), excerpt: excerptAt(text, m.index) });
  }
  return out;
}
