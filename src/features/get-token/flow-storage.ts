import { parsePendingSignIn, type PendingSignIn } from '../../core/flow/pending-sign-in';
import { readFlowSettings, sharedSettings } from '../../core/flow/share-flow';
import { DEFAULT_SETTINGS, type FlowSettings } from '../../core/flow/flow-settings';

// The round trip's state, nonce and PKCE verifier live here from "Sign in" until the answer comes
// back, then are deleted. sessionStorage: this tab only, gone when the tab closes.
const PENDING_KEY = 'token-explorer.get-token.pending';
// Non-secret settings, only when the person ticks "Remember on this device".
const SETTINGS_KEY = 'token-explorer.get-token.settings';

/** Why a sign-in could not be kept for its round trip. */
export type SaveProblem = 'storage_unavailable';

/**
 * Keeps the pending sign-in for the round trip. Fails (and keeps nothing) when the browser refuses
 * session storage (blocked site data, a full quota): without it the answer cannot be checked, so
 * the sign-in must not start.
 */
export function savePending(pending: PendingSignIn): { ok: true } | { ok: false; problem: SaveProblem } {
  try {
    sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
    return { ok: true };
  } catch {
    return { ok: false, problem: 'storage_unavailable' };
  }
}

/** The `state` of the sign-in pending in this tab, if any (read without consuming it, for routing). */
export function pendingState(): string | null {
  try {
    return parsePendingSignIn(sessionStorage.getItem(PENDING_KEY))?.state ?? null;
  } catch {
    return null;
  }
}

/** Reads and deletes the pending sign-in: whatever the answer is, the round trip is over. */
export function takePending(): PendingSignIn | null {
  try {
    const text = sessionStorage.getItem(PENDING_KEY);
    sessionStorage.removeItem(PENDING_KEY);
    return parsePendingSignIn(text);
  } catch {
    return null;
  }
}

/** The remembered settings, or null when none are remembered. */
export function rememberedSettings(): FlowSettings | null {
  try {
    const text = localStorage.getItem(SETTINGS_KEY);
    return text === null ? null : readFlowSettings(JSON.parse(text));
  } catch {
    return null;
  }
}

/** Remembers the shareable settings (never the login hint), or forgets them. */
export function rememberSettings(settings: FlowSettings | null): void {
  try {
    if (settings === null) localStorage.removeItem(SETTINGS_KEY);
    else localStorage.setItem(SETTINGS_KEY, JSON.stringify(sharedSettings(settings)));
  } catch {
    // storage disabled: not remembered
  }
}

export { DEFAULT_SETTINGS };
