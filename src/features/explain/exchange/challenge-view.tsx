import { decodeClaimsChallenge, parseWwwAuthenticate } from '../../../core/diagnose/claims-challenge';
import type { ExchangeMessages } from '../../../i18n/en/exchange';

/** A WWW-Authenticate value read parameter by parameter: the error explained, a claims challenge decoded. */
export function ChallengeView({ value, m }: { value: string; m: ExchangeMessages }) {
  const parsed = parseWwwAuthenticate(value);
  if (!parsed.ok) return <p className="text-sm">{m.challengeUnreadable}</p>;
  return (
    <div className="grid gap-2">
      {parsed.challenges.map((c, i) => {
        const error = c.params['error'];
        const description = c.params['error_description'];
        const claims = c.params['claims'];
        const decoded = claims === undefined ? null : decodeClaimsChallenge(claims);
        const others = Object.entries(c.params).filter(([k]) => k !== 'error' && k !== 'error_description' && k !== 'claims');
        return (
          <div key={i} className="grid gap-1 text-sm">
            <p className="font-mono font-semibold">{c.scheme}</p>
            {error !== undefined ? (
              <p>
                <span className="font-medium">{m.challengeError}: </span>
                {m.bearerErrors[error] ?? error}
              </p>
            ) : c.scheme.toLowerCase() === 'bearer' ? (
              <p>{m.bareChallenge}</p>
            ) : null}
            {description !== undefined ? (
              <p>
                <span className="font-medium">{m.challengeDescription}: </span>
                {description}
              </p>
            ) : null}
            {decoded?.ok ? (
              <div>
                <p className="font-medium">{m.challengeClaims}</p>
                <pre className="overflow-auto rounded bg-slate-50 p-2 text-xs dark:bg-slate-800">
                  {JSON.stringify(decoded.claims, null, 2)}
                </pre>
              </div>
            ) : null}
            {others.length > 0 ? (
              <dl className="grid grid-cols-[max-content_1fr] gap-x-3 font-mono text-xs">
                {others.map(([k, v]) => (
                  <div key={k} className="contents">
                    <dt>{k}</dt>
                    <dd className="break-all">{v}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
