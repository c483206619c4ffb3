import { classifyToken, type TokenClassification } from '../claims/classify';
import { evaluateLifetime, type LifetimeEvaluation } from '../claims/lifetime';
import { readTokenFacts, type TokenFacts } from '../diagnose/token-facts';
import type { DiagnoseContext, DiagnoseInput } from '../diagnose/finding';
import type { LintContext } from '../lint/lint-types';
import type { AnalyzedToken } from '../token/types';

type Json = Readonly<Record<string, unknown>>;

/**
 * What a token says, independent of the clock: its readable header and JSON payload, the one
 * provider-aware classification, and the facts the diagnosis rules read. Every panel takes these
 * from here instead of deriving them again.
 */
export type TokenDescription = {
  readonly header: Json | null;
  readonly payload: Json | null;
  readonly classification: TokenClassification | null;
  readonly facts: TokenFacts | null;
};

/** The moment and tolerance a token is judged at. */
export type TimeContext = {
  /** Current time, seconds since the epoch. */
  readonly now: number;
  readonly skewSeconds: number;
};

/** A description judged at one instant: the lifetime ("expired", "not yet valid") by the one time rule. */
export type TokenAnalysis = TokenDescription & {
  readonly context: TimeContext;
  readonly lifetime: LifetimeEvaluation | null;
};

const NONE: TokenDescription = { header: null, payload: null, classification: null, facts: null };

/**
 * Reads a decoded token once: header (JWS or JWE), JSON payload, classification and diagnosis facts.
 * Opaque and malformed tokens have none of these. Does not verify anything and does not read the clock.
 */
export function describeToken(token: AnalyzedToken | null): TokenDescription {
  if (token === null || token.format === 'opaque' || token.format === 'malformed') return NONE;
  const header = token.header.ok ? token.header.value : null;
  const payload = token.format === 'jws' && token.payload.ok && token.payload.kind === 'json' ? token.payload.value : null;
  if (payload === null) return { ...NONE, header };
  const classification = classifyToken(header ?? {}, payload);
  return { header, payload, classification, facts: readTokenFacts(header ?? {}, payload, classification) };
}

/**
 * Judges a description at `context.now` with `context.skewSeconds` of clock skew: the lifetime
 * evaluation the timeline shows and the diagnosis and lint read. Cheap: only this part runs on every tick.
 */
export function analyzeAt(description: TokenDescription, context: TimeContext): TokenAnalysis {
  const { payload, classification } = description;
  const lifetime =
    payload && classification
      ? evaluateLifetime(payload, {
          now: context.now,
          skewSeconds: context.skewSeconds,
          family: classification.family,
          kind: classification.kind,
        })
      : null;
  return { ...description, context, lifetime };
}

/** The diagnosis input for an analysed token and what the person said about the failing call; null without a payload. */
export function diagnoseInputOf(analysis: TokenAnalysis, context: DiagnoseContext, wwwAuthenticate?: string): DiagnoseInput | null {
  const { payload, facts } = analysis;
  if (payload === null || facts === null) return null;
  return {
    header: analysis.header ?? {},
    payload,
    now: analysis.context.now,
    skewSeconds: analysis.context.skewSeconds,
    context,
    facts,
    ...(wwwAuthenticate === undefined || wwwAuthenticate.trim() === '' ? {} : { wwwAuthenticate: wwwAuthenticate.trim() }),
  };
}

/** What the security lint takes from the analysis, so it neither classifies nor measures the lifetime again. */
export function lintInputOf(
  analysis: TokenDescription & { readonly lifetime?: LifetimeEvaluation | null },
): Pick<LintContext, 'classification' | 'lifetimeSeconds'> {
  const life = analysis.lifetime;
  const lifetimeSeconds = life && life.state !== 'invalid-times' ? life.lifetimeSeconds : undefined;
  return {
    ...(analysis.classification ? { classification: analysis.classification } : {}),
    ...(lifetimeSeconds === undefined ? {} : { lifetimeSeconds }),
  };
}
