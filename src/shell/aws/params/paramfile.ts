import { utf8Decode, utf8Encode } from './bytes.ts';
import { reprString } from './python.ts';

/**
 * How the parser reads `file://` and `fileb://` values: the host resolves the path (relative to
 * the shell's working directory, `~` and all) and answers like the shell's Vfs does, so
 * `(path) => vfs.readFile(resolve(path))` plugs straight in.
 */
export type ReadFile = (path: string) => ReadFileResult;

export type ReadFileResult =
  | { readonly ok: true; readonly value: string | Uint8Array }
  | { readonly ok: false; readonly error: { readonly code: string } };

/** A loaded parameter file, or the message of the CLI's `Error parsing parameter` error. */
export type ParamFileResult =
  | { readonly ok: true; readonly value: string | Uint8Array }
  | { readonly ok: false; readonly message: string };

const ERRNO: Record<string, [number, string]> = {
  ENOENT: [2, 'No such file or directory'],
  EACCES: [13, 'Permission denied'],
  ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'],
  EINVAL: [22, 'Invalid argument'],
};

/**
 * awscli/paramfile.py's `get_paramfile`: the contents for a `file://` (text, universal newlines) or
 * `fileb://` (bytes) value; null when the value names no file.
 */
export function loadParamFile(value: unknown, readFile: ReadFile): ParamFileResult | null {
  if (typeof value !== 'string') return null;
  const binary = value.startsWith('fileb://');
  if (!binary && !value.startsWith('file://')) return null;
  const path = value.slice(binary ? 8 : 7);
  const read = readFile(path);
  if (!read.ok) {
    const [errno, strerror] = ERRNO[read.error.code] ?? [5, 'Input/output error'];
    return {
      ok: false,
      message: `Unable to load paramfile ${value}: [Errno ${errno}] ${strerror}: ${reprString(path)}`,
    };
  }
  if (binary)
    return { ok: true, value: typeof read.value === 'string' ? utf8Encode(read.value) : read.value };
  // Bytes that are not UTF-8 reach the shell's files as escapes (src/shell/bytes.ts): Python cannot decode them.
  const text =
    typeof read.value === 'string'
      ? /[\udc80-\udcff]/u.test(read.value)
        ? undefined
        : read.value
      : utf8Decode(read.value);
  if (text === undefined) {
    return {
      ok: false,
      message:
        `Unable to load paramfile (${path}), text contents could not be decoded.  If this is a binary file, ` +
        'please use the fileb:// prefix instead of the file:// prefix.',
    };
  }
  return { ok: true, value: text.replace(/\r\n?/gu, '\n') };
}
