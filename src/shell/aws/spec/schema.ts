import { z } from 'zod';
import type { ServiceSpec } from './types.ts';

/**
 * The compact spec format tools/gen-aws-spec.py writes (see `types.ts`), as zod schemas: one per concept, strict so
 * a generator change that adds or renames a field fails loudly. `specProblem` also checks that every name a spec
 * uses (shapes, members) is defined in it.
 */

const shapeName = z.string().min(1).describe('a key of the service’s `shapes`');

/** A structure member: the shape name, or an object when a member trait matters to the CLI. */
export const memberRefSchema = z.union([
  shapeName,
  z.strictObject({
    shape: shapeName,
    idempotencyToken: z.boolean().optional().describe('botocore fills it in, so the CLI never requires it'),
    hostLabel: z.boolean().optional().describe('bound to the endpoint host: an implicit minimum length of 1'),
    jsonvalue: z
      .boolean()
      .optional()
      .describe('a header whose value is JSON: the CLI parses the option as JSON'),
    streaming: z.boolean().optional().describe('a streaming blob: the CLI takes a file path for it'),
  }),
]);

/** Constraints any shape may carry (botocore's client-side validation uses min and enum). */
const constraints = {
  min: z.number().optional().describe('minimum length, size or value'),
  max: z.number().optional().describe('maximum length, size or value'),
  pattern: z.string().optional().describe('the service’s regular expression (Java syntax)'),
  enum: z.array(z.string()).optional().describe('the allowed values'),
};

export const shapeSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('structure'),
    members: z
      .record(z.string(), memberRefSchema)
      .describe('members in the model’s (and the CLI’s printing) order'),
    required: z.array(z.string()).optional().describe('members the request must have'),
    document: z.boolean().optional().describe('a document type: free-form JSON'),
    union: z.boolean().optional().describe('a tagged union: exactly one member may be set'),
    payload: z.string().optional().describe('the member that is the whole HTTP body (a streaming output)'),
    ...constraints,
  }),
  z.strictObject({
    type: z.literal('list'),
    member: shapeName.describe('the element shape'),
    ...constraints,
  }),
  z.strictObject({
    type: z.literal('map'),
    key: shapeName.describe('the key shape'),
    value: shapeName.describe('the value shape'),
    ...constraints,
  }),
  z.strictObject({
    type: z.enum(['string', 'integer', 'long', 'boolean', 'timestamp', 'blob', 'double', 'float']),
    streaming: z.boolean().optional().describe('a streaming blob'),
    ...constraints,
  }),
]);

/** Special handling for an argument, as AWS CLI v2's customizations define it. */
export const argKindSchema = z.enum([
  'negate',
  'cli-input-json',
  'cli-input-yaml',
  'generate-cli-skeleton',
  'starting-token',
  'page-size',
  'max-items',
  'outfile',
  'mfa-outfile',
  'mfa-bootstrap-method',
  'zip-file',
  'replaced-zip-file',
  'count',
  'secondary-private-ip-addresses',
  'secondary-private-ip-address-count',
  'associate-public-ip-address',
  'no-associate-public-ip-address',
]);

/** One entry of an operation's argument table: option name (no `--`), input member (or null), kind. */
export const argEntrySchema = z.union([
  z.tuple([
    z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an option name is kebab-case, without --'),
    z.string().nullable(),
  ]),
  z.tuple([z.string().regex(/^[a-z0-9][a-z0-9-]*$/), z.string().nullable(), argKindSchema]),
]);

/** botocore's paginators-1.json entry for an operation. */
export const paginatorSchema = z.strictObject({
  inputToken: z.array(z.string()).min(1).describe('request members that carry the page token'),
  outputToken: z.array(z.string()).min(1).describe('response members (JMESPath) holding the next token'),
  limitKey: z.string().optional().describe('the request member for the page size'),
  moreResults: z.string().optional().describe('the response member saying more pages follow'),
  resultKey: z.array(z.string()).optional().describe('response members the CLI concatenates across pages'),
  nonAggregateKeys: z.array(z.string()).optional().describe('response members kept from the first page'),
});

export const operationSchema = z.strictObject({
  cli: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'a CLI name is kebab-case')
    .describe('the CLI’s name'),
  input: shapeName.optional().describe('the request shape'),
  output: shapeName.optional().describe('the response shape'),
  paginator: paginatorSchema.optional(),
  args: z.array(argEntrySchema).describe('the CLI’s argument table, in its order'),
});

/** One service's spec file (`iam.json`). */
export const serviceSpecSchema = z.strictObject({
  $comment: z.string().describe('provenance: generator, botocore version, license'),
  service: z.string().min(1).describe('the CLI’s name, e.g. `s3api`'),
  model: z.string().min(1).describe('botocore’s model name, e.g. `s3`'),
  apiVersion: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  protocol: z.enum(['query', 'json', 'rest-json', 'rest-xml', 'ec2', 'smithy-rpc-v2-cbor']),
  serviceId: z.string().min(1),
  endpointPrefix: z.string().min(1),
  operations: z.record(z.string().regex(/^[A-Z]/, 'an API name is PascalCase'), operationSchema),
  commands: z.array(z.string()).describe('every command the real CLI offers for the service, in its order'),
  shapes: z.record(z.string(), shapeSchema),
});

/** `services.json`: every top-level command of the real CLI. */
export const serviceListSchema = z.strictObject({
  $comment: z.string(),
  commands: z.array(z.string().min(1)).min(1),
});

type Assert<T extends true> = T;
/** Compiles only while the schema and the hand-written types in `types.ts` describe the same format. */
export type SchemaMatchesTypes = Assert<z.infer<typeof serviceSpecSchema> extends ServiceSpec ? true : false>;

/**
 * What is wrong with a spec file's data, as `file: field: problem` (the first problem), or null when it is a valid
 * spec whose names all resolve.
 */
export function specProblem(file: string, data: unknown): string | null {
  const parsed = serviceSpecSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `${file}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`;
  }
  const spec = parsed.data;
  const missing = (field: string, name: string) => `${file}: ${field}: no shape ${name} in shapes`;
  for (const [api, op] of Object.entries(spec.operations)) {
    for (const key of ['input', 'output'] as const) {
      const name = op[key];
      if (name !== undefined && !spec.shapes[name]) return missing(`operations.${api}.${key}`, name);
    }
    const input = op.input ? spec.shapes[op.input] : undefined;
    for (const [i, [option, member]] of op.args.entries()) {
      if (member !== null && !(input?.type === 'structure' && member in input.members))
        return `${file}: operations.${api}.args.${i}: --${option} names ${member}, not a member of ${op.input}`;
    }
  }
  for (const [name, shape] of Object.entries(spec.shapes)) {
    const refs =
      shape.type === 'structure'
        ? Object.entries(shape.members).map(([m, ref]) => [
            `members.${m}`,
            typeof ref === 'string' ? ref : ref.shape,
          ])
        : shape.type === 'list'
          ? [['member', shape.member]]
          : shape.type === 'map'
            ? [
                ['key', shape.key],
                ['value', shape.value],
              ]
            : [];
    for (const [field, ref] of refs)
      if (ref && !spec.shapes[ref]) return missing(`shapes.${name}.${field}`, ref);
  }
  return null;
}
