import type { TestKit } from '../../core/create/negative-kit';
import type { CreateMessages } from '../../i18n/en/create';

/** The kit as one JSON document, labelled in the current language, for scripts and test suites. */
export function kitJson(kit: TestKit, m: CreateMessages, apiUrl: string): string {
  return JSON.stringify(
    {
      purpose: m.kit.statement,
      apiUrl: apiUrl.trim() === '' ? null : apiUrl.trim(),
      control: { label: m.kit.control, expectedStatus: 200, token: kit.valid },
      tokens: kit.tokens.map((t) => ({
        id: t.id,
        ...(t.variant === undefined ? {} : { variant: t.variant }),
        label: m.kit.cases[t.id].label,
        detail: m.kit.cases[t.id].detail,
        expectedStatus: t.expectedStatus,
        token: t.token,
      })),
    },
    null,
    2,
  );
}

/** Saves text as a file through a temporary object URL (nothing leaves the page). */
export function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
