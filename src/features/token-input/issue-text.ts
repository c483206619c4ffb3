import type { Messages } from '../../i18n/en/messages';
import type { TokenIssue } from '../../core/token/types';

/** Turns a typed decode issue into the sentence a person reads, in the current language. */
export function issueText(issue: TokenIssue, t: Messages): string {
  const part = (p: keyof Messages['parts']) => t.parts[p];
  const m = t.issues;
  switch (issue.code) {
    case 'segment_count':
      return m.segment_count(issue.found);
    case 'empty_segment':
      return m.empty_segment(part(issue.part));
    case 'base64url_char':
      return m.base64url_char(part(issue.part), issue.position, issue.char);
    case 'base64url_padding':
      return m.base64url_padding(part(issue.part));
    case 'base64url_length':
      return m.base64url_length(part(issue.part));
    case 'utf8_invalid':
      return m.utf8_invalid(part(issue.part));
    case 'json_invalid':
      return m.json_invalid(part(issue.part), issue.detail);
    case 'not_json_object':
      return m.not_json_object(part(issue.part), issue.actual);
    case 'duplicate_member':
      return m.duplicate_member(part(issue.part), issue.name, issue.path);
    case 'alg_missing':
      return m.alg_missing;
    case 'alg_not_string':
      return m.alg_not_string;
    case 'alg_none_with_signature':
      return m.alg_none_with_signature;
    case 'signature_missing':
      return m.signature_missing(issue.alg);
    case 'enc_missing':
      return m.enc_missing;
    case 'payload_not_json':
      return m.payload_not_json;
    case 'payload_binary':
      return m.payload_binary;
  }
}
