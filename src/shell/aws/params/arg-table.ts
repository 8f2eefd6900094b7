import type { FoundOperation } from '../spec/index.ts';
import type { ArgEntry, ArgKind } from '../spec/types.ts';
import type { Action } from './argparse.ts';
import { membersOf, type Resolved, resolve } from './model.ts';

/** One argument of an operation with what the parser needs to know about it. */
export interface Arg {
  /** Option name without `--` (for a positional, its name). */
  readonly name: string;
  /** The input member it fills, when it fills one. */
  readonly member: string | null;
  readonly kind: ArgKind | undefined;
  /** The member's shape, for member arguments. */
  readonly model: Resolved | undefined;
  readonly action: Action;
}

const BOOTSTRAP_METHODS = ['QRCodePNG', 'Base32StringSeed'];
const SKELETON_CHOICES = ['input', 'output', 'yaml-input'];
const PAGING_KINDS = new Set<ArgKind | undefined>(['starting-token', 'page-size', 'max-items']);

/** True for --starting-token, --page-size and --max-items. */
export function isPagingKind(kind: ArgKind | undefined): boolean {
  return PAGING_KINDS.has(kind);
}

function destOf(name: string): string {
  return name.replaceAll('-', '_');
}

/**
 * The operation's arguments as argparse actions, in the CLI's order. `overrideRequired` is the
 * CLI's rule that --cli-input-json/yaml and --generate-cli-skeleton make every option optional.
 */
export function buildArgs(op: FoundOperation, overrideRequired: boolean): Arg[] {
  const { service, spec } = op;
  const inputShape = spec.input ? resolve(service, spec.input).shape : undefined;
  const members = new Map(inputShape ? membersOf(service, inputShape) : []);
  const required = new Set(inputShape?.type === 'structure' ? (inputShape.required ?? []) : []);
  const positiveDest = new Map<string, string>();
  for (const [name, member, kind] of spec.args) {
    if (member && kind === undefined) positiveDest.set(member, destOf(name));
  }
  const limitKey = spec.paginator?.limitKey;
  const limitType = limitKey ? members.get(limitKey)?.shape.type : 'integer';
  return spec.args.map((entry) =>
    buildArg(entry, members, required, positiveDest, overrideRequired, limitType ?? 'integer'),
  );
}

function buildArg(
  [name, member, kind]: ArgEntry,
  members: Map<string, Resolved>,
  required: Set<string>,
  positiveDest: Map<string, string>,
  overrideRequired: boolean,
  limitType: string,
): Arg {
  const model = member ? members.get(member) : undefined;
  const option = [`--${name}`];
  const base = { dest: destOf(name), optionStrings: option, nargs: null, required: false } satisfies Action;
  const arg = (action: Action): Arg => ({ name, member, kind, model, action });
  switch (kind) {
    case undefined: {
      if (!model) throw new Error(`argument --${name}: no input member ${member}`);
      const type = model.shape.type;
      if (type === 'boolean') return arg({ ...base, nargs: 0, constValue: true });
      const isRequired = !overrideRequired && required.has(member as string) && !model.idempotencyToken;
      const converted = type === 'long' ? 'int' : type === 'double' || type === 'float' ? 'float' : undefined;
      return arg({ ...base, nargs: type === 'list' ? '*' : null, required: isRequired, type: converted });
    }
    case 'negate':
      return arg({
        ...base,
        dest: positiveDest.get(member as string) ?? base.dest,
        nargs: 0,
        constValue: false,
      });
    case 'starting-token':
      return arg(base);
    case 'page-size':
    case 'max-items':
      return arg({ ...base, type: limitType === 'integer' || limitType === 'long' ? 'int' : undefined });
    case 'generate-cli-skeleton':
      return arg({ ...base, nargs: '?', constValue: 'input', choices: SKELETON_CHOICES });
    case 'outfile':
      return arg({ dest: 'outfile', optionStrings: [], nargs: null, required: true, metavar: 'outfile' });
    case 'mfa-outfile':
      return arg({ ...base, required: !overrideRequired });
    case 'mfa-bootstrap-method':
      return arg({ ...base, required: !overrideRequired, choices: BOOTSTRAP_METHODS });
    case 'secondary-private-ip-addresses':
      return arg({ ...base, nargs: '*' });
    case 'secondary-private-ip-address-count':
      return arg({ ...base, type: 'int' });
    case 'associate-public-ip-address':
      return arg({ ...base, nargs: 0, constValue: true, defaultValue: false });
    case 'no-associate-public-ip-address':
      return arg({ ...base, nargs: 0, constValue: false, defaultValue: true });
    default:
      // cli-input-json/yaml, zip-file, replaced-zip-file (not required), count: one value each
      return arg(base);
  }
}

/** argparse's `help` positional, which ServiceOperation adds after the table. */
export const HELP_ACTION: Action = { dest: 'help', optionStrings: [], nargs: '?', required: false };
