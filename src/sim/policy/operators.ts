import ipaddr from 'ipaddr.js';
import { arnLikeMatcher } from './arn.ts';
import type { RequestContext } from './context.ts';
import { parseAwsDate } from './dates.ts';
import type { ConditionOperator, PolicyVersion } from './types.ts';
import { parseTemplate, resolvePattern, resolveText, type Template } from './variables.ts';
import { globMatcher, type Matcher } from './wildcard.ts';

/** Tests one request value against one policy value; null when a policy variable had no value. */
export type ValueTest = (actual: string, context: RequestContext) => boolean | null;

/** How an operator compares: its positive test and whether the operator negates it (NOR over values). */
export interface OperatorSpec {
  readonly negated: boolean;
  readonly compile: (expected: string, version: PolicyVersion) => ValueTest;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const toNumber = (text: string): number | null => (NUMBER.test(text.trim()) ? Number(text) : null);

function ordered(parse: (t: string) => number | null, cmp: (a: number, b: number) => boolean) {
  return (expected: string): ValueTest => {
    const e = parse(expected);
    return (actual) => {
      const a = parse(actual);
      return e !== null && a !== null && cmp(a, e);
    };
  };
}

/** Equality after variable substitution, optionally through a normaliser. */
function textEquals(normalise: (t: string) => string) {
  return (expected: string, version: PolicyVersion): ValueTest => {
    const template = parseTemplate(expected, version);
    if (!template.hasVariables) {
      const e = normalise(expected);
      return (actual) => normalise(actual) === e;
    }
    return (actual, context) => {
      const r = resolveText(template, context);
      return r.ok ? normalise(actual) === normalise(r.text) : null;
    };
  };
}

const patternCache = new Map<string, RegExp>();

function templateGlob(template: Template, ignoreCase: boolean): ValueTest {
  return (actual, context) => {
    const r = resolvePattern(template, context, false);
    if (!r.ok) return null;
    let re = patternCache.get(r.text);
    if (!re) {
      re = new RegExp(`^${r.text}$`, ignoreCase ? 'is' : 's');
      patternCache.set(r.text, re);
    }
    return re.test(actual);
  };
}

function stringLike(expected: string, version: PolicyVersion): ValueTest {
  const template = parseTemplate(expected, version);
  if (template.hasVariables) return templateGlob(template, false);
  const m = globMatcher(expected, false);
  return (actual) => m(actual);
}

function arnLike(expected: string, version: PolicyVersion): ValueTest {
  const template = parseTemplate(expected, version);
  if (!template.hasVariables) {
    const m = arnLikeMatcher(expected);
    return (actual) => m(actual);
  }
  const cache = new Map<string, Matcher>();
  return (actual, context) => {
    const r = resolveText(template, context);
    if (!r.ok) return null;
    let m = cache.get(r.text);
    if (!m) {
      m = arnLikeMatcher(r.text);
      cache.set(r.text, m);
    }
    return m(actual);
  };
}

const ipCache = new Map<string, ipaddr.IPv4 | ipaddr.IPv6 | null>();
function parseIp(text: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  let ip = ipCache.get(text);
  if (ip === undefined) {
    ip = ipaddr.isValid(text) ? ipaddr.process(text) : null;
    ipCache.set(text, ip);
  }
  return ip;
}

function ipAddress(expected: string): ValueTest {
  let range: [ipaddr.IPv4 | ipaddr.IPv6, number] | null = null;
  try {
    range = expected.includes('/') ? ipaddr.parseCIDR(expected) : null;
    if (!range) {
      const ip = ipaddr.process(expected);
      range = [ip, ip.kind() === 'ipv4' ? 32 : 128];
    }
  } catch {
    range = null;
  }
  return (actual) => {
    const ip = parseIp(actual.trim());
    if (!range || !ip || ip.kind() !== range[0].kind()) return false;
    return ip.match(range as [ipaddr.IPv4, number]);
  };
}

const equalsNumber = ordered(toNumber, (a, b) => a === b);
const equalsDate = ordered(parseAwsDate, (a, b) => a === b);
const lower = (t: string) => t.toLowerCase();
const same = (t: string) => t;

/** Every documented operator (IAM JSON policy elements: Condition operators). */
export const OPERATORS: Readonly<Record<ConditionOperator, OperatorSpec>> = {
  StringEquals: { negated: false, compile: textEquals(same) },
  StringNotEquals: { negated: true, compile: textEquals(same) },
  StringEqualsIgnoreCase: { negated: false, compile: textEquals(lower) },
  StringNotEqualsIgnoreCase: { negated: true, compile: textEquals(lower) },
  StringLike: { negated: false, compile: stringLike },
  StringNotLike: { negated: true, compile: stringLike },
  NumericEquals: { negated: false, compile: equalsNumber },
  NumericNotEquals: { negated: true, compile: equalsNumber },
  NumericLessThan: { negated: false, compile: ordered(toNumber, (a, b) => a < b) },
  NumericLessThanEquals: { negated: false, compile: ordered(toNumber, (a, b) => a <= b) },
  NumericGreaterThan: { negated: false, compile: ordered(toNumber, (a, b) => a > b) },
  NumericGreaterThanEquals: { negated: false, compile: ordered(toNumber, (a, b) => a >= b) },
  DateEquals: { negated: false, compile: equalsDate },
  DateNotEquals: { negated: true, compile: equalsDate },
  DateLessThan: { negated: false, compile: ordered(parseAwsDate, (a, b) => a < b) },
  DateLessThanEquals: { negated: false, compile: ordered(parseAwsDate, (a, b) => a <= b) },
  DateGreaterThan: { negated: false, compile: ordered(parseAwsDate, (a, b) => a > b) },
  DateGreaterThanEquals: { negated: false, compile: ordered(parseAwsDate, (a, b) => a >= b) },
  Bool: { negated: false, compile: textEquals(lower) },
  BinaryEquals: { negated: false, compile: textEquals(same) },
  IpAddress: { negated: false, compile: ipAddress },
  NotIpAddress: { negated: true, compile: ipAddress },
  ArnEquals: { negated: false, compile: arnLike },
  ArnLike: { negated: false, compile: arnLike },
  ArnNotEquals: { negated: true, compile: arnLike },
  ArnNotLike: { negated: true, compile: arnLike },
  // Null is decided on presence alone (see conditions.ts); this test is never called.
  Null: { negated: false, compile: () => () => false },
};
