import type { Recognized } from '../../core/token/recognize';
import { useI18n } from '../../i18n/i18n';

/** Key documents pasted into the token box: said plainly, not treated as broken tokens. */
export function RecognizedNote({ recognized }: { recognized: Recognized }) {
  const { t } = useI18n();
  let text: string | null = null;
  if (recognized.kind === 'jwks') text = t.recognized.jwks(recognized.keyCount, recognized.kids.join(', '));
  if (recognized.kind === 'jwk') text = t.recognized.jwk(recognized.kty, recognized.kid ?? '');
  if (recognized.kind === 'discovery') text = t.recognized.discovery(recognized.issuer ?? '');
  if (!text) return null;
  return (
    <p role="note" className="rounded-lg border-l-4 border-blue-600 bg-blue-50 p-3 text-sm dark:bg-blue-950">
      {text}
    </p>
  );
}
