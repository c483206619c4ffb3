import type { ApiKind, DiagnoseContext, PermissionType } from '../../../core/diagnose/finding';

/** What the person typed into the diagnosis form; 'none' means "not stated". */
export type ScenarioForm = {
  api: ApiKind | 'none';
  customApi: string;
  permission: string;
  permissionType: PermissionType | 'none';
  personal: 'none' | 'yes' | 'no';
  version: 'none' | '1.0' | '2.0';
  passwordReset: boolean;
  usedToWork: boolean;
  wwwAuthenticate: string;
};

export const EMPTY_SCENARIO: ScenarioForm = {
  api: 'none',
  customApi: '',
  permission: '',
  permissionType: 'none',
  personal: 'none',
  version: 'none',
  passwordReset: false,
  usedToWork: false,
  wwwAuthenticate: '',
};

/**
 * Turns the form into the diagnosis context, leaving out everything not stated so the rules that
 * need it stay silent. Does not validate the App ID URI or the permission name.
 */
export function contextOf(form: ScenarioForm): DiagnoseContext {
  const ctx: DiagnoseContext = {};
  if (form.api !== 'none') ctx.api = form.api;
  if (form.api === 'custom' && form.customApi.trim() !== '') ctx.customApi = form.customApi.trim();
  if (form.permission.trim() !== '') ctx.requiredPermission = form.permission.trim();
  if (form.permissionType !== 'none') ctx.permissionType = form.permissionType;
  if (form.personal !== 'none') ctx.acceptsPersonalAccounts = form.personal === 'yes';
  if (form.version !== 'none') ctx.expectedVersion = form.version;
  if (form.passwordReset) ctx.passwordReset = true;
  if (form.usedToWork) ctx.usedToWork = true;
  return ctx;
}
