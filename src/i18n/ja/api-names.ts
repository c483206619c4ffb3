import type { ApiKind } from '../../core/diagnose/finding';

/** 診断で指定できる API の呼び名。 */
export const apiNamesJa = {
  graph: 'Microsoft Graph',
  arm: 'Azure Resource Manager',
  custom: '自分の API',
  sharepoint: 'SharePoint (REST API)',
  exchange: 'Exchange / Outlook (EWS または REST)',
} satisfies Record<ApiKind, string>;
