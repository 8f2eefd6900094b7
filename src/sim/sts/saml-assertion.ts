import { base64url } from 'jose';
import { fromUtf8, hmac, sha256, utf8 } from '../iam/hmac.ts';

/**
 * AWS's global sign-in endpoint for SAML: where IdPs post responses, the usual `Recipient` (which becomes the
 * response's `Audience` and `SAML:aud`) and the usual `<Audience>`.
 */
export const AWS_SAML_ENDPOINT = 'https://signin.aws.amazon.com/saml';
const ROLE_ATTRIBUTE = 'https://aws.amazon.com/SAML/Attributes/Role';
const SESSION_ATTRIBUTE = 'https://aws.amazon.com/SAML/Attributes/RoleSessionName';

/** What the sim reads from a SAML response; an element or attribute the response lacks is `''`, null or empty. */
export interface SamlAssertion {
  /** The assertion's `<Issuer>`, `''` when absent. */
  readonly issuer: string;
  /** `IssueInstant` of the assertion (or of the response), null when absent. */
  readonly issueInstant: string | null;
  /** The `NameID`, `''` when absent. */
  readonly subject: string;
  /** `persistent`, `transient`, or the full format URI for others. */
  readonly subjectType: string;
  /** `Recipient` of `SubjectConfirmationData`: the response's `Audience` and `SAML:aud`. */
  readonly recipient: string | null;
  /** `NotOnOrAfter` of `SubjectConfirmationData`. */
  readonly confirmationNotOnOrAfter: string | null;
  /** `NotOnOrAfter` of `Conditions`, null when absent. */
  readonly notOnOrAfter: string | null;
  /** The `<Audience>` values of the `AudienceRestriction`. */
  readonly audiences: readonly string[];
  /** Attribute name → values, including the AWS Role and RoleSessionName attributes. */
  readonly attributes: Readonly<Record<string, readonly string[]>>;
  readonly signature: string;
}

/** What `world.issueSamlAssertion` needs. */
export interface SamlAssertionRequest {
  /** The IdP's entityID (the registered provider's metadata names it). */
  readonly issuer: string;
  /** The SAML provider ARN in IAM. */
  readonly provider: string;
  /** The role(s) the user may pick. */
  readonly roleArn: string | readonly string[];
  /** NameID. */
  readonly subject: string;
  /** The RoleSessionName attribute (default the subject); null leaves the attribute out. */
  readonly sessionName?: string | null;
  /** Sent as the multivalued `eduPersonAffiliation` attribute (`SAML:edupersonaffiliation`). */
  readonly groups?: readonly string[];
  readonly attributes?: Readonly<Record<string, string | readonly string[]>>;
  /** Lifetime in seconds of both `NotOnOrAfter`s (default 300; negative for an already expired response). */
  readonly expiresInSeconds?: number;
  /** `Recipient` of `SubjectConfirmationData` (default AWS's sign-in endpoint); null leaves it out. */
  readonly recipient?: string | null;
  /** `<Audience>` values (default AWS's sign-in endpoint); an empty list leaves the `AudienceRestriction` out. */
  readonly audiences?: readonly string[];
}

type Unsigned = Omit<SamlAssertion, 'signature'>;

/**
 * The simulated IdP's signature: HMAC-SHA256 with a key derived from the issuer over what the sim reads, so editing
 * the decoded XML (adding a group) breaks it. Real IdPs sign the canonical XML with RSA; the lessons need only that
 * a tampered assertion is refused.
 */
function signatureOf(a: Unsigned): string {
  const key = hmac(sha256, utf8('iam-roles-lab simulated SAML IdP'), utf8(a.issuer));
  const attrs = Object.keys(a.attributes)
    .sort()
    .map((k) => [k, a.attributes[k]]);
  const body = JSON.stringify([
    a.issuer,
    a.issueInstant,
    a.subject,
    a.subjectType,
    a.recipient,
    a.confirmationNotOnOrAfter,
    a.notOnOrAfter,
    a.audiences,
    attrs,
  ]);
  return base64url.encode(hmac(sha256, key, utf8(body)));
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unesc = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
/** SAML's dateTime as IdPs commonly write it: whole seconds, `Z`. */
const instant = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;

/** Builds a base64 SAML Response with one signed assertion. */
export function mintSamlAssertion(request: SamlAssertionRequest, now: Date): string {
  const roles = typeof request.roleArn === 'string' ? [request.roleArn] : request.roleArn;
  const sessionName = request.sessionName === undefined ? request.subject : request.sessionName;
  const attributes: Record<string, readonly string[]> = {
    [ROLE_ATTRIBUTE]: roles.map((r) => `${r},${request.provider}`),
  };
  if (sessionName !== null) attributes[SESSION_ATTRIBUTE] = [sessionName];
  if (request.groups) attributes.eduPersonAffiliation = request.groups;
  for (const [k, v] of Object.entries(request.attributes ?? {}))
    attributes[k] = typeof v === 'string' ? [v] : v;
  const expires = instant(now.getTime() + (request.expiresInSeconds ?? 300) * 1000);
  const a: Unsigned = {
    issuer: request.issuer,
    issueInstant: instant(now.getTime()),
    subject: request.subject,
    subjectType: 'persistent',
    recipient: request.recipient === undefined ? AWS_SAML_ENDPOINT : request.recipient,
    confirmationNotOnOrAfter: expires,
    notOnOrAfter: expires,
    audiences: request.audiences ?? [AWS_SAML_ENDPOINT],
    attributes,
  };
  const attrXml = Object.entries(attributes)
    .map(
      ([name, values]) =>
        `<saml:Attribute Name="${esc(name)}">${values.map((v) => `<saml:AttributeValue>${esc(v)}</saml:AttributeValue>`).join('')}</saml:Attribute>`,
    )
    .join('');
  const recipient = a.recipient === null ? '' : ` Recipient="${esc(a.recipient)}"`;
  const audiences = a.audiences.map((v) => `<saml:Audience>${esc(v)}</saml:Audience>`).join('');
  const xml = [
    '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"',
    ` Version="2.0" IssueInstant="${a.issueInstant}" Destination="${esc(a.recipient ?? AWS_SAML_ENDPOINT)}">`,
    `<saml:Issuer>${esc(a.issuer)}</saml:Issuer>`,
    '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>',
    `<saml:Assertion Version="2.0" IssueInstant="${a.issueInstant}"><saml:Issuer>${esc(a.issuer)}</saml:Issuer>`,
    `<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignatureValue>${signatureOf(a)}</ds:SignatureValue></ds:Signature>`,
    `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">${esc(a.subject)}</saml:NameID>`,
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${expires}"${recipient}/></saml:SubjectConfirmation></saml:Subject>`,
    `<saml:Conditions NotBefore="${a.issueInstant}" NotOnOrAfter="${expires}">`,
    audiences ? `<saml:AudienceRestriction>${audiences}</saml:AudienceRestriction>` : '',
    `</saml:Conditions><saml:AttributeStatement>${attrXml}</saml:AttributeStatement></saml:Assertion></samlp:Response>`,
  ].join('');
  return base64url.encode(xml).replace(/-/g, '+').replace(/_/g, '/');
}

const text = (xml: string, tag: string) => new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*>([^<]*)</`).exec(xml)?.[1];
/** An XML attribute of the first `tag` element, unescaped; null when the element or attribute is absent. */
const attr = (xml: string, tag: string, name: string) => {
  const value = new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*?\\s${name}="([^"]*)"`).exec(xml)?.[1];
  return value === undefined ? null : unesc(value);
};

/** Reads a base64 SAML Response: just the parts the sim needs; null when it is not base64 or has no assertion. */
export function parseSamlAssertion(
  encoded: string,
): { assertion: SamlAssertion; signatureValid: boolean } | null {
  let xml: string;
  try {
    xml = fromUtf8(base64url.decode(encoded.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')));
  } catch {
    return null;
  }
  const body = /<(?:\w+:)?Assertion\b[^>]*>([\s\S]*)<\/(?:\w+:)?Assertion>/.exec(xml)?.[1];
  if (!body) return null;
  const format = attr(body, 'NameID', 'Format') ?? '';
  const attributes: Record<string, string[]> = {};
  for (const m of body.matchAll(
    /<(?:\w+:)?Attribute\b[^>]*Name="([^"]*)"[^>]*>([\s\S]*?)<\/(?:\w+:)?Attribute>/g,
  )) {
    const values = [...(m[2] ?? '').matchAll(/<(?:\w+:)?AttributeValue\b[^>]*>([^<]*)</g)].map((v) =>
      unesc(v[1] ?? ''),
    );
    attributes[unesc(m[1] ?? '')] = values;
  }
  const unsigned: Unsigned = {
    issuer: unesc(text(body, 'Issuer') ?? '').trim(),
    issueInstant: attr(xml, 'Assertion', 'IssueInstant') ?? attr(xml, 'Response', 'IssueInstant'),
    subject: unesc(text(body, 'NameID') ?? ''),
    subjectType: format.endsWith(':persistent')
      ? 'persistent'
      : format.endsWith(':transient')
        ? 'transient'
        : format,
    recipient: attr(body, 'SubjectConfirmationData', 'Recipient'),
    confirmationNotOnOrAfter: attr(body, 'SubjectConfirmationData', 'NotOnOrAfter'),
    notOnOrAfter: attr(body, 'Conditions', 'NotOnOrAfter'),
    audiences: [...body.matchAll(/<(?:\w+:)?Audience\b[^>]*>([^<]*)</g)].map((m) => unesc(m[1] ?? '').trim()),
    attributes,
  };
  const signature = text(body, 'SignatureValue') ?? '';
  return {
    assertion: { ...unsigned, signature },
    signatureValid: signature !== '' && signatureOf(unsigned) === signature,
  };
}

/**
 * True when one of the assertion's audiences is AWS: `urn:amazon:webservices` or a global or regional sign-in
 * endpoint (`https://signin.aws.amazon.com/saml`, `https://us-east-2.signin.aws.amazon.com/saml`, with the
 * `/acs/IdP-ID` suffix an encrypting provider adds), per "Configure SAML assertions for the authentication response"
 * in the IAM User Guide.
 */
export function addressedToAws(assertion: SamlAssertion): boolean {
  return assertion.audiences.some(
    (a) =>
      a === 'urn:amazon:webservices' ||
      /^https:\/\/([a-z]{2}(-gov)?-[a-z]+-\d\.)?signin\.aws\.amazon\.com\/saml(\/acs\/[\w-]+)?$/.test(a),
  );
}

/** The (role ARN, provider ARN) pairs of the AWS Role attribute (either order is accepted, as AWS does). */
export function rolePairs(assertion: SamlAssertion): { role: string; provider: string }[] {
  return (assertion.attributes[ROLE_ATTRIBUTE] ?? []).flatMap((value) => {
    const [a = '', b = ''] = value.split(',').map((s) => s.trim());
    return a.includes(':role/') ? [{ role: a, provider: b }] : [{ role: b, provider: a }];
  });
}

/** The RoleSessionName attribute, if any. */
export function samlSessionName(assertion: SamlAssertion): string | undefined {
  return assertion.attributes[SESSION_ATTRIBUTE]?.[0];
}

/** True for the AWS-specific attributes that are not offered as `SAML:` condition keys. */
export function isAwsAttribute(name: string): boolean {
  return name.startsWith('https://aws.amazon.com/SAML/Attributes/');
}
