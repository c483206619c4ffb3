import { findGraphError } from './graph';
import { findIdentityModelErrors } from './identity-model';
import { findLibraryErrors } from './libraries';
import type { ApiErrorMatch } from './types';

const SEARCHED = 256 * 1024;

/**
 * Every API error message recognised in the text: Microsoft.IdentityModel IDX codes, a Microsoft
 * Graph error body, and the common messages of jsonwebtoken, jose, Spring Security and PyJWT.
 * A library message that says the same as a Graph or IDX error already found is not repeated
 * (Graph's "Invalid audience." is not also PyJWT's). Only the first 256 KB are searched. Never throws; linear in the text length.
 */
export function findApiErrors(input: string): ApiErrorMatch[] {
  // Error messages and bodies are small; a huge paste is only searched at its start, so typing stays fast.
  const text = input.length > SEARCHED ? input.slice(0, SEARCHED) : input;
  const graph = findGraphError(text);
  const idx = findIdentityModelErrors(text);
  const known = new Set([...(graph ? [graph.kind] : []), ...idx.map((m) => m.kind)]);
  // Graph quotes IDX codes inside its own message; the IDX line is then the more precise one.
  const libraries = findLibraryErrors(text).filter((m) => !known.has(m.kind));
  return [...(graph ? [graph] : []), ...idx, ...libraries];
}
