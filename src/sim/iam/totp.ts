import { hmac, sha1 } from './hmac.ts';

/** TOTP time step in seconds and code length (RFC 6238 defaults, what AWS virtual MFA devices use). */
const STEP_SECONDS = 30;
const DIGITS = 6;

/** The time-step counter at `epochMs`. */
export function timeStep(epochMs: number): number {
  return Math.floor(epochMs / 1000 / STEP_SECONDS);
}

/** The 6-digit HOTP code (RFC 4226, HMAC-SHA1, dynamic truncation) for counter `step`. */
export function hotp(secret: Uint8Array, step: number): string {
  const counter = new Uint8Array(8);
  const view = new DataView(counter.buffer);
  view.setUint32(0, Math.floor(step / 2 ** 32));
  view.setUint32(4, step >>> 0);
  const mac = hmac(sha1, secret, counter);
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = new DataView(mac.buffer, mac.byteOffset + offset, 4).getUint32(0) & 0x7fffffff;
  return String(binary % 10 ** DIGITS).padStart(DIGITS, '0');
}

/** The TOTP code (RFC 6238) shown at `epochMs`. */
export function totp(secret: Uint8Array, epochMs: number): string {
  return hotp(secret, timeStep(epochMs));
}

/**
 * Finds the time step a code belongs to within ±`window` steps of now (AWS accepts codes a little out of sync),
 * or null.
 */
export function matchStep(secret: Uint8Array, code: string, epochMs: number, window = 1): number | null {
  const now = timeStep(epochMs);
  for (let d = -window; d <= window; d++) if (hotp(secret, now + d) === code) return now + d;
  return null;
}
