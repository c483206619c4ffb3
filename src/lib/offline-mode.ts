import { useSyncExternalStore } from 'react';

const KEY = 'token-explorer.offline-mode';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

let current = typeof localStorage === 'undefined' ? false : read();

/** Whether "Offline mode" is on: then the app makes no network request at all. */
export function isOfflineMode(): boolean {
  return current;
}

/** Turns offline mode on or off (remembered across visits; it is a setting, not token data). */
export function setOfflineMode(on: boolean): void {
  current = on;
  try {
    if (on) localStorage.setItem(KEY, 'on');
    else localStorage.removeItem(KEY);
  } catch {
    // not remembered
  }
  for (const l of listeners) l();
}

/** The offline-mode setting as React state. */
export function useOfflineMode(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
