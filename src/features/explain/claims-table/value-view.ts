import { describeClaim } from '../../../core/claims/catalog';
import { numericDateProblem, splitListClaim, type NumericDateProblem } from '../../../core/claims/format';
import { describeEnum, nameAudience, nameWellKnownId, type EnumCode, type WellKnownId } from '../../../core/claims/well-known';
import { prettyJson } from '../../../lib/pretty-json';

/** Something worth saying about one value: an enum meaning, a named Microsoft GUID, a named API. */
export type ValueNote = { kind: 'enum'; code: EnumCode } | { kind: 'well-known'; id: WellKnownId } | { kind: 'audience'; name: string };

export type ValueItem = { text: string; note?: ValueNote };

/** How one claim value is shown: a date, chips, one scalar, or pretty JSON text. */
export type ValueView =
  | { kind: 'date'; seconds: number }
  | { kind: 'bad-date'; text: string; problem: NumericDateProblem }
  | { kind: 'list'; items: ValueItem[] }
  | { kind: 'scalar'; item: ValueItem }
  | { kind: 'json'; text: string };

function noteFor(name: string, text: string, raw: unknown): ValueNote | undefined {
  const code = describeEnum(name, raw);
  if (code !== null) return { kind: 'enum', code };
  if (name === 'aud') {
    const api = nameAudience(text);
    if (api !== null) return { kind: 'audience', name: api.name };
  }
  const id = nameWellKnownId(text);
  return id === null ? undefined : { kind: 'well-known', id };
}

function item(name: string, raw: unknown): ValueItem {
  const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
  const note = noteFor(name, text, raw);
  return note === undefined ? { text } : { text, note };
}

/** Whether a claim is shown as a date (a NumericDate per the catalog), the only kind whose text follows the clock. */
export function isDateClaim(name: string): boolean {
  const info = describeClaim(name);
  return !info.custom && info.valueKind === 'numeric-date';
}

/**
 * Picks a readable form for a payload claim: NumericDates (per the catalog) as dates, list claims
 * (`scp`, `roles`, `groups`, `wids`, `amr`, any array of scalars) as separate items, nested objects
 * as JSON text, and names enum values and well-known GUIDs. Does not judge whether the value is valid.
 */
export function valueView(name: string, value: unknown): ValueView {
  if (isDateClaim(name)) {
    const problem = numericDateProblem(value);
    return problem === null ? { kind: 'date', seconds: value as number } : { kind: 'bad-date', text: JSON.stringify(value) ?? '', problem };
  }
  const list = splitListClaim(name, value);
  if (list !== null) {
    const raw: readonly unknown[] = Array.isArray(value) ? (value as readonly unknown[]) : list;
    return { kind: 'list', items: raw.map((v) => item(name, v)) };
  }
  if (value !== null && typeof value === 'object') return { kind: 'json', text: prettyJson(value) ?? '…' };
  return { kind: 'scalar', item: item(name, value) };
}

/** True when `_claim_names` points the `groups` claim elsewhere (OIDC Core §5.6.2, Entra groups overage). */
export function isGroupsOverage(name: string, value: unknown): boolean {
  return name === '_claim_names' && typeof value === 'object' && value !== null && Object.hasOwn(value, 'groups');
}
