import type { ApiErrorKind, ApiErrorMatch } from './types';

type GraphError = { code: string; message: string };

function readGraphError(value: unknown): GraphError | null {
  if (typeof value !== 'object' || value === null) return null;
  const error = (value as Record<string, unknown>)['error'];
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as Record<string, unknown>)['code'];
  const message = (error as Record<string, unknown>)['message'];
  if (typeof code !== 'string') return null;
  return { code, message: typeof message === 'string' ? message : '' };
}

/** The JSON object in the text: the whole text, or from its first `{` to its last `}` (a body inside a log). */
function parseObject(text: string): unknown {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start || end - start > 1024 * 1024) return null;
  try {
    return JSON.parse(text.slice(start, end + 1));
  } catch {
    return null;
  }
}

function kindOf({ code, message }: GraphError): ApiErrorKind | null {
  const m = message.toLowerCase();
  switch (code) {
    case 'InvalidAuthenticationToken':
      if (m.includes('expired')) return 'expired';
      if (m.includes('invalid audience')) return 'audience';
      if (m.includes('compacttoken')) return 'graph-opaque-token';
      if (m.includes('signature')) return 'signature-invalid';
      if (m.includes('empty')) return 'token-missing';
      if (m.includes('not well formed') || m.includes('idx14100') || m.includes('idx12741')) return 'malformed';
      return 'graph-invalid-token';
    case 'Authorization_RequestDenied':
      return 'graph-denied';
    case 'AccessDenied':
    case 'ErrorAccessDenied':
      return m.includes('scp or roles') ? 'graph-no-permissions' : 'graph-denied';
    case 'Authorization_IdentityNotFound':
      return 'graph-app-not-found';
    default:
      return null;
  }
}

/**
 * A Microsoft Graph error body (`{"error":{"code":"InvalidAuthenticationToken","message":…}}`) in
 * the text, when its code is one about tokens or permissions; null otherwise.
 */
export function findGraphError(text: string): ApiErrorMatch | null {
  if (!text.includes('"error"')) return null;
  const error = readGraphError(parseObject(text));
  if (!error) return null;
  const kind = kindOf(error);
  if (!kind) return null;
  return { source: 'graph', code: error.code, kind, quote: {}, excerpt: `${error.code}: ${error.message}`.slice(0, 300) };
}
