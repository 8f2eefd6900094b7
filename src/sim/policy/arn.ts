import { globMatcher, type Matcher } from './wildcard.ts';

/** The six colon-delimited parts of an ARN (the resource part keeps any further colons). */
export interface ArnParts {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  readonly resource: string;
}

/** Splits an ARN, or returns null when the text is not `arn:partition:service:region:account:resource`. */
export function parseArn(text: string): ArnParts | null {
  const parts = text.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return null;
  const [, partition = '', service = '', region = '', account = ''] = parts;
  return { partition, service, region, account, resource: parts.slice(5).join(':') };
}

const accounts = new Map<string, string | undefined>();

/** The account id an ARN names, or undefined (S3 bucket ARNs carry none). */
export function arnAccount(text: string): string | undefined {
  if (accounts.has(text)) return accounts.get(text);
  const account = parseArn(text)?.account || undefined;
  if (accounts.size > 10_000) accounts.clear();
  accounts.set(text, account);
  return account;
}

/**
 * ArnEquals/ArnLike matcher: "Each of the six colon-delimited components of the ARN is checked separately
 * and each can include multi-character match wildcards (*) or single-character match wildcards (?)"
 * (IAM JSON policy elements: Condition operators). Case-sensitive.
 */
export function arnLikeMatcher(pattern: string): Matcher {
  if (pattern === '*') return () => true;
  const p = parseArn(pattern);
  if (!p) return globMatcher(pattern, false);
  const parts = [p.partition, p.service, p.region, p.account, p.resource].map((seg) =>
    globMatcher(seg, false),
  );
  return (value) => {
    const v = parseArn(value);
    if (!v) return false;
    const values = [v.partition, v.service, v.region, v.account, v.resource];
    return parts.every((m, i) => m(values[i] as string));
  };
}
