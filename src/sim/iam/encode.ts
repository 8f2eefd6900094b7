/**
 * URL-encodes a policy document as IAM returns it ("URL-encoded compliant with RFC 3986"): everything but the
 * unreserved characters `A-Z a-z 0-9 - . _ ~` is percent-encoded. The CLI front decodes it again.
 */
export function encodeDocument(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
