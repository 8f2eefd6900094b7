import { type AwsError, awsError } from '../aws-error.ts';
import type { ServiceModel, Shape } from './model-types.ts';

/**
 * The error code a service's front end uses for constraint violations: query-protocol services (IAM, STS) answer
 * `ValidationError`, JSON-protocol services (DynamoDB, Lambda, Organizations, Access Analyzer, CloudTrail)
 * `ValidationException`. CloudWatch Logs answers `InvalidParameterException` (wording unverified).
 */
export const VALIDATION_CODES: Readonly<Record<string, string>> = {
  dynamodb: 'ValidationException',
  lambda: 'ValidationException',
  organizations: 'ValidationException',
  accessanalyzer: 'ValidationException',
  cloudtrail: 'ValidationException',
  logs: 'InvalidParameterException',
};

/**
 * Checks request parameters against the operation's input shape the way AWS's front end does, and returns AWS's
 * `ValidationError` ("1 validation error detected: Value 'x' at 'roleName' failed to satisfy constraint: ...",
 * problems joined by "; "), or null. Unknown members and wrong types are simulator bugs (the CLI front checks them).
 */
export function validateInput(
  model: ServiceModel,
  operation: string,
  params: Record<string, unknown>,
  code = 'ValidationError',
): AwsError | null {
  const input = model.operations[operation]?.input;
  if (!input) return null;
  const problems: string[] = [];
  checkStructure(model, shape(model, input), params, '', problems);
  if (problems.length === 0) return null;
  const count = problems.length === 1 ? '1 validation error' : `${problems.length} validation errors`;
  return awsError(code, `${count} detected: ${problems.join('; ')}`, 400);
}

function shape(model: ServiceModel, name: string): Shape {
  const found = model.shapes[name];
  if (!found) throw new Error(`service model has no shape ${name}`);
  return found;
}

function checkStructure(
  model: ServiceModel,
  struct: Shape,
  value: unknown,
  prefix: string,
  problems: string[],
): void {
  if (typeof value !== 'object' || value === null) throw new Error(`expected an object at '${prefix}'`);
  const record = value as Record<string, unknown>;
  for (const name of Object.keys(record)) {
    if (!struct.members?.[name]) throw new Error(`unknown parameter ${prefix}${name}`);
  }
  for (const [name, shapeName] of Object.entries(struct.members ?? {})) {
    const at = prefix + lowerFirst(name);
    const member = record[name];
    if (member === undefined || member === null) {
      if (struct.required?.includes(name))
        problems.push(`Value null at '${at}' failed to satisfy constraint: Member must not be null`);
      continue;
    }
    checkValue(model, shape(model, shapeName), member, at, problems);
  }
}

function checkValue(model: ServiceModel, s: Shape, value: unknown, at: string, problems: string[]): void {
  const fail = (constraint: string) =>
    problems.push(
      `Value '${display(value)}' at '${at}' failed to satisfy constraint: Member must ${constraint}`,
    );
  switch (s.type) {
    case 'string': {
      if (typeof value !== 'string') throw new Error(`expected a string at '${at}'`);
      const length = [...value].length;
      if (s.min !== undefined && length < s.min) fail(`have length greater than or equal to ${s.min}`);
      if (s.max !== undefined && length > s.max) fail(`have length less than or equal to ${s.max}`);
      if (s.pattern !== undefined && !fullMatch(s.pattern, value))
        fail(`satisfy regular expression pattern: ${s.pattern}`);
      if (s.enum && !s.enum.includes(value)) fail(`satisfy enum value set: [${s.enum.join(', ')}]`);
      return;
    }
    case 'integer':
      // botocore lets a boolean through where an integer goes (Python's bool is an int); wording unverified.
      if (typeof value === 'boolean') {
        fail('be an integer');
        return;
      }
      if (typeof value !== 'number' || !Number.isInteger(value))
        throw new Error(`expected an integer at '${at}'`);
      if (s.min !== undefined && value < s.min) fail(`have value greater than or equal to ${s.min}`);
      if (s.max !== undefined && value > s.max) fail(`have value less than or equal to ${s.max}`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') throw new Error(`expected a boolean at '${at}'`);
      return;
    case 'list': {
      if (!Array.isArray(value)) throw new Error(`expected a list at '${at}'`);
      if (s.max !== undefined && value.length > s.max) fail(`have length less than or equal to ${s.max}`);
      const member = shape(model, s.member ?? '');
      value.forEach((item, i) => {
        if (member.type === 'structure')
          checkStructure(model, member, item, `${at}.${i + 1}.member.`, problems);
        else checkValue(model, member, item, `${at}.${i + 1}.member`, problems);
      });
      return;
    }
    case 'structure':
      checkStructure(model, s, value, `${at}.`, problems);
      return;
    default:
      return;
  }
}

const compiled = new Map<string, RegExp>();

/** Compiles an AWS (Java-syntax) pattern to match a whole value. */
export function compilePattern(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    // `u` mode reads `\p{L}` and `\u002F`; it rejects identity escapes such as `\-`, which Java allows.
    const body = `^(?:${pattern})$`;
    try {
      re = new RegExp(body, 'u');
    } catch {
      re = new RegExp(body.replace(/\\([-/!#%&',:;<=>@_`~ ])/g, '$1'), 'u');
    }
    compiled.set(pattern, re);
  }
  return re;
}

function fullMatch(pattern: string, value: string): boolean {
  return compilePattern(pattern).test(value);
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** A value as the Java front end prints it: lists in brackets, structures as `{Name: value,Other: value}`. */
function display(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(display).join(', ')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${display(v)}`)
      .join(',')}}`;
  return String(value);
}
