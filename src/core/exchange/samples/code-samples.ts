/** Chrome "Copy as cURL (bash)". */
export function curlBash(token: string): string {
  return [
    "curl 'https://graph.microsoft.com/v1.0/me/messages' \\",
    "  -H 'accept: */*' \\",
    "  -H 'accept-language: en-US,en;q=0.9' \\",
    `  -H 'authorization: Bearer ${token}' \\`,
    "  -b 'MUID=secret-cookie' \\",
    "  -H 'origin: https://developer.microsoft.com' \\",
    '  --compressed',
  ].join('\n');
}

/** Chrome "Copy as cURL (cmd)": cmd.exe escapes with ^. */
export function curlCmd(token: string): string {
  return [
    'curl ^"https://api.contoso.com/orders^" ^',
    '  -X ^"DELETE^" ^',
    `  -H ^"Authorization: Bearer ${token}^" ^`,
    '  -H ^"Cookie: x=secret^"',
  ].join('\n');
}

export function powerShellLiteral(token: string): string {
  return [
    `$headers = @{ "Authorization" = "Bearer ${token}"; "Cookie" = "x=secret" }`,
    'Invoke-RestMethod -Uri "https://management.azure.com/subscriptions?api-version=2022-12-01" `',
    '  -Method Get -Headers $headers',
  ].join('\n');
}

export const POWERSHELL_VARIABLE =
  'Invoke-WebRequest -Uri https://graph.microsoft.com/v1.0/users -Headers @{Authorization = "Bearer $token"}';

export function fetchCode(token: string): string {
  return [
    "const res = await fetch('https://api.contoso.com/v1/orders', {",
    "  method: 'POST',",
    `  headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ${token}' },`,
    '  body: JSON.stringify({ password: "hunter2" }),',
    '});',
  ].join('\n');
}

export const FETCH_TEMPLATE = 'fetch(`https://graph.microsoft.com/v1.0/me`, { headers: { Authorization: `Bearer ${accessToken}` } })';
