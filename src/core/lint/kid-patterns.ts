/** The kinds of injection a `kid` value can look like. */
export type KidAttack = 'path_traversal' | 'sql_injection' | 'command_injection';

type Pattern = { readonly name: string; readonly test: { test(kid: string): boolean } };

// Verifiers that look keys up by `kid` in files, SQL tables or shell commands turn a crafted kid into
// an attack (RFC 8725 §3.10: the header is attacker-controlled until verified).
const PATH: readonly Pattern[] = [
  { name: '../', test: /\.\.[/\\]/ },
  { name: '%2e%2e', test: /%2e%2e/i },
  { name: '/etc/passwd', test: /\/etc\/(?:passwd|shadow|hosts)/i },
  { name: '/dev/null', test: /\/dev\/(?:null|zero|random|urandom)/i },
  { name: 'NUL byte', test: { test: (kid: string) => kid.includes('\u0000') || kid.includes('%00') } },
];

const SQL: readonly Pattern[] = [
  { name: "' OR", test: /['"]\s*(?:or|and)\b/i },
  { name: 'UNION SELECT', test: /\bunion\b[\s\S]*\bselect\b/i },
  { name: '--', test: /--/ },
  { name: ';', test: /;/ },
  { name: '/*', test: /\/\*/ },
];

const COMMAND: readonly Pattern[] = [
  { name: '$(', test: /\$\(/ },
  { name: '`', test: /`/ },
  { name: '&&', test: /&&/ },
  { name: '||', test: /\|\|/ },
  { name: '|', test: /\|/ },
  { name: 'line break', test: /[\r\n]/ },
];

// Real key ids are base64/base64url/hex/GUIDs (with dots or colons at most). They can contain "--"
// by chance, so comment markers only count in a kid that is already outside that alphabet.
const ORDINARY_KID = /^[A-Za-z0-9_\-.=+/:]*$/;

function firstMatch(kid: string, patterns: readonly Pattern[]): string | null {
  for (const p of patterns) if (p.test.test(kid)) return p.name;
  return null;
}

/**
 * Names the injection patterns a `kid` header value contains, one per kind, with the first pattern
 * that matched. A hit means "built like an attack", not that any verifier is vulnerable; an empty
 * list does not prove the value is safe for a lookup.
 */
export function kidAttacks(kid: string): { attack: KidAttack; pattern: string }[] {
  const out: { attack: KidAttack; pattern: string }[] = [];
  const path = firstMatch(kid, PATH);
  if (path !== null) out.push({ attack: 'path_traversal', pattern: path });
  if (!ORDINARY_KID.test(kid)) {
    const sql = firstMatch(kid, SQL);
    if (sql !== null) out.push({ attack: 'sql_injection', pattern: sql });
    const cmd = firstMatch(kid, COMMAND);
    if (cmd !== null) out.push({ attack: 'command_injection', pattern: cmd });
  }
  return out;
}
