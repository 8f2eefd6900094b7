/**
 * The ZIP file format (PKWARE APPNOTE) as Info-ZIP's zip 3.0 writes it on Unix: local headers, central directory
 * and end record, with the extended-timestamp (`UT`) and Unix UID/GID (`ux`) extra fields. Reading keeps every
 * member's raw fields, so rewriting an archive that zip did not make leaves its members as they were.
 */

import { decodeBytes, encodeBytes } from '../bytes.ts';
import { patternSource } from '../glob.ts';

/** One member of an archive, with the fields both headers carry. */
export interface ZipMember {
  /** The stored name; a directory's ends in `/`. */
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  /** Uncompressed size in bytes. */
  readonly size: number;
  /** The member's data as stored (compressed when `method` is not 0). */
  readonly data: Uint8Array;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly flags: number;
  readonly versionMadeBy: number;
  readonly versionNeeded: number;
  /** Bit 0: zip judged the data text. */
  readonly internalAttrs: number;
  /** Unix mode in the high 16 bits, MS-DOS attributes in the low. */
  readonly externalAttrs: number;
  readonly localExtra: Uint8Array;
  readonly centralExtra: Uint8Array;
}

/** What a new member is made from. */
export interface MemberSource {
  readonly name: string;
  /** Empty for a directory. */
  readonly data: Uint8Array;
  readonly isDir: boolean;
  /** Permission bits, e.g. 0o644. */
  readonly mode: number;
  /** Modification time, epoch milliseconds (UTC: the simulated world's time zone). */
  readonly mtime: number;
  readonly uid: number;
  readonly gid: number;
  /** False for `zip -X`: no UT/ux extra fields. */
  readonly extraFields: boolean;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** Made by Unix (3), zip 3.0 (30). */
const MADE_BY_UNIX_30 = 0x031e;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const MSDOS_DIR = 0x10;
const MSDOS_READONLY = 0x01;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (ISO-HDLC), as zip stores it. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) crc = (CRC_TABLE[(crc ^ b) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS date and time of an instant; Info-ZIP rounds an odd second up (DOS time counts in 2 s). */
export function dosDateTime(epochMs: number): { date: number; time: number } {
  const seconds = Math.floor(epochMs / 1000);
  const d = new Date((seconds + (seconds & 1)) * 1000);
  if (d.getUTCFullYear() < 1980) return { date: (1 << 5) | 1, time: 0 };
  return {
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
  };
}

/** zlib's text test, which zip 3.0 uses: no control byte outside TAB LF CR FF VT BEL BS SUB ESC, and some text. */
export function looksLikeText(bytes: Uint8Array): boolean {
  let text = false;
  for (const b of bytes) {
    if (b <= 6 || (b >= 14 && b <= 25) || (b >= 28 && b <= 31)) return false;
    if (b === 9 || b === 10 || b === 13 || b >= 32) text = true;
  }
  return text;
}

/** A new stored member, with the headers zip 3.0 writes on Unix. */
export function storedMember(source: MemberSource): ZipMember {
  const { date, time } = dosDateTime(source.mtime);
  const unixTime = Math.floor(source.mtime / 1000);
  const type = source.isDir ? S_IFDIR : S_IFREG;
  const dosAttrs = (source.isDir ? MSDOS_DIR : 0) | (source.mode & 0o200 ? 0 : MSDOS_READONLY);
  const ux = (w: Writer) => w.u16(0x7875).u16(11).u8(1).u8(4).u32(source.uid).u8(4).u32(source.gid);
  const localExtra = source.extraFields
    ? ux(new Writer().u16(0x5455).u16(9).u8(3).u32(unixTime).u32(unixTime)).bytes()
    : new Uint8Array();
  const centralExtra = source.extraFields
    ? ux(new Writer().u16(0x5455).u16(5).u8(3).u32(unixTime)).bytes()
    : new Uint8Array();
  return {
    name: source.name,
    method: 0,
    crc: crc32(source.data),
    size: source.data.length,
    data: source.data,
    dosTime: time,
    dosDate: date,
    flags: 0,
    versionMadeBy: MADE_BY_UNIX_30,
    versionNeeded: 10,
    internalAttrs: !source.isDir && looksLikeText(source.data) ? 1 : 0,
    externalAttrs: (((type | (source.mode & 0o7777)) << 16) | dosAttrs) >>> 0,
    localExtra,
    centralExtra,
  };
}

/** The bytes of an archive holding `members` in order. */
export function writeZip(members: readonly ZipMember[]): Uint8Array {
  const body = new Writer();
  const central = new Writer();
  for (const m of members) {
    const offset = body.length;
    const name = encodeBytes(m.name);
    body
      .u32(LOCAL)
      .u16(m.versionNeeded)
      .u16(m.flags)
      .u16(m.method)
      .u16(m.dosTime)
      .u16(m.dosDate)
      .u32(m.crc)
      .u32(m.data.length)
      .u32(m.size)
      .u16(name.length)
      .u16(m.localExtra.length)
      .raw(name)
      .raw(m.localExtra)
      .raw(m.data);
    central
      .u32(CENTRAL)
      .u16(m.versionMadeBy)
      .u16(m.versionNeeded)
      .u16(m.flags)
      .u16(m.method)
      .u16(m.dosTime)
      .u16(m.dosDate)
      .u32(m.crc)
      .u32(m.data.length)
      .u32(m.size)
      .u16(name.length)
      .u16(m.centralExtra.length)
      .u16(0)
      .u16(0)
      .u16(m.internalAttrs)
      .u32(m.externalAttrs)
      .u32(offset)
      .raw(name)
      .raw(m.centralExtra);
  }
  const cdOffset = body.length;
  body.raw(central.bytes());
  body
    .u32(END)
    .u16(0)
    .u16(0)
    .u16(members.length)
    .u16(members.length)
    .u32(central.length)
    .u32(cdOffset)
    .u16(0);
  return body.bytes();
}

/** The members of an archive, or null when it has no readable central directory (not a zip). */
export function readZip(bytes: Uint8Array): ZipMember[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff) && end < 0; i--)
    if (view.getUint32(i, true) === END) end = i;
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const members: ZipMember[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const compressedSize = view.getUint32(at + 20, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) return null;
    const localNameLength = view.getUint16(local + 26, true);
    const localExtraLength = view.getUint16(local + 28, true);
    const dataStart = local + 30 + localNameLength + localExtraLength;
    if (dataStart + compressedSize > bytes.length) return null;
    members.push({
      name: decodeBytes(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      size: view.getUint32(at + 24, true),
      data: bytes.slice(dataStart, dataStart + compressedSize),
      dosTime: view.getUint16(at + 12, true),
      dosDate: view.getUint16(at + 14, true),
      flags: view.getUint16(at + 8, true),
      versionMadeBy: view.getUint16(at + 4, true),
      versionNeeded: view.getUint16(at + 6, true),
      internalAttrs: view.getUint16(at + 36, true),
      externalAttrs: view.getUint32(at + 38, true),
      localExtra: bytes.slice(local + 30 + localNameLength, dataStart),
      centralExtra: bytes.slice(at + 46 + nameLength, at + 46 + nameLength + extraLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return members;
}

/** A name pattern as zip and unzip match it: `*`, `?` and `[…]`, where `*` and `?` match `/` too. */
export function wildcard(pattern: string): RegExp {
  return new RegExp(`^${patternSource([{ text: pattern, quoted: false }])}$`, 's');
}

/** A member's modification time in epoch ms: the UT extra field's when present, else its DOS date and time. */
export function memberTime(member: ZipMember): number {
  const extra = new DataView(
    member.centralExtra.buffer,
    member.centralExtra.byteOffset,
    member.centralExtra.byteLength,
  );
  for (let i = 0; i + 4 <= extra.byteLength; i += 4 + extra.getUint16(i + 2, true)) {
    if (extra.getUint16(i, true) === 0x5455 && extra.getUint16(i + 2, true) >= 5 && extra.getUint8(i + 4) & 1)
      return extra.getUint32(i + 5, true) * 1000;
  }
  const { dosDate: d, dosTime: t } = member;
  return Date.UTC(1980 + (d >> 9), ((d >> 5) & 15) - 1, d & 31, t >> 11, (t >> 5) & 63, (t & 31) * 2);
}

/** A member's Unix permission bits (0o644 when the archive was not made on Unix). */
export function memberMode(member: ZipMember): number {
  const unix = member.versionMadeBy >> 8 === 3 ? member.externalAttrs >>> 16 : 0;
  return unix ? unix & 0o7777 : member.name.endsWith('/') ? 0o755 : 0o644;
}

/** Little-endian byte builder. */
class Writer {
  private readonly out: number[] = [];
  get length(): number {
    return this.out.length;
  }
  u8(n: number): this {
    this.out.push(n & 0xff);
    return this;
  }
  u16(n: number): this {
    this.out.push(n & 0xff, (n >>> 8) & 0xff);
    return this;
  }
  u32(n: number): this {
    this.out.push(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);
    return this;
  }
  raw(bytes: Uint8Array): this {
    for (const b of bytes) this.out.push(b);
    return this;
  }
  bytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}
