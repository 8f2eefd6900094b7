import type { ServiceSpec } from '../spec/types.ts';
import { utf8Encode } from './bytes.ts';
import {
  isDocument,
  isDocumentContainer,
  listMember,
  mapValue,
  membersOf,
  type Resolved,
  SCALAR_TYPES,
} from './model.ts';
import type { ReadFile } from './paramfile.ts';
import { parsePyJson } from './py-json.ts';
import { isDict, pyFloat, pyInt, pyTypeName } from './python.ts';
import { parseShorthand } from './shorthand.ts';
import { CliAbort, cliError, paramError, pythonError } from './usage.ts';

/** What unpacking needs besides the value: the service's shapes and the host's file reader. */
export interface UnpackContext {
  readonly service: ServiceSpec;
  readonly readFile: ReadFile;
}

/**
 * `CLIArgument._unpack_argument`: a member option's raw value (a string, a list of strings, or
 * a loaded file) to the parameter value, through shorthand or JSON as the CLI decides.
 */
export function unpackArgument(
  ctx: UnpackContext,
  cliName: string,
  model: Resolved,
  value: unknown,
): unknown {
  if (shouldParseAsShorthand(ctx.service, model, value)) return parseAsShorthand(ctx, cliName, model, value);
  return unpackCliArg(ctx, model, value, cliName);
}

function shouldParseAsShorthand(service: ServiceSpec, model: Resolved, value: unknown): boolean {
  const check = Array.isArray(value) && value.length > 0 ? value[0] : value;
  if (typeof check === 'string' && /^[[{]/u.test(check.trim())) return false;
  if (isDocumentContainer(service, model.shape)) return false;
  const { shape } = model;
  if (shape.type === 'structure' || shape.type === 'map') return true;
  return shape.type === 'list' && !SCALAR_TYPES.has(listMember(service, shape).shape.type);
}

function parseAsShorthand(ctx: UnpackContext, cliName: string, model: Resolved, value: unknown): unknown {
  const { shape } = model;
  if (
    shape.type === 'structure' &&
    Object.keys(shape.members).length === 1 &&
    'Value' in shape.members &&
    membersOf(ctx.service, shape)[0]?.[1].shape.type === 'string' &&
    typeof value === 'string' &&
    !value.includes('=')
  ) {
    return { Value: value }; // `--instance-initiated-shutdown-behavior stop`
  }
  const parseOne = (text: unknown): unknown => {
    const parsed = parseShorthand(String(text));
    if (!parsed.ok) paramError(cliName, parsed.message);
    return parsed.value;
  };
  const parsed = Array.isArray(value) ? value.map(parseOne) : parseOne(value);
  try {
    visit(ctx.service, {}, model, '', parsed);
  } catch (error) {
    if (error instanceof DocumentInShorthand) paramError(cliName, error.message);
    throw error;
  }
  return parsed;
}

class DocumentInShorthand {
  readonly message: string;
  constructor(member: string) {
    this.message =
      'Shorthand syntax does not support document types. Use JSON input for top-level argument to specify ' +
      `nested parameter: ${member}`;
  }
}

/** shorthand.py's BackCompatVisitor: model-driven fix-ups of shorthand values, in place. */
function visit(
  service: ServiceSpec,
  parent: unknown,
  model: Resolved,
  name: string | number,
  value: unknown,
): void {
  const { shape } = model;
  if (shape.type === 'structure') {
    if (value !== undefined && isDocument(shape)) throw new DocumentInShorthand(String(name));
    if (!isDict(value)) return;
    for (const [memberName, member] of membersOf(service, shape)) {
      visit(service, value, member, memberName, value[memberName]);
    }
  } else if (shape.type === 'list') {
    if (!Array.isArray(value)) {
      if (value !== undefined) (parent as Record<string | number, unknown>)[name] = [value];
      return;
    }
    const member = listMember(service, shape);
    value.forEach((element, i) => {
      visit(service, value, member, i, element);
    });
  } else if (shape.type === 'map') {
    if (!isDict(value)) return;
    const member = mapValue(service, shape);
    for (const [key, element] of Object.entries(value)) visit(service, value, member, key, element);
  } else if (value !== undefined) {
    const target = parent as Record<string | number, unknown>;
    if (shape.type === 'integer' || shape.type === 'long') target[name] = orPythonError(pyInt(value));
    else if (shape.type === 'double' || shape.type === 'float') target[name] = orPythonError(pyFloat(value));
    else if (shape.type === 'boolean') {
      if (typeof value !== 'string') pythonError(`'${pyTypeName(value)}' object has no attribute 'lower'`);
      if (value.toLowerCase() === 'true') target[name] = true;
      else if (value.toLowerCase() === 'false') target[name] = false;
    }
  }
}

function orPythonError(result: { ok: true; value: number } | { ok: false; message: string }): number {
  if (!result.ok) pythonError(result.message);
  return result.value;
}

function parseJson(value: string, cliName: string): unknown {
  const parsed = parsePyJson(value);
  if (!parsed.ok) paramError(cliName, `Invalid JSON: ${parsed.message}\nJSON received: ${value}`);
  return parsed.value;
}

/** argprocess.py's `_unpack_cli_arg`. */
function unpackCliArg(ctx: UnpackContext, model: Resolved, value: unknown, cliName: string): unknown {
  const { shape } = model;
  if ((model.jsonvalue && shape.type === 'string') || isDocument(shape))
    return parseJson(String(value), cliName);
  if (SCALAR_TYPES.has(shape.type)) return unpackScalar(ctx, model, value, cliName);
  if (shape.type === 'structure' || shape.type === 'map') {
    const text = String(value);
    const first = text.replace(/^\s+/u, '')[0];
    if (first === undefined) pythonError('string index out of range');
    if (first === '{') return parseJson(text, cliName);
    paramError(cliName, `Invalid JSON:\n${text}`);
  }
  // A list: one JSON array, or one value per element (a string from a file counts per character).
  if (typeof value === 'string') {
    const first = value.replace(/^\s+/u, '')[0];
    if (first === undefined) pythonError('string index out of range');
    if (first === '[') return parseJson(value, cliName);
  } else if (Array.isArray(value) && value.length === 1) {
    const single = String(value[0]).trim();
    if (single && single[0] === '[') return parseJson(String(value[0]), cliName);
  }
  const member = listMember(ctx.service, shape);
  const items = typeof value === 'string' ? [...value] : (value as unknown[]);
  try {
    return items.map((item) => unpackCliArg(ctx, member, item, cliName));
  } catch (error) {
    // A ValueError/TypeError in an element becomes a ParamError naming the first value.
    if (error instanceof CliAbort && error.failure.exitCode !== 252) paramError(cliName, String(items[0]));
    throw error;
  }
}

/** argprocess.py's `unpack_scalar_cli_arg`. */
function unpackScalar(ctx: UnpackContext, model: Resolved, value: unknown, cliName: string): unknown {
  const type = model.shape.type;
  if (type === 'integer' || type === 'long') return orPythonError(pyInt(value));
  if (type === 'float' || type === 'double') return orPythonError(pyFloat(value));
  if (type === 'blob' && model.streaming) {
    // A streaming body takes a file path (not file://); the CLI streams that file's bytes.
    const read = typeof value === 'string' ? ctx.readFile(value) : undefined;
    if (!read?.ok) paramError(cliName, 'Blob values must be a path to a file.');
    return typeof read.value === 'string' ? utf8Encode(read.value) : read.value;
  }
  if (type === 'boolean') {
    if (typeof value === 'string' && value.toLowerCase() === 'false') return false;
    return Boolean(value);
  }
  return value;
}

/** A CLI failure for a customization's own check (awscli's ParamValidationError, exit 252). */
export function customizationError(message: string): never {
  throw new CliAbort(cliError(message));
}
