import type { BuiltinSpec } from '../runtime.ts';
import { help, history, type } from './about.ts';
import { cd } from './cd.ts';
import { colon, evalBuiltin, exit, source } from './control.ts';
import { breakBuiltin, continueBuiltin, declare, local, returnBuiltin, shift } from './functions.ts';
import { exportBuiltin, read, set, unset } from './variables.ts';

/** The shell's own builtins: they change the shell itself, so hosts cannot replace them. */
export const builtins: ReadonlyMap<string, BuiltinSpec> = new Map([
  ['cd', cd],
  ['export', exportBuiltin],
  ['unset', unset],
  ['set', set],
  ['read', read],
  ['exit', exit],
  ['logout', exit],
  ['source', source],
  ['.', source],
  ['eval', evalBuiltin],
  [':', colon],
  ['help', help],
  ['history', history],
  ['type', type],
  ['return', returnBuiltin],
  ['local', local],
  ['shift', shift],
  ['break', breakBuiltin],
  ['continue', continueBuiltin],
  ['declare', declare],
  ['typeset', declare],
]);
