import { use, type ReactNode } from 'react';
import type { GetTokenMessages } from '../../i18n/en/get-token';
import { TokenResponseSlot } from '../../lib/token-response-slot';
import type { TokenExpectations } from '../../core/flow/expectations';
import type { Outcome } from './sign-in-return';

function Alert({ children }: { children: ReactNode }) {
  return (
    <div
      role="alert"
      className="grid gap-1 rounded-lg border-l-4 border-red-600 bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-100"
    >
      {children}
    </div>
  );
}

function expectationsOf(outcome: Extract<Outcome, { kind: 'answer' }>): TokenExpectations {
  const { pending } = outcome;
  return {
    metadataUrl: pending.discoveryUrl,
    clientId: pending.settings.clientId.trim(),
    nonce: outcome.refreshed ? null : pending.nonce,
    code: outcome.code,
  };
}

/** What came back: a refusal, an error (explained), or the token response shown like a pasted one. */
export function SignInResult({ m, outcome }: { m: GetTokenMessages; outcome: Outcome }) {
  const ResponseView = use(TokenResponseSlot);
  const b = m.back;
  const show = (text: string, expectations: TokenExpectations | null) =>
    ResponseView ? <ResponseView text={text} expectations={expectations} /> : null;
  switch (outcome.kind) {
    case 'refused':
      return <Alert>{b.refused[outcome.refusal]}</Alert>;
    case 'error_redirect':
      return (
        <>
          <Alert>
            <p>{b.errorRedirect(outcome.error)}</p>
            {outcome.error === 'access_denied' ? <p>{b.accessDenied}</p> : null}
          </Alert>
          {show(outcome.text, null)}
        </>
      );
    case 'redeeming':
      return (
        <p role="status" className="text-sm">
          {b.redeeming}
        </p>
      );
    case 'transport':
      return <Alert>{b.transport[outcome.failure]}</Alert>;
    case 'answer': {
      const { answer } = outcome;
      if (answer.kind === 'unexpected') return <Alert>{b.unexpected(answer.status)}</Alert>;
      if (answer.kind === 'oauth_error') {
        return (
          <>
            <Alert>
              <p>{b.tokenError(answer.error.error, answer.status)}</p>
              {answer.error.description ? <p className="wrap-anywhere">{answer.error.description}</p> : null}
            </Alert>
            {show(answer.json, null)}
          </>
        );
      }
      return (
        <>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {outcome.refreshed ? `${b.refreshed} ` : ''}
            {b.notStored}
          </p>
          {show(answer.json, expectationsOf(outcome))}
        </>
      );
    }
  }
}
