import { describe, expect, it } from 'vitest';
import { TEMPLATE_IDS, templateToken } from './templates';
import { setTimes } from './time-helpers';

const NOW = 1_800_000_000;

describe('templates', () => {
  it('time every template from the given now and never hard-code a date', () => {
    for (const id of TEMPLATE_IDS) {
      const a = templateToken(id, NOW).payload;
      const b = templateToken(id, NOW + 100).payload;
      expect(Number(b['exp']) - Number(a['exp']), id).toBe(100);
      expect(Number(a['exp']), id).toBeGreaterThan(NOW);
      expect(Number(a['iat']), id).toBeLessThanOrEqual(NOW);
    }
  });

  it('make the Entra app-only token carry roles and oid equal to sub, the delegated one scp', () => {
    const app = templateToken('entra-access-app', NOW).payload;
    expect(app['oid']).toBe(app['sub']);
    expect(app['roles']).toEqual(['Orders.Read.All']);
    expect(app['idtyp']).toBe('app');
    expect(templateToken('entra-access-delegated', NOW).payload['scp']).toBe('Orders.Read Orders.Write');
  });

  it('use the v2 Entra issuer without a trailing slash and the B2C issuer with one', () => {
    expect(String(templateToken('entra-id', NOW).payload['iss'])).toMatch(/^https:\/\/login\.microsoftonline\.com\/[0-9a-f-]{36}\/v2\.0$/);
    expect(String(templateToken('b2c-id', NOW).payload['iss'])).toMatch(/\/v2\.0\/$/);
  });
});

describe('setTimes', () => {
  it('sets iat and nbf to now and exp to now plus the lifetime, keeping other claims', () => {
    expect(setTimes({ sub: 'x', exp: 1 }, NOW, 3600)).toEqual({ sub: 'x', exp: NOW + 3600, iat: NOW, nbf: NOW });
  });
});
