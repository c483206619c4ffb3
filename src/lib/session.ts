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
};

const listeners = new Set<() => void>();
let state: SessionState = { view: 'inspect', explorerInput: '', presetKey: null, skewMinutes: 5 };

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

export function setSkewMinutes(skewMinutes: number): void {
  update({ skewMinutes });
}

/** Shows a token in the explorer, with its public key already in "Verification key". */
export function openInExplorer({ token, key }: { token: string; key?: string }): void {
  update({ view: 'inspect', explorerInput: token, presetKey: key ? { token, key } : null });
}

/** Remembers a public key for one token without leaving the current view. */
export function setPresetKey(presetKey: SessionState['presetKey']): void {
  update({ presetKey });
}
