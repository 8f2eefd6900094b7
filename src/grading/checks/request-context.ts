import { z } from 'zod';
import type { ContextValues } from '../../sim/world/request-context.ts';

const values = z.union([z.string(), z.array(z.string())]);

/**
 * The request context a check asks with, in friendly names; `keys` passes any other condition key through.
 * The principal's own keys (aws:PrincipalArn, aws:PrincipalTag/…, aws:CurrentTime …) are added by the world.
 */
export const requestContextSchema = z
  .strictObject({
    externalId: z.string().optional().describe('sts:ExternalId the caller passes'),
    mfa: z
      .union([
        z.boolean(),
        z.strictObject({ ageSeconds: z.number().int().min(0).describe('aws:MultiFactorAuthAge') }),
      ])
      .optional()
      .describe('aws:MultiFactorAuthPresent: true, false, or { ageSeconds } for MFA used that long ago'),
    sourceIp: z.string().optional().describe('aws:SourceIp, e.g. 203.0.113.10'),
    time: z.iso.datetime().optional().describe('aws:CurrentTime / aws:EpochTime (ISO 8601, UTC)'),
    sessionName: z.string().optional().describe('sts:RoleSessionName'),
    sourceIdentity: z
      .string()
      .optional()
      .describe('sts:SourceIdentity (AssumeRole also needs sts:SetSourceIdentity)'),
    sourceAccount: z
      .string()
      .optional()
      .describe('aws:SourceAccount a service sends on behalf of a resource'),
    sourceArn: z.string().optional().describe('aws:SourceArn a service sends on behalf of a resource'),
    tags: z
      .record(z.string(), z.string())
      .optional()
      .describe('Session or request tags: aws:RequestTag/KEY and aws:TagKeys'),
    keys: z.record(z.string(), values).optional().describe('Any other condition keys, verbatim'),
  })
  .default({})
  .describe('Request context for the check');

/** The friendly context as written in exercise.yaml. */
export type RequestContextInput = z.output<typeof requestContextSchema>;

/** Turns the friendly context into condition keys. */
export function contextKeys(c: RequestContextInput): ContextValues {
  const keys: ContextValues = {};
  if (c.externalId !== undefined) keys['sts:ExternalId'] = c.externalId;
  if (c.mfa !== undefined) {
    keys['aws:MultiFactorAuthPresent'] = c.mfa === false ? 'false' : 'true';
    if (typeof c.mfa === 'object') keys['aws:MultiFactorAuthAge'] = String(c.mfa.ageSeconds);
  }
  if (c.sourceIp !== undefined) keys['aws:SourceIp'] = c.sourceIp;
  if (c.time !== undefined) {
    const t = new Date(c.time);
    keys['aws:CurrentTime'] = `${t.toISOString().slice(0, 19)}Z`;
    keys['aws:EpochTime'] = String(Math.floor(t.getTime() / 1000));
  }
  if (c.sessionName !== undefined) keys['sts:RoleSessionName'] = c.sessionName;
  if (c.sourceIdentity !== undefined) keys['sts:SourceIdentity'] = c.sourceIdentity;
  if (c.sourceAccount !== undefined) keys['aws:SourceAccount'] = c.sourceAccount;
  if (c.sourceArn !== undefined) keys['aws:SourceArn'] = c.sourceArn;
  if (c.tags) {
    keys['aws:TagKeys'] = Object.keys(c.tags);
    for (const [k, v] of Object.entries(c.tags)) keys[`aws:RequestTag/${k}`] = v;
  }
  return { ...keys, ...c.keys };
}
