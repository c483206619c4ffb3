import { finding } from './finding';
import { MSA_TENANT_ID } from '../claims/well-known-ids';
import { stringOf } from './token-facts';
import type { Severity } from './finding';
import type { Rule } from './token-facts';

/**
 * True when `idp` says a personal Microsoft account authenticated: `live.com`, or the v1 STS of the
 * consumer tenant (access and ID token references, `idp`).
 */
export function isPersonalAccountIdp(idp: string | undefined): boolean {
  if (idp === undefined) return false;
  const v = idp.toLowerCase();
  return v === 'live.com' || v.includes(MSA_TENANT_ID);
}

/**
 * A personal Microsoft account signed in as a guest of a work tenant: `idp` is live.com (or the
 * consumer tenant) while `tid` is an organisation. APIs and features limited to work or school
 * accounts refuse such users although the tenant is a work tenant. An error when the person says
 * the API takes no personal accounts (ARM never does), a note otherwise.
 */
export const personalGuestRule: Rule = ({ payload, context }, facts) => {
  const idp = stringOf(payload['idp']);
  const tid = facts.tid;
  if (!isPersonalAccountIdp(idp) || tid === undefined || tid.toLowerCase() === MSA_TENANT_ID || context.acceptsPersonalAccounts === true)
    return [];
  const severity: Severity = context.acceptsPersonalAccounts === false || context.api === 'arm' ? 'error' : 'info';
  return [finding('personal-account-guest', severity, { idp: idp ?? '', tid, api: context.api ?? 'unknown' })];
};
