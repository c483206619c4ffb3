import { useEffect } from 'react';
import { inputFromFragment } from '../core/token/deep-link';
import { viewForLocation } from '../core/token/route';
import { initSession, setExplorerInput, setView } from '../lib/session';
import { pendingState } from '../features/get-token/flow-storage';

function readLocation() {
  const view = viewForLocation(window.location.hash, window.location.search, pendingState());
  // A sign-in answer in the fragment (code, state) belongs to Get a token: it is not an input for the
  // explorer, where the code would stay in the box after the address bar was cleaned.
  return { view, input: view === 'get-token' ? null : inputFromFragment(window.location.hash) };
}

/** Seeds the session from the address before the first render (a deep link or a redirect landing). */
export function initSessionFromLocation(): void {
  const { view, input } = readLocation();
  initSession({ view, explorerInput: input ?? '' });
}

/** Follows the fragment afterwards (view links, a pasted deep link). Typing never writes it back. */
export function useLocationRoute(): void {
  useEffect(() => {
    const onHash = () => {
      const { view, input } = readLocation();
      setView(view);
      if (input !== null) setExplorerInput(input);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
}
