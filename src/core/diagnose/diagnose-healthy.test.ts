import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import {
  CUSTOM_API_ID,
  NOW,
  TENANT,
  appOnlyGraphHeader,
  appOnlyGraphPayload,
  delegatedCustomHeader,
  delegatedCustomPayload,
  delegatedGraphHeader,
  delegatedGraphPayload,
  inputFor,
} from './test-tokens';
import type { DiagnoseInput } from './finding';

describe('diagnose on healthy tokens', () => {
  const healthy: { name: string; input: DiagnoseInput }[] = [
    { name: 'a delegated Graph token without context', input: inputFor(delegatedGraphHeader, delegatedGraphPayload) },
    {
      name: 'a delegated Graph token with a matching scenario',
      input: inputFor(delegatedGraphHeader, delegatedGraphPayload, {
        context: {
          api: 'graph',
          requiredPermission: 'https://graph.microsoft.com/mail.read',
          permissionType: 'delegated',
          acceptsPersonalAccounts: false,
        },
      }),
    },
    { name: 'an app-only Graph token without context', input: inputFor(appOnlyGraphHeader, appOnlyGraphPayload) },
    {
      name: 'an app-only Graph token with a matching scenario',
      input: inputFor(appOnlyGraphHeader, appOnlyGraphPayload, {
        context: { api: 'graph', requiredPermission: 'Mail.Send', permissionType: 'application', acceptsPersonalAccounts: false },
      }),
    },
    {
      name: 'a v2 token for a custom API named by its client ID',
      input: inputFor(delegatedCustomHeader, delegatedCustomPayload, {
        context: {
          api: 'custom',
          customApi: CUSTOM_API_ID.toUpperCase(),
          requiredPermission: `api://${CUSTOM_API_ID}/access_as_user`,
          permissionType: 'delegated',
          expectedVersion: '2.0',
        },
      }),
    },
    {
      name: 'a v2 token for a custom API named by its default App ID URI',
      input: inputFor(delegatedCustomHeader, delegatedCustomPayload, { context: { api: 'custom', customApi: `api://${CUSTOM_API_ID}/` } }),
    },
    {
      name: 'a v1 token whose aud is the App ID URI without the trailing slash',
      input: inputFor(
        delegatedCustomHeader,
        { ...delegatedCustomPayload, aud: 'https://api.contoso.example', ver: '1.0', iss: `https://sts.windows.net/${TENANT}/` },
        {
          context: { api: 'custom', customApi: 'https://api.contoso.example/', expectedVersion: '1.0' },
        },
      ),
    },
    {
      name: 'a delegated admin token resetting a password',
      input: inputFor(
        delegatedGraphHeader,
        {
          ...delegatedGraphPayload,
          scp: 'openid UserAuthenticationMethod.ReadWrite.All',
          wids: ['b79fbf4d-3ef9-4689-8143-76b194e85509', '966707D0-3269-4727-9BE2-8C3A10F19B9D'],
        },
        {
          context: {
            api: 'graph',
            passwordReset: true,
            requiredPermission: 'UserAuthenticationMethod.ReadWrite.All',
            permissionType: 'delegated',
          },
        },
      ),
    },
    {
      name: 'a token just inside the clock skew on both ends',
      input: inputFor(delegatedGraphHeader, { ...delegatedGraphPayload, exp: NOW - 299, nbf: NOW + 300 }),
    },
  ];
  it.each(healthy)('finds nothing for $name', ({ input }) => {
    expect(diagnose(input)).toEqual([]);
  });
});
