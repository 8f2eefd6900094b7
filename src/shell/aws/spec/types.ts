/**
 * The compact service specs that tools/gen-aws-spec.py writes from botocore's service models
 * (Apache-2.0, Copyright Amazon.com, Inc. or its affiliates): just what the `aws` front needs.
 */

/** A structure member: the shape name, or an object when a member trait matters to the CLI. */
export type MemberRef =
  | string
  | {
      readonly shape: string;
      /** botocore fills it in (a fresh UUID) when missing, so the CLI never requires it. */
      readonly idempotencyToken?: boolean;
      /** Bound to the endpoint host: an implicit minimum length of 1. */
      readonly hostLabel?: boolean;
      /** A header whose value is JSON: the CLI parses the option as JSON. */
      readonly jsonvalue?: boolean;
      /** A streaming blob: the CLI takes a file path for it. */
      readonly streaming?: boolean;
    };

interface ShapeBase {
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: string;
  readonly enum?: readonly string[];
}

export interface StructureShape extends ShapeBase {
  readonly type: 'structure';
  /** Members in the model's order, which is the order the CLI prints them in. */
  readonly members: Readonly<Record<string, MemberRef>>;
  readonly required?: readonly string[];
  /** A document type: free-form JSON. */
  readonly document?: boolean;
  /** A tagged union: exactly one member may be set. */
  readonly union?: boolean;
  /** The member that is the whole HTTP body (a streaming output such as GetObject's Body). */
  readonly payload?: string;
}

export interface ListShape extends ShapeBase {
  readonly type: 'list';
  readonly member: string;
}

export interface MapShape extends ShapeBase {
  readonly type: 'map';
  readonly key: string;
  readonly value: string;
}

export interface ScalarShape extends ShapeBase {
  readonly type: 'string' | 'integer' | 'long' | 'boolean' | 'timestamp' | 'blob' | 'double' | 'float';
  readonly streaming?: boolean;
}

export type Shape = StructureShape | ListShape | MapShape | ScalarShape;

/**
 * Special handling for an argument, as AWS CLI v2's customizations define it; a plain member
 * argument has none. The parser switches on these.
 */
export type ArgKind =
  | 'negate'
  | 'cli-input-json'
  | 'cli-input-yaml'
  | 'generate-cli-skeleton'
  | 'starting-token'
  | 'page-size'
  | 'max-items'
  | 'outfile'
  | 'mfa-outfile'
  | 'mfa-bootstrap-method'
  | 'zip-file'
  | 'replaced-zip-file'
  | 'count'
  | 'secondary-private-ip-addresses'
  | 'secondary-private-ip-address-count'
  | 'associate-public-ip-address'
  | 'no-associate-public-ip-address';

/** One entry of an operation's argument table: option name (no `--`), input member, kind. */
export type ArgEntry = readonly [name: string, member: string | null, kind?: ArgKind];

/** Paginator settings from botocore's paginators-1.json. */
export interface PaginatorSpec {
  readonly inputToken: readonly string[];
  readonly outputToken: readonly string[];
  readonly limitKey?: string;
  readonly moreResults?: string;
  readonly resultKey?: readonly string[];
  readonly nonAggregateKeys?: readonly string[];
}

export interface OperationSpec {
  /** The CLI's name, e.g. `create-open-id-connect-provider`. */
  readonly cli: string;
  readonly input?: string;
  readonly output?: string;
  readonly paginator?: PaginatorSpec;
  /** The CLI's argument table, in its order (the order of `required` lists and ambiguity messages). */
  readonly args: readonly ArgEntry[];
}

export interface ServiceSpec {
  readonly $comment: string;
  /** The CLI's name, e.g. `s3api`. */
  readonly service: string;
  /** botocore's model name, e.g. `s3`. */
  readonly model: string;
  readonly apiVersion: string;
  readonly protocol: string;
  readonly serviceId: string;
  readonly endpointPrefix: string;
  /** The simulated operations, by API name (`CreateRole`). */
  readonly operations: Readonly<Record<string, OperationSpec>>;
  /** Every command the real CLI offers for this service, simulated or not, in its order (no `help`). */
  readonly commands: readonly string[];
  readonly shapes: Readonly<Record<string, Shape>>;
}
