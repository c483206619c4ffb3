import { createContext, type ComponentType } from 'react';
import type { TokenExpectations } from '../core/flow/expectations';

/** Props of the component that shows a token-endpoint answer or an authorization error. */
export type TokenResponseProps = {
  /** The answer as text: token-endpoint JSON, or an error redirect's parameters (`?error=…`). */
  text: string;
  /** Present when the page ran the sign-in itself (see TokenExpectations). */
  expectations: TokenExpectations | null;
};

/**
 * The explorer's own display of a token response, provided by the app to views that obtain tokens
 * (features do not import each other or the app): every token under its role, verified and explained
 * exactly as a pasted response is.
 */
export const TokenResponseSlot = createContext<ComponentType<TokenResponseProps> | null>(null);
