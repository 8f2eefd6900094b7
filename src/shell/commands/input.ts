import type { CommandIo } from '../types.ts';
import { describeFsError } from '../vfs.ts';

/** A file operand's text (`-` is stdin), or the coreutils reason it could not be read. */
export function readOperand(
  io: CommandIo,
  operand: string,
): { ok: true; text: string } | { ok: false; reason: string } {
  if (operand === '-') return { ok: true, text: io.stdin };
  const read = io.fs.readFile(io.path(operand));
  return read.ok ? { ok: true, text: read.value } : { ok: false, reason: describeFsError(read.error.code) };
}

/** Splits text into lines without the trailing empty piece a final newline leaves. */
export function lines(text: string): string[] {
  if (text === '') return [];
  const out = text.split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}
