import { useEffect, useState } from 'react';
import { inputFromFragment } from '../core/token/deep-link';

/**
 * The input text, seeded from the URL fragment on load and replaced whenever the fragment changes
 * (a redirect_uri landing, or a pasted deep link). Typing does not write the fragment back.
 */
export function useFragmentInput(): [string, (v: string) => void] {
  const [input, setInput] = useState(() => inputFromFragment(window.location.hash) ?? '');
  useEffect(() => {
    const onHash = () => {
      const v = inputFromFragment(window.location.hash);
      if (v !== null) setInput(v);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return [input, setInput];
}
