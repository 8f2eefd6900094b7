import { base32Decode } from '../iam/base32.ts';
import type { Operation } from '../world/operation.ts';

/**
 * GetAccessKeyInfo: the account that owns an access key id (AKIA… or ASIA…); needs no permission. AWS answers for keys
 * of any account, the account being encoded in the key id itself. The sim answers from its own records for keys it
 * issued (their ids are random and encode nothing) and decodes the others, deleted keys of its own included (AWS "might
 * return an error that the key doesn't exist" for those, per the API reference; that error is not simulated).
 */
export const getAccessKeyInfo: Operation = {
  authorization: null,
  run(params, ctx) {
    const id = String(params.AccessKeyId);
    const account =
      ctx.state.accessKeys[id]?.accountId ??
      ctx.state.sessions[id]?.accountId ??
      ctx.state.userSessions?.[id]?.accountId ??
      accountFromKeyId(id) ??
      // A key id whose account part is not base32: what AWS answers is unverified.
      ctx.principal.accountId;
    return { Account: account };
  },
};

/** The account part of a key id: the 10 base32 characters after the 4-character prefix (48 bits and 2 spare). */
const ACCOUNT_PART = /^.{4}([A-Z2-7]{10})/;

/**
 * The 12-digit account encoded in an access key id, or null when it has no base32 account part. Researchers' decoding
 * (Tal Beery, "A short note on AWS KEY ID", refining Aidan Steele's "AWS Access Key ID formats"): base32-decode the id
 * after its prefix; the account is bits 7–46 of the first 6 bytes, `(int(bytes[0:6]) & 0x7fffffffff80) >> 7`. It
 * gives 581039954779 for AWS's AKIAIOSFODNN7EXAMPLE, 058264426529 for ASIAQ3EGUTAQQBNZ4Z5V and 609629065308 for the
 * researchers' ASIAY34FZKBOKMUTVV7A (the account GetAccessKeyInfo returned for it).
 */
export function accountFromKeyId(keyId: string): string | null {
  const part = ACCOUNT_PART.exec(keyId)?.[1];
  const bytes = part === undefined ? null : base32Decode(part);
  if (!bytes || bytes.length < 6) return null;
  let value = 0n;
  for (const byte of bytes.subarray(0, 6)) value = (value << 8n) | BigInt(byte);
  return ((value & 0x7fffffffff80n) >> 7n).toString().padStart(12, '0');
}
