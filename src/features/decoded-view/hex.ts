/** Lower-case hex with a space every byte, for showing signatures and binary payloads. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += (i ? ' ' : '') + (bytes[i] as number).toString(16).padStart(2, '0');
  return out;
}
