import type { SettingsError } from '../../core/flow/authorization-request';
import type { IssuerInputResult } from '../../core/flow/issuer-input';
import type { GetTokenMessages } from '../../i18n/en/get-token';
import type { MetadataState } from './use-flow-metadata';

function settingsLine(m: GetTokenMessages, e: SettingsError): string {
  const text = m.errors.settings[e.code];
  if (e.code === 'extra_malformed') return `${text} (${e.line})`;
  if (e.code === 'extra_reserved' || e.code === 'extra_secret') return `${text}: ${e.name}`;
  return text;
}

/** Every reason the sign-in cannot start yet, as sentences, in form order. */
export function problemLines(
  m: GetTokenMessages,
  issuer: IssuerInputResult,
  metadata: MetadataState,
  errors: readonly SettingsError[],
): string[] {
  const lines: string[] = [];
  const e = m.errors;
  if (!issuer.ok)
    lines.push(
      issuer.error.code === 'not_fetchable'
        ? `${e.issuer.not_fetchable}: ${e.urlReasons[issuer.error.reason]}.`
        : e.issuer[issuer.error.code],
    );
  if (metadata.status === 'loading') lines.push(m.request.loading(metadata.url));
  if (metadata.status === 'fetch-error')
    lines.push(`${e.metadataFetch[metadata.code]}${metadata.httpStatus === undefined ? '' : ` ${metadata.httpStatus}`} (${metadata.url})`);
  if (metadata.status === 'invalid') {
    const err = metadata.error;
    const text = e.metadata[err.code];
    lines.push(
      err.code === 'endpoint_missing'
        ? `${text} ${err.member}.`
        : err.code === 'endpoint_not_usable'
          ? `${text}: ${err.url} (${e.urlReasons[err.reason]}).`
          : text,
    );
  }
  lines.push(...errors.map((err) => settingsLine(m, err)));
  return lines;
}
