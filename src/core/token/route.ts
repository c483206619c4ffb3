/** The views of the app, in the order the navigation shows them. */
export const VIEW_IDS = ['inspect', 'get-token', 'create', 'compare'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

function isViewId(s: string): s is ViewId {
  return (VIEW_IDS as readonly string[]).includes(s);
}

/** A code-flow response: `code` and `state` and no token (a hybrid response with tokens is inspected, as jwt.ms does). */
function isCodeResponse(p: URLSearchParams): boolean {
  return p.has('code') && p.has('state') && !p.has('id_token') && !p.has('access_token') && !p.has('token');
}

/**
 * Which view a location opens. A bare view name (`#create`) picks that view; a fragment carrying a view's
 * own parameters opens it (`#flow=` Get a token, `#a=`/`#b=` Compare, `#create=` Create); an authorization
 * response with a `code` (in the query or the fragment) returns to Get a token, which checks its `state`; so
 * does an `error` with a `state` in the query (the explorer never reads the query), or in the fragment when
 * that `state` is the one of the sign-in pending in this tab (`pendingState`). Everything else, including
 * `#token=`, `#id_token=` and other `#error=` deep links, is the explorer's.
 */
export function viewForLocation(hash: string, search: string, pendingState: string | null = null): ViewId {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (isViewId(body)) return body;
  const fragment = new URLSearchParams(body);
  if (fragment.has('flow')) return 'get-token';
  if (fragment.has('a') || fragment.has('b')) return 'compare';
  if (fragment.has('create')) return 'create';
  const query = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  if (isCodeResponse(fragment) || isCodeResponse(query)) return 'get-token';
  if (query.has('error') && query.has('state')) return 'get-token';
  if (pendingState !== null && fragment.has('error') && fragment.get('state') === pendingState) return 'get-token';
  return 'inspect';
}
