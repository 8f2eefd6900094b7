import { z } from 'zod';

/** A string or a list of strings (IAM's shorthand for a single value). */
const stringOrList = z.union([z.string(), z.array(z.string())]);

/** A condition value: JSON strings, numbers and booleans are all accepted and compared as text. */
const conditionScalar = z.union([z.string(), z.number(), z.boolean()]);

/** `Condition`: operator → (key → value or list of values). */
const conditionSchema = z.record(
  z.string(),
  z.record(z.string(), z.union([conditionScalar, z.array(conditionScalar)])),
);

/** `Principal`: the bare `"*"` or an object keyed by principal type. */
const principalSchema = z.union([
  z.literal('*'),
  z.strictObject({
    AWS: stringOrList.optional().describe('Accounts, IAM users/roles, role sessions, or "*"'),
    Service: stringOrList.optional().describe('Service principals such as ec2.amazonaws.com'),
    Federated: stringOrList.optional().describe('OIDC/SAML provider ARNs or web identity domains'),
    CanonicalUser: stringOrList.optional().describe('S3 canonical user ids'),
  }),
]);

/** One raw statement exactly as a user writes it. */
export const rawStatementSchema = z.strictObject({
  Sid: z.string().optional().describe('Statement id, unique within the policy'),
  Effect: z.string().describe('"Allow" or "Deny"'),
  Action: stringOrList.optional(),
  NotAction: stringOrList.optional(),
  Resource: stringOrList.optional(),
  NotResource: stringOrList.optional(),
  Principal: principalSchema.optional(),
  NotPrincipal: principalSchema.optional(),
  Condition: conditionSchema.optional(),
});

/** A raw policy document (top-level element names are case-sensitive). */
export const rawPolicySchema = z.strictObject({
  Version: z.enum(['2012-10-17', '2008-10-17']).optional().describe('Policy language version'),
  Id: z.string().optional().describe('Optional policy identifier'),
  Statement: z.union([rawStatementSchema, z.array(rawStatementSchema).min(1)]),
});

/** Raw statement type. */
export type RawStatement = z.infer<typeof rawStatementSchema>;
/** Raw document type. */
export type RawPolicy = z.infer<typeof rawPolicySchema>;
