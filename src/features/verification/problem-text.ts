import type { VerifyMessages } from '../../i18n/en/verify';
import type { KeyProblem } from './use-key-set';

/** The sentence for a key problem: which URL, and what happened there. */
export function keyProblemText(p: KeyProblem, v: VerifyMessages): string {
  switch (p.kind) {
    case 'fetch':
      return v.fetch[p.problem.code](p.problem.url, p.problem.status ?? 0, p.problem.finalUrl ?? '');
    case 'discovery':
      return v.discoveryErrors[p.error.code](p.url);
    case 'jwks':
      return v.jwksErrors[p.error](p.url);
    case 'key': {
      const base = v.keyErrors[p.error.code];
      const extra = [p.error.detail, p.error.index === undefined ? undefined : `#${p.error.index + 1}`].filter(Boolean).join(', ');
      return extra ? `${base}: ${extra}` : base;
    }
  }
}
