import { useSyncExternalStore } from 'react';
import type { ViewId } from '../core/token/route';

/**
 * The page's session state, held once and read where needed (no prop threading). It lives only in
 * memory: nothing here is stored or put in a link, and it never holds a private key or a secret.
 */
export type SessionState = {
  /** The current view. */
  view: ViewId;
  /** What is in the explorer's "Token" box. */
  explorerInput: string;
  /** A public key to place in "Verification key" for one token (the example, or "Open in explorer"). */
  presetKey: { token: string; key: string } | null;
  /** One clock-skew allowance for the signature checks, the timeline and the diagnosis. */
  skewMinutes: number;
  /** What the last signature check found, for the panels that judge the same token (the security lint). */
  lastVerification: VerificationSummary | null;
};

/** A signature check's outcome without any key material: the verdict and what kind of key decided it. */
export type VerificationSummary = {
  /** The token that was checked. */
  readonly compact: string;
  readonly verdict: string;
  /** `alg` of the key that was used or tried, when the key names one. */
  readonly keyAlg?: string;
  /** The key came from the issuer's published keys (JWKS or discovery), not pasted text. */
  readonly fromIssuer: boolean;
  /** Every key in that key set is a public key (RSA, EC, OKP). */
  readonly asymmetricKeys: boolean;
};

const listeners = new Set<() => void>();
let state: SessionState = { view: 'inspect', explorerInput: '', presetKey: null, skewMinutes: 5, lastVerification: null };

function update(patch: Partial<SessionState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** The session state as React state. */
export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, () => state);
}

/**
 * One field of the session as React state: the component re-renders only when that field changes
 * (a keystroke in the explorer changes `explorerInput`, and nothing that reads only the skew).
 */
export function useSessionField<K extends keyof SessionState>(key: K): SessionState[K] {
  return useSyncExternalStore(subscribe, () => state[key]);
}

/** The state now, for event handlers outside React's render. */
export function getSession(): SessionState {
  return state;
}

/** Seeds the state once, before the first render (from the address). */
export function initSession(patch: Partial<SessionState>): void {
  state = { ...state, ...patch };
}

export function setView(view: ViewId): void {
  if (view !== state.view) update({ view });
}

export function setExplorerInput(explorerInput: string): void {
  if (explorerInput !== state.explorerInput) update({ explorerInput });
}

/** The one clock-skew limit: 0 to 1440 minutes (a day), whole minutes. */
export const MAX_SKEW_MINUTES = 1440;

export function setSkewMinutes(skewMinutes: number): void {
  const clamped = Number.isFinite(skewMinutes) ? Math.min(MAX_SKEW_MINUTES, Math.max(0, Math.round(skewMinutes))) : 0;
  if (clamped !== state.skewMinutes) update({ skewMinutes: clamped });
}

/**
 * Records the signature check of token `compact`, or (summary null) that it has none now. Readers
 * match the summary to their token, so clearing one for another token changes nothing and re-renders
 * no one; neither does an unchanged summary.
 */
export function setLastVerification(compact: string, summary: VerificationSummary | null): void {
  const old = state.lastVerification;
  if (old === summary) return;
  if (summary === null && old?.compact !== compact) return;
  if (
    old &&
    summary &&
    old.compact === summary.compact &&
    old.verdict === summary.verdict &&
    old.keyAlg === summary.keyAlg &&
    old.fromIssuer === summary.fromIssuer &&
    old.asymmetricKeys === summary.asymmetricKeys
  )
    return;
  update({ lastVerification: summary });
}

/** Shows a token in the explorer, with its public key already in "Verification key". */
export function openInExplorer({ token, key }: { token: string; key?: string }): void {
  // The address follows the view (never carrying the token), so the link of the view just left works again.
  if (typeof window !== 'undefined') window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#inspect`);
  update({ view: 'inspect', explorerInput: token, presetKey: key ? { token, key } : null });
}

/** Remembers a public key for one token without leaving the current view. */
export function setPresetKey(presetKey: SessionState['presetKey']): void {
  update({ presetKey });
}
