import { groupsOverageRule, idTokenRule, personalAccountRule } from './rules-account';
import { audienceRule, graphTokenForCustomApiRule, versionRule } from './rules-audience';
import { wwwAuthenticateRule } from './rules-challenge';
import { expiredRule, notYetValidRule } from './rules-lifetime';
import { noPermissionsRule, permissionMissingRule, permissionTypeRule, privilegedOperationRule } from './rules-permissions';
import { readTokenFacts } from './token-facts';
import { appOnlyWithoutOidRule } from './rules-app-identity';
import { bareBearerChallengeRule } from './rules-bare-challenge';
import { firstPartyApiRule } from './rules-first-party-api';
import { personalGuestRule } from './rules-guest-account';
import { b2cRule } from './rules-b2c';
import { usedToWorkRule } from './rules-used-to-work';
import type { DiagnoseInput, Finding, Severity } from './finding';
import type { Rule } from './token-facts';

/** Rule order is the order findings are listed in within one severity. */
const RULES: readonly Rule[] = [
  wwwAuthenticateRule,
  expiredRule,
  notYetValidRule,
  idTokenRule,
  graphTokenForCustomApiRule,
  audienceRule,
  versionRule,
  personalAccountRule,
  permissionTypeRule,
  noPermissionsRule,
  permissionMissingRule,
  privilegedOperationRule,
  groupsOverageRule,
  // Issue 11
  bareBearerChallengeRule,
  appOnlyWithoutOidRule,
  firstPartyApiRule,
  personalGuestRule,
  b2cRule,
  usedToWorkRule,
];

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Answers "why am I getting 401/403?": runs every rule over the decoded header and
 * payload plus what the user said about the call, and returns the findings, errors first.
 * An empty list means no known cause was found, not that the call will succeed.
 * Does not verify the signature, the issuer against discovery, or anything online.
 */
export function diagnose(input: DiagnoseInput): Finding[] {
  const facts = input.facts ?? readTokenFacts(input.header, input.payload);
  const findings = RULES.flatMap((rule) => rule(input, facts));
  // Array.prototype.sort is stable (ES2019), so rule order survives within a severity.
  return findings.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
