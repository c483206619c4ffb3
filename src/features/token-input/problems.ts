import type { Messages } from '../../i18n/en/messages';
import type { Recognized } from '../../core/token/recognize';
import type { AnalyzedToken } from '../../core/token/types';
import { problemIssues } from '../../core/token/all-issues';
import { issueText } from './issue-text';

/** The sentences for the role="alert" region: why the input, or the selected token, is not right. */
export function problemsFor(recognized: Recognized, selected: AnalyzedToken | null, t: Messages): string[] {
  const out: string[] = [];
  if (recognized.kind === 'unrecognized') {
    const u = t.unrecognized;
    const d = recognized.detail ?? '';
    switch (recognized.reason) {
      case 'json_invalid':
        out.push(u.json_invalid(d));
        break;
      case 'json_not_object':
        out.push(u.json_not_object(d));
        break;
      case 'json_unknown':
        out.push(u.json_unknown(d));
        break;
      case 'url_without_token':
        out.push(u.url_without_token);
        break;
      case 'not_a_token':
        out.push(u.not_a_token);
        break;
      case 'too_large':
        out.push(u.too_large(d));
        break;
    }
  }
  if (recognized.kind === 'bundle' && recognized.error) {
    const e = recognized.error;
    out.push(e.description ? `${e.error}: ${e.description}` : e.error);
  }
  if (selected) for (const issue of problemIssues(selected)) out.push(issueText(issue, t));
  return out;
}
