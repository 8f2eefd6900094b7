import { base64url } from 'jose';
import { fromUtf8, hmac, sha256, utf8 } from '../iam/hmac.ts';

/** Where AWS's sign-in endpoint receives SAML responses: the assertion's audience and `SAML:aud`. */
export const AWS_SAML_AUDIENCE = 'https://signin.aws.amazon.com/saml';
const ROLE_ATTRIBUTE = 'https://aws.amazon.com/SAML/Attributes/Role';
const SESSION_ATTRIBUTE = 'https://aws.amazon.com/SAML/Attributes/RoleSessionName';

/** What the sim reads from a SAML response. */
export interface SamlAssertion {
  readonly issuer: string;
  readonly subject: string;
  /** `persistent`, `transient`, or the full format URI for others. */
  readonly subjectType: string;
  readonly audience: string;
  readonly notOnOrAfter: string;
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
  readonly sessionName?: string;
  /** Sent as the multivalued `eduPersonAffiliation` attribute (`SAML:edupersonaffiliation`). */
  readonly groups?: readonly string[];
  readonly attributes?: Readonly<Record<string, string | readonly string[]>>;
  /** Lifetime in seconds (default 300). */
  readonly expiresInSeconds?: number;
}

/**
 * The simulated IdP's signature: HMAC-SHA256 with a key derived from the issuer over what the sim reads, so editing
 * the decoded XML (adding a group) breaks it. Real IdPs sign the canonical XML with RSA; the lessons need only that
 * a tampered assertion is refused.
 */
function signatureOf(a: Omit<SamlAssertion, 'signature'>): string {
  const key = hmac(sha256, utf8('iam-roles-lab simulated SAML IdP'), utf8(a.issuer));
  const attrs = Object.keys(a.attributes)
    .sort()
    .map((k) => [k, a.attributes[k]]);
  const body = JSON.stringify([a.issuer, a.subject, a.subjectType, a.audience, a.notOnOrAfter, attrs]);
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

/** Builds a base64 SAML Response with one signed assertion. */
export function mintSamlAssertion(request: SamlAssertionRequest, now: Date): string {
  const roles = typeof request.roleArn === 'string' ? [request.roleArn] : request.roleArn;
  const attributes: Record<string, readonly string[]> = {
    [ROLE_ATTRIBUTE]: roles.map((r) => `${r},${request.provider}`),
    [SESSION_ATTRIBUTE]: [request.sessionName ?? request.subject],
  };
  if (request.groups) attributes.eduPersonAffiliation = request.groups;
  for (const [k, v] of Object.entries(request.attributes ?? {}))
    attributes[k] = typeof v === 'string' ? [v] : v;
  const unsigned = {
    issuer: request.issuer,
    subject: request.subject,
    subjectType: 'persistent',
    audience: AWS_SAML_AUDIENCE,
    notOnOrAfter: `${new Date(now.getTime() + (request.expiresInSeconds ?? 300) * 1000).toISOString().slice(0, 19)}Z`,
    attributes,
  };
  const attrXml = Object.entries(attributes)
    .map(
      ([name, values]) =>
        `<saml:Attribute Name="${esc(name)}">${values.map((v) => `<saml:AttributeValue>${esc(v)}</saml:AttributeValue>`).join('')}</saml:Attribute>`,
    )
    .join('');
  const xml = [
    '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"',
    ` Destination="${AWS_SAML_AUDIENCE}"><saml:Issuer>${esc(unsigned.issuer)}</saml:Issuer><saml:Assertion>`,
    `<saml:Issuer>${esc(unsigned.issuer)}</saml:Issuer>`,
    `<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignatureValue>${signatureOf(unsigned)}</ds:SignatureValue></ds:Signature>`,
    `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">${esc(unsigned.subject)}</saml:NameID>`,
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${unsigned.notOnOrAfter}" Recipient="${AWS_SAML_AUDIENCE}"/></saml:SubjectConfirmation></saml:Subject>`,
    `<saml:Conditions NotOnOrAfter="${unsigned.notOnOrAfter}"><saml:AudienceRestriction><saml:Audience>${AWS_SAML_AUDIENCE}</saml:Audience></saml:AudienceRestriction></saml:Conditions>`,
    `<saml:AttributeStatement>${attrXml}</saml:AttributeStatement></saml:Assertion></samlp:Response>`,
  ].join('');
  return base64url.encode(xml).replace(/-/g, '+').replace(/_/g, '/');
}

const text = (xml: string, tag: string) => new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*>([^<]*)</`).exec(xml)?.[1];

/** Reads a base64 SAML Response: just the elements the sim needs; null when it is not one. */
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
  const issuer = text(body, 'Issuer');
  const subject = text(body, 'NameID');
  const format = /<(?:\w+:)?NameID\b[^>]*Format="([^"]*)"/.exec(body)?.[1] ?? '';
  const notOnOrAfter = /<(?:\w+:)?Conditions\b[^>]*NotOnOrAfter="([^"]*)"/.exec(body)?.[1];
  const audience = text(body, 'Audience');
  const signature = text(body, 'SignatureValue');
  if (!issuer || !subject || !notOnOrAfter || !audience || !signature) return null;
  const attributes: Record<string, string[]> = {};
  for (const m of body.matchAll(
    /<(?:\w+:)?Attribute\b[^>]*Name="([^"]*)"[^>]*>([\s\S]*?)<\/(?:\w+:)?Attribute>/g,
  )) {
    const values = [...(m[2] ?? '').matchAll(/<(?:\w+:)?AttributeValue\b[^>]*>([^<]*)</g)].map((v) =>
      unesc(v[1] ?? ''),
    );
    attributes[unesc(m[1] ?? '')] = values;
  }
  const subjectType = format.endsWith(':persistent')
    ? 'persistent'
    : format.endsWith(':transient')
      ? 'transient'
      : format;
  const unsigned = {
    issuer: unesc(issuer),
    subject: unesc(subject),
    subjectType,
    audience,
    notOnOrAfter,
    attributes,
  };
  return { assertion: { ...unsigned, signature }, signatureValid: signatureOf(unsigned) === signature };
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
