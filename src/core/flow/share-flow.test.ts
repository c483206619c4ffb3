import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type FlowSettings } from './flow-settings';
import { flowFragment, readFlowSettings, settingsFromFragment, sharedSettings } from './share-flow';

const SETTINGS: FlowSettings = {
  ...DEFAULT_SETTINGS,
  issuer: 'contoso.onmicrosoft.com',
  clientId: 'abc',
  loginHint: 'ada@contoso.com',
  prompt: 'login',
  extra: 'resource=https://api',
};

describe('#flow= links', () => {
  it('round-trip the non-secret settings', () => {
    const back = settingsFromFragment(flowFragment(SETTINGS));
    expect(back).toEqual({ ...SETTINGS, loginHint: '' });
  });

  it('leave out the login hint (it names a person) and defaults', () => {
    expect(sharedSettings(SETTINGS)).toEqual({
      issuer: 'contoso.onmicrosoft.com',
      clientId: 'abc',
      prompt: 'login',
      extra: 'resource=https://api',
    });
    expect(decodeURIComponent(flowFragment(SETTINGS))).not.toContain('ada@contoso.com');
  });

  it('leave out extra parameters that carry a token or name a person, keeping the others as typed', () => {
    const idToken = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZGEifQ.c2ln';
    const settings = { ...SETTINGS, extra: `resource=https://api\nid_token_hint=${idToken}\nmax_age=0&Login_Hint_Token=lht&x=1` };
    expect(sharedSettings(settings).extra).toBe('resource=https://api\nmax_age=0&x=1');
    const link = decodeURIComponent(flowFragment(settings));
    expect(link).not.toContain(idToken);
    expect(link).not.toContain('lht');
    // Only personal parameters: nothing of the extras is shared.
    expect(sharedSettings({ ...SETTINGS, extra: `id_token_hint=${idToken}` }).extra).toBeUndefined();
  });

  it('ignore a login hint written into a link by hand', () => {
    expect(settingsFromFragment(`#flow=${encodeURIComponent('{"loginHint":"x@y"}')}`)?.loginHint).toBe('');
  });

  it.each([['#token=abc'], ['#flow=%7B'], ['#flow=%5B1%5D'], ['']])('give null for %j', (hash) => {
    expect(settingsFromFragment(hash)).toBeNull();
  });

  it('drop unknown members, wrong types and unknown enum values', () => {
    expect(readFlowSettings({ clientId: 5, prompt: 'evil', responseMode: 'form_post', client_secret: 'x', issuer: 'common' })).toEqual({
      ...DEFAULT_SETTINGS,
      issuer: 'common',
    });
  });
});
