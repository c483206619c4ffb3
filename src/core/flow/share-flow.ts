import { DEFAULT_SETTINGS, PROMPTS, RESPONSE_MODES, type FlowSettings } from './flow-settings';
import { extraWithoutPersonal } from './extra-params';

/**
 * The settings a `#flow=` link or "Remember on this device" may carry. `loginHint` is left out: it
 * names a person; so are the extra parameters that carry a token or a person (`id_token_hint`, ...).
 * Nothing secret exists in the form (there is no client secret field).
 */
const SHARED = ['issuer', 'clientId', 'scopes', 'responseMode', 'prompt', 'domainHint', 'claims', 'extra'] as const;
export type SharedSettings = Pick<FlowSettings, (typeof SHARED)[number]>;

const MAX_FIELD = 4000;

/** The shareable part of the settings, defaults left out so links stay short. */
export function sharedSettings(settings: FlowSettings): Partial<SharedSettings> {
  const out: Record<string, string> = {};
  const shareable = { ...settings, extra: extraWithoutPersonal(settings.extra) };
  for (const key of SHARED) if (shareable[key] !== DEFAULT_SETTINGS[key]) out[key] = shareable[key];
  return out as Partial<SharedSettings>;
}

/**
 * Turns an untrusted value (a link, storage) into settings: only known string members, within a
 * size limit, enum members checked; anything else falls back to the default. Never throws.
 */
export function readFlowSettings(value: unknown): FlowSettings {
  const o = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const text = (key: keyof FlowSettings): string => {
    const v = o[key];
    return typeof v === 'string' && v.length <= MAX_FIELD ? v : DEFAULT_SETTINGS[key];
  };
  const mode = text('responseMode');
  const prompt = text('prompt');
  return {
    issuer: text('issuer'),
    clientId: text('clientId'),
    scopes: text('scopes'),
    responseMode: (RESPONSE_MODES as readonly string[]).includes(mode) ? (mode as FlowSettings['responseMode']) : '',
    prompt: (PROMPTS as readonly string[]).includes(prompt) ? (prompt as FlowSettings['prompt']) : '',
    loginHint: text('loginHint'),
    domainHint: text('domainHint'),
    claims: text('claims'),
    extra: text('extra'),
  };
}

/** The `#flow=` fragment for the settings (fragments never reach a server). */
export function flowFragment(settings: FlowSettings): string {
  return `#flow=${encodeURIComponent(JSON.stringify(sharedSettings(settings)))}`;
}

/** Settings from a `#flow=` fragment; null when the fragment is not one or does not parse. */
export function settingsFromFragment(hash: string): FlowSettings | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const raw = new URLSearchParams(body).get('flow');
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    // A link never sets the login hint, even if someone wrote one into it.
    return { ...readFlowSettings(parsed), loginHint: '' };
  } catch {
    return null;
  }
}
