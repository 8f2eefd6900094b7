import { type Random, randomString } from './random.ts';

const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const HEX = '0123456789abcdef';

/**
 * Prefixes of IAM unique identifiers ("IAM identifiers" in the IAM User Guide): the first four characters
 * tell the kind of entity.
 */
export const idPrefixes = {
  user: 'AIDA',
  group: 'AGPA',
  role: 'AROA',
  managedPolicy: 'ANPA',
  instanceProfile: 'AIPA',
  accessKey: 'AKIA',
  sessionAccessKey: 'ASIA',
  serverCertificate: 'ASCA',
} as const;

export type IdKind = keyof typeof idPrefixes;

/** Generates AWS-shaped identifiers from a seeded source. */
export interface IdGenerator {
  /** A unique id such as `AROA` + 17 characters (21 in all), or an access key id (`AKIA`/`ASIA` + 16). */
  uniqueId(kind: IdKind): string;
  /** A 40-character secret access key. */
  secretAccessKey(): string;
  /** An STS session token (long, base64-looking). */
  sessionToken(): string;
  /** `i-` followed by 17 hex digits. */
  instanceId(): string;
  /** Hex id with an AWS-style prefix, e.g. `iip-assoc-`, `vpc-`, `subnet-`, `sg-`, `ami-`. */
  hexId(prefix: string, length?: number): string;
  /** A version-4 style UUID (request ids, event ids). */
  uuid(): string;
  /** The random source, for snapshots. */
  readonly random: Random;
}

/** Creates an id generator over a seeded random source. */
export function createIdGenerator(random: Random): IdGenerator {
  const hex = (n: number) => randomString(random, HEX, n);
  return {
    random,
    uniqueId(kind) {
      const prefix = idPrefixes[kind];
      const rest = kind === 'accessKey' || kind === 'sessionAccessKey' ? 16 : 17;
      return prefix + randomString(random, UPPER_DIGITS, rest);
    },
    secretAccessKey: () => randomString(random, SECRET_ALPHABET, 40),
    sessionToken: () => `IQoJb3JpZ2luX2VjE${randomString(random, SECRET_ALPHABET, 339)}`,
    instanceId: () => `i-0${hex(16)}`,
    hexId: (prefix, length = 17) => `${prefix}0${hex(length - 1)}`,
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[random.nextUint32() % 4]}${hex(3)}-${hex(12)}`,
  };
}
