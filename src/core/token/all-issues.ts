import { issueSeverity, type AnalyzedToken, type TokenIssue } from './types';

/**
 * Every issue of a token in reading order: failures of its parts first (header, payload, signature),
 * then the token-level notes. Opaque tokens have none: being opaque is not a defect.
 */
export function allIssues(token: AnalyzedToken): TokenIssue[] {
  const out: TokenIssue[] = [];
  switch (token.format) {
    case 'jws':
      for (const p of [token.header, token.payload, token.signature]) if (!p.ok) out.push(p.issue);
      break;
    case 'jwe':
    case 'malformed':
      if (token.header && !token.header.ok) out.push(token.header.issue);
      break;
    case 'opaque':
      return out;
  }
  return [...out, ...token.issues];
}

/** Issues a person must see as problems (errors and warnings), leaving informational notes out. */
export function problemIssues(token: AnalyzedToken): TokenIssue[] {
  return allIssues(token).filter((i) => issueSeverity(i) !== 'info');
}
