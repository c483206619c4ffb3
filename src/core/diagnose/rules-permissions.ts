import { finding } from './finding';
import { DIRECTORY_ROLES, PASSWORD_RESET_ADMIN_ROLE_IDS } from '../claims/well-known-ids';
import type { Rule } from './token-facts';

/**
 * The token type does not match the permission type the scenario uses: application
 * permissions need a client-credentials (app-only) token with `roles`; delegated
 * permissions need a user token (authorization code, OBO...) with `scp`.
 * Does not fire when the permission type is not stated or the token kind is unclear.
 */
export const permissionTypeRule: Rule = ({ context }, facts) => {
  if (context.permissionType === 'delegated' && facts.kind === 'app-only') {
    return [finding('app-only-token-for-delegated', 'error', { signals: facts.appOnlySignals, roles: facts.roles })];
  }
  if (context.permissionType === 'application' && facts.kind === 'delegated') {
    return [finding('delegated-token-for-application', 'error', { scopes: facts.scopes })];
  }
  return [];
};

/**
 * The stated permission is not in the claim that carries it: `scp` for delegated,
 * `roles` for application permissions (case-insensitive; a resource prefix such as
 * `https://graph.microsoft.com/` or `api://…/` is ignored). Stays silent when the token
 * kind contradicts the stated type, because permissionTypeRule already explains that.
 * Does not know which permission an endpoint needs, nor whether a broader one implies it.
 */
export const permissionMissingRule: Rule = ({ context }, facts) => {
  const required = shortPermission(context.requiredPermission);
  if (required === undefined || required.toLowerCase() === '.default') return [];
  const tokenType = facts.kind === 'app-only' ? 'application' : facts.kind === 'delegated' ? 'delegated' : undefined;
  const type = context.permissionType ?? tokenType;
  if (type === undefined || type !== tokenType) return [];

  const claim = type === 'delegated' ? 'scp' : 'roles';
  // App-only tokens of Okta and other RFC 9068 issuers carry the client's grants in scp/scope, not roles.
  const granted = claim === 'scp' ? facts.scopes : [...facts.roles, ...facts.scopes];
  // Without a stated type, a user token may also carry the permission as an app role assigned to the user.
  const accepted = claim === 'scp' && context.permissionType === undefined ? [...granted, ...facts.roles] : granted;
  if (accepted.some((p) => p.toLowerCase() === required.toLowerCase())) return [];
  return [finding('permission-missing', 'error', { required, claim, granted })];
};

function shortPermission(permission: string | undefined): string | undefined {
  const trimmed = permission?.trim();
  if (trimmed === undefined || trimmed === '') return undefined;
  const slash = trimmed.lastIndexOf('/');
  return slash === -1 ? trimmed : trimmed.slice(slash + 1);
}

/**
 * An app-only token without any `roles`: no application permission was granted (or
 * admin consent is missing), so Graph and most APIs will refuse it.
 * Skipped for ARM, which authorizes service principals through Azure RBAC, not token roles.
 */
export const noPermissionsRule: Rule = ({ context }, facts) => {
  if (facts.kind !== 'app-only' || facts.roles.length > 0 || facts.scopes.length > 0 || context.api === 'arm') return [];
  const severity = context.api === 'graph' ? 'error' : 'warning';
  return [finding('no-permissions-in-token', severity, { api: context.api ?? 'unknown' })];
};

const PRIVILEGED_PERMISSION = /UserAuthenticationMethod|Directory\.AccessAsUser\.All/i;
const ELIGIBLE_ROLES = PASSWORD_RESET_ADMIN_ROLE_IDS.map((id) => DIRECTORY_ROLES.get(id) ?? id);

/**
 * Password resets and authentication-method changes through Graph. Microsoft's Graph
 * troubleshooting guide says they need a delegated call by a signed-in admin: error for an
 * app-only token with the delegated-only Directory.AccessAsUser.All, warning for other
 * app-only tokens (an app-only passwordProfile update can work when the service principal
 * holds an admin role). A delegated token needs the user to hold an admin role that may
 * reset passwords (checked through `wids` role template IDs).
 * Fires only when the user says it is a password reset or the permission suggests one.
 * Does not know about custom roles or administrative-unit scoped assignments.
 */
export const privilegedOperationRule: Rule = ({ context }, facts) => {
  const trigger =
    context.passwordReset === true
      ? 'password-reset'
      : context.requiredPermission !== undefined && PRIVILEGED_PERMISSION.test(context.requiredPermission)
        ? context.requiredPermission.trim()
        : undefined;
  if (trigger === undefined) return [];
  if (facts.kind === 'app-only') {
    // Directory.AccessAsUser.All exists only as a delegated permission, so an app-only token can never use it.
    // Other resets may work app-only when the service principal itself holds an admin role (Graph user reference).
    const severity = /Directory\.AccessAsUser\.All/i.test(trigger) ? 'error' : 'warning';
    return [finding('privileged-operation-app-only', severity, { trigger })];
  }
  if (facts.kind !== 'delegated') return [];
  if (facts.wids === undefined) {
    return [finding('privileged-operation-role-unknown', 'info', { trigger, eligibleRoles: ELIGIBLE_ROLES })];
  }
  const wids = facts.wids.map((w) => w.toLowerCase());
  if (wids.some((w) => PASSWORD_RESET_ADMIN_ROLE_IDS.includes(w))) return [];
  return [finding('privileged-operation-no-admin-role', 'warning', { trigger, wids: facts.wids, eligibleRoles: ELIGIBLE_ROLES })];
};
