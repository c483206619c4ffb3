// Well-known Microsoft identifiers (domain facts §2a-§2d). Names are product names and
// stay in English in every locale; tenant descriptions are codes the UI translates.

/** Personal Microsoft account (consumer) tenant, alias `consumers` (AT-REF). */
export const MSA_TENANT_ID = '9188040d-6c67-4c5b-b112-36a304b66dad';
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
/** Seen in almost every member's `wids`; not in Microsoft's roles table. */
export const DEFAULT_USER_ROLE_ID = 'b79fbf4d-3ef9-4689-8143-76b194e85509';

export type TenantCode = 'msa' | 'microsoft-services' | 'microsoft-corp';

export const WELL_KNOWN_TENANTS: ReadonlyMap<string, TenantCode> = new Map([
  [MSA_TENANT_ID, 'msa'],
  ['f8cdef31-a31e-4b4a-93e4-5f571e91255a', 'microsoft-services'],
  ['72f988bf-86f1-41af-91ab-2d7cd011db47', 'microsoft-corp'],
]);

/** First-party Microsoft APIs a token's `aud` may name; the diagnosis compares the API called against these. */
export type FirstPartyResourceId =
  | 'microsoft-graph'
  | 'azure-ad-graph'
  | 'exchange-online'
  | 'sharepoint-online'
  | 'skype-for-business'
  | 'viva-engage'
  | 'office-365-portal'
  | 'exchange-online-protection'
  | 'dynamics-crm'
  | 'power-bi'
  | 'azure-resource-manager'
  | 'azure-key-vault'
  | 'azure-key-vault-us-gov'
  | 'azure-storage'
  | 'azure-sql'
  | 'azure-devops'
  | 'app-access-panel';

export type FirstPartyResource = {
  readonly id: FirstPartyResourceId;
  readonly appId: string;
  /** Product name; the same in every language. */
  readonly name: string;
  /** v1 `aud` values, sovereign clouds included; compared without trailing slashes and case-insensitively in the host. */
  readonly v1Audiences: readonly string[];
  /** Hosts with a tenant- or org-specific label, e.g. `contoso.sharepoint.com`. */
  readonly hostPattern?: RegExp;
};

/** The one table of first-party resources (names, app ids, v1 URIs of every cloud, host patterns). */
export const FIRST_PARTY_RESOURCES: readonly FirstPartyResource[] = [
  {
    id: 'microsoft-graph',
    appId: GRAPH_APP_ID,
    name: 'Microsoft Graph',
    // National-cloud Graph hosts are listed so sovereign tokens are still recognised as Graph.
    v1Audiences: [
      'https://graph.microsoft.com',
      'https://graph.microsoft.us',
      'https://dod-graph.microsoft.us',
      'https://microsoftgraph.chinacloudapi.cn',
    ],
  },
  {
    id: 'azure-ad-graph',
    appId: '00000002-0000-0000-c000-000000000000',
    name: 'Azure AD Graph (retired)',
    v1Audiences: ['https://graph.windows.net'],
  },
  {
    id: 'exchange-online',
    appId: '00000002-0000-0ff1-ce00-000000000000',
    name: 'Office 365 Exchange Online',
    v1Audiences: ['https://outlook.office.com', 'https://outlook.office365.com'],
  },
  {
    id: 'sharepoint-online',
    appId: '00000003-0000-0ff1-ce00-000000000000',
    name: 'Office 365 SharePoint Online',
    v1Audiences: [],
    // contoso, contoso-my (OneDrive) and contoso-admin, in the global, US Government and China clouds.
    hostPattern: /^[a-z0-9-]+\.sharepoint\.(com|us|cn)$/,
  },
  { id: 'skype-for-business', appId: '00000004-0000-0ff1-ce00-000000000000', name: 'Skype for Business Online', v1Audiences: [] },
  { id: 'viva-engage', appId: '00000005-0000-0ff1-ce00-000000000000', name: 'Viva Engage (Yammer)', v1Audiences: [] },
  { id: 'office-365-portal', appId: '00000006-0000-0ff1-ce00-000000000000', name: 'Microsoft Office 365 Portal', v1Audiences: [] },
  { id: 'exchange-online-protection', appId: '00000007-0000-0ff1-ce00-000000000000', name: 'Exchange Online Protection', v1Audiences: [] },
  {
    id: 'dynamics-crm',
    appId: '00000007-0000-0000-c000-000000000000',
    name: 'Dataverse / Dynamics CRM',
    v1Audiences: [],
    hostPattern: /^[a-z0-9-]+\.crm\d*\.dynamics\.com$/,
  },
  {
    id: 'power-bi',
    appId: '00000009-0000-0000-c000-000000000000',
    name: 'Power BI Service',
    v1Audiences: ['https://analysis.windows.net/powerbi/api'],
  },
  {
    id: 'azure-resource-manager',
    appId: '797f4846-ba00-4fd7-ba43-dac1f8f63013',
    name: 'Azure Resource Manager',
    v1Audiences: [
      'https://management.azure.com',
      'https://management.core.windows.net',
      'https://management.usgovcloudapi.net',
      'https://management.core.usgovcloudapi.net',
      'https://management.chinacloudapi.cn',
      'https://management.core.chinacloudapi.cn',
    ],
  },
  {
    id: 'azure-key-vault',
    appId: 'cfa8b339-82a2-471a-a3c9-0fc0be7a4093',
    name: 'Azure Key Vault',
    v1Audiences: ['https://vault.azure.net'],
  },
  { id: 'azure-key-vault-us-gov', appId: '7e7c393b-45d0-48b1-a35e-2905ddf8183c', name: 'Azure Key Vault (US Government)', v1Audiences: [] },
  { id: 'azure-storage', appId: 'e406a681-f3d4-42a8-90b6-c2b029497af1', name: 'Azure Storage', v1Audiences: ['https://storage.azure.com'] },
  {
    id: 'azure-sql',
    appId: '022907d3-0f1b-48f7-badc-1ba6abab6d66',
    name: 'Azure SQL Database',
    v1Audiences: ['https://database.windows.net'],
  },
  { id: 'azure-devops', appId: '499b84ac-1321-427f-aa17-267ca6975798', name: 'Azure DevOps', v1Audiences: [] },
  { id: 'app-access-panel', appId: '0000000c-0000-0000-c000-000000000000', name: 'Microsoft App Access Panel', v1Audiences: [] },
];

/** The row of one first-party resource. */
export function firstPartyResource(id: FirstPartyResourceId): FirstPartyResource {
  const row = FIRST_PARTY_RESOURCES.find((r) => r.id === id);
  if (row === undefined) throw new Error(`unknown first-party resource ${id}`);
  return row;
}

/** First-party client app ids seen in `appid`/`azp` (1P). */
export const FIRST_PARTY_CLIENTS: ReadonlyMap<string, string> = new Map([
  ['04b07795-8ddb-461a-bbee-02f9e1bf7b46', 'Microsoft Azure CLI'],
  ['1950a258-227b-4e31-a9cf-717495945fc2', 'Microsoft Azure PowerShell'],
  ['c44b4083-3bb0-49c1-b47d-974e53cbdf3c', 'Azure Portal'],
  ['de8bc8b5-d9f9-48b1-a8ad-b748da725064', 'Graph Explorer'],
  ['14d82eec-204b-4c2f-b7e8-296a70dab67e', 'Microsoft Graph Command Line Tools'],
  ['d3590ed6-52b3-4102-aeff-aad2292ab01c', 'Microsoft Office'],
  ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', 'Microsoft Teams'],
  ['5e3ce6c0-2b1f-4285-8d4b-75ee78787346', 'Microsoft Teams Web Client'],
  ['27922004-5251-4030-b22d-91ecd9a37ea4', 'Outlook Mobile'],
  ['5d661950-3475-41cd-a2c3-d671a3162bc1', 'Microsoft Outlook'],
  ['29d9ed98-a469-4536-ade2-f981bc1d605e', 'Microsoft Authentication Broker'],
  ['00b41c95-dab0-4487-9791-b9d2c32c80f2', 'Office 365 Management'],
  ['4765445b-32c6-49b0-83e6-1d93765276ca', 'OfficeHome'],
]);

/** Directory role template ids as they appear in `wids` (ROLES "All roles"). */
export const DIRECTORY_ROLES: ReadonlyMap<string, string> = new Map([
  [DEFAULT_USER_ROLE_ID, 'User (default member role)'],
  ['62e90394-69f5-4237-9190-012177145e10', 'Global Administrator'],
  ['f2ef992c-3afb-46b9-b7cf-a126ee74c451', 'Global Reader'],
  ['e8611ab8-c189-46e8-94e1-60213ab1f814', 'Privileged Role Administrator'],
  ['7be44c8a-adaf-4e2a-84d6-ab2649e08a13', 'Privileged Authentication Administrator'],
  ['194ae4cb-b126-40b2-bd5b-6091b380977d', 'Security Administrator'],
  ['5d6b6bb7-de71-4623-b4af-96380a352509', 'Security Reader'],
  ['5f2222b1-57c3-48ba-8ad5-d4759f1fde6f', 'Security Operator'],
  ['b1be1c3e-b65d-4f19-8427-f6fa0d97feb9', 'Conditional Access Administrator'],
  ['9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', 'Application Administrator'],
  ['158c047a-c907-4556-b7ef-446551a6b5f7', 'Cloud Application Administrator'],
  ['cf1c38e5-3621-4004-a7cb-879624dced7c', 'Application Developer'],
  ['fe930be7-5e62-47db-91af-98c3a49a38b1', 'User Administrator'],
  ['729827e3-9c14-49f7-bb1b-9608f156bbb8', 'Helpdesk Administrator'],
  ['966707d0-3269-4727-9be2-8c3a10f19b9d', 'Password Administrator'],
  ['c4e39bd9-1100-46d3-8c65-fb160da0071f', 'Authentication Administrator'],
  ['0526716b-113d-4c15-b2c8-68e3c22b9f80', 'Authentication Policy Administrator'],
  ['fdd7a751-b60b-444a-984c-02652fe8fa1c', 'Groups Administrator'],
  ['29232cdf-9323-42fd-ade2-1d097af3e4de', 'Exchange Administrator'],
  ['f28a1f50-f6e7-4571-818b-6a12f2af6b6c', 'SharePoint Administrator'],
  ['69091246-20e8-4a56-aa4d-066075b2a7a8', 'Teams Administrator'],
  ['3a2c62db-5318-420d-8d74-23affee5d9d5', 'Intune Administrator'],
  ['b0f54661-2d74-4c50-afa3-1ec803f12efe', 'Billing Administrator'],
  ['4d6ac14f-3453-41d0-bef9-a3e0c569773a', 'License Administrator'],
  ['17315797-102d-40b4-93e0-432062caca18', 'Compliance Administrator'],
  ['8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2', 'Hybrid Identity Administrator'],
  ['8329153b-31d0-4727-b945-745eb3bc5f31', 'Domain Name Administrator'],
  ['88d8e3e3-8f55-4a1e-953a-9b9898b8876b', 'Directory Readers'],
  ['9360feb5-f418-4baa-8175-e2a00bac4301', 'Directory Writers'],
  ['d29b2b05-8046-44ba-8758-1e26182fcf32', 'Directory Synchronization Accounts'],
  ['4a5d8f65-41da-4de4-8968-e035b65339cf', 'Reports Reader'],
  ['7698a772-787b-4ac8-901f-60d6b08affd2', 'Cloud Device Administrator'],
  ['95e79109-95c0-4d8e-aee3-d01accf2d47b', 'Guest Inviter'],
  ['11648597-926c-4cf3-9c36-bcebb0ba8dcc', 'Power Platform Administrator'],
  ['a9ea8996-122f-4c74-9520-8edcd192826c', 'Fabric Administrator'],
  ['f023fd81-a637-4b56-95fd-791ac0226033', 'Service Support Administrator'],
  ['be2f45a1-457d-42af-a067-6ec1fa63bc45', 'External Identity Provider Administrator'],
  ['3edaf663-341e-4475-9f94-5c398ef6c070', 'B2C IEF Policy Administrator'],
  ['aaf43236-0c0d-4d5f-883a-6955382ac081', 'B2C IEF Keyset Administrator'],
  ['112ca1a2-15ad-4102-995e-45b0bc479a6a', 'Tenant Creator'],
  ['db506228-d27e-4b7d-95e5-295956d6615f', 'Agent ID Administrator'],
  ['d2562ede-74db-457e-a7b6-544e236ebb61', 'AI Administrator'],
]);

/** Directory roles (`wids`) whose holders may reset other users' passwords (Graph: reset password, admin roles). */
export const PASSWORD_RESET_ADMIN_ROLE_IDS: readonly string[] = [
  '62e90394-69f5-4237-9190-012177145e10', // Global Administrator
  '7be44c8a-adaf-4e2a-84d6-ab2649e08a13', // Privileged Authentication Administrator
  'fe930be7-5e62-47db-91af-98c3a49a38b1', // User Administrator
  '729827e3-9c14-49f7-bb1b-9608f156bbb8', // Helpdesk Administrator
  '966707d0-3269-4727-9be2-8c3a10f19b9d', // Password Administrator
  'c4e39bd9-1100-46d3-8c65-fb160da0071f', // Authentication Administrator
];

/** Guest access levels (`guestUserRoleId` in policy; rarely in tokens). */
export const GUEST_ROLES: ReadonlyMap<string, string> = new Map([
  ['a0b1b346-4d3e-4e8b-98f8-753987be4970', 'Guest access same as members'],
  ['10dae51f-b6af-4016-8d66-8c2a99b929b3', 'Guest User (limited access, default)'],
  ['2af84b1e-32c8-42b7-82bc-daa82404023b', 'Restricted Guest User'],
]);
