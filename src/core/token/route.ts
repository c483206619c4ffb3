/** The views of the app, in the order the navigation shows them. */
export const VIEW_IDS = ['inspect', 'get-token', 'create', 'compare'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

function isViewId(s: string): s is ViewId {
  return (VIEW_IDS as readonly string[]).includes(s);
}

/**
 * Which view a location opens. A bare view name (`#create`) picks that view; a fragment carrying a view's
 * own parameters opens it (`#flow=` Get a token, `#a=`/`#b=` Compare); an authorization response with a
 * `code` (in the query or the fragment) returns to Get a token, which checks its `state`. Everything else,
 * including `#token=`, `#id_token=` and `#error=` deep links, is the explorer's.
 */
export function viewForLocation(hash: string, search: string): ViewId {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (isViewId(body)) return body;
  const fragment = new URLSearchParams(body);
  if (fragment.has('flow')) return 'get-token';
  if (fragment.has('a') || fragment.has('b')) return 'compare';
  const query = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  if ((fragment.has('code') && fragment.has('state')) || (query.has('code') && query.has('state'))) return 'get-token';
  return 'inspect';
}
