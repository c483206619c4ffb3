import type { ApiErrorCheck } from '../../../core/api-errors/connect';
import type { ExchangeMessages } from '../../../i18n/en/exchange';
import { formatRelative } from '../../../i18n/format';
import type { Locale } from '../../../i18n/languages';

/** The sentence that sets an API error beside the token's own claim. */
export function checkText(c: ApiErrorCheck, now: number, locale: Locale, m: ExchangeMessages): string {
  const k = m.checks;
  switch (c.check) {
    case 'aud':
      if (c.matches === false) return k.audMismatch(c.token.join(', ') || '—', c.expected.join(', '));
      if (c.matches === true) return k.audMatch(c.token.join(', '));
      return k.aud(c.token.join(', '));
    case 'iss':
      return c.matches === false && c.token ? k.issMismatch(c.token, c.expected.join(', ')) : k.iss(c.token ?? '');
    case 'exp':
      if (c.exp === null || c.secondsPast === null) return k.expAbsent;
      return c.secondsPast >= 0 ? k.expPast(formatRelative(locale, now, c.exp)) : k.expFuture(formatRelative(locale, now, c.exp));
    case 'nbf':
      if (c.nbf === null || c.secondsEarly === null || c.secondsEarly <= 0) return k.nbfPast;
      return k.nbfFuture(formatRelative(locale, now, c.nbf));
    case 'kid':
      return c.matches === false && c.token && c.reported ? k.kidMismatch(c.token, c.reported) : k.kid(c.token ?? '');
    case 'alg':
      return k.alg(c.token ?? '');
    case 'claim':
      return c.present ? k.claimPresent(c.claim) : k.claimAbsent(c.claim);
    case 'signature':
      return k.signature(c.present);
    case 'scopes':
      return k.scopes(c.scp.join(' '), c.roles.join(' '));
  }
}
