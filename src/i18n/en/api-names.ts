import type { ApiKind } from '../../core/diagnose/finding';

/** The APIs a person can name in the diagnosis, as the findings call them. */
export const apiNamesEn = {
  graph: 'Microsoft Graph',
  arm: 'Azure Resource Manager',
  custom: 'your API',
  sharepoint: 'SharePoint (REST API)',
  exchange: 'Exchange / Outlook (EWS or REST)',
} satisfies Record<ApiKind, string>;
