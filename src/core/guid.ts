const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for the 8-4-4-4-12 hex form Entra uses for tenant, object and app ids. Does NOT check the version nibble. */
export function isGuid(value: unknown): value is string {
  return typeof value === 'string' && GUID.test(value);
}
