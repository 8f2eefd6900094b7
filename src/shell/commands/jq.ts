import type { Json } from '../jq/ast.ts';
import { SUPPORTED } from '../jq/ast.ts';
import { evaluate, JqError } from '../jq/evaluate.ts';
import { parseStream } from '../jq/json-stream.ts';
import { parseJq } from '../jq/parse.ts';
import type { CommandSpec } from '../types.ts';
import { readOperand } from './input.ts';

/**
 * A small, honest jq: `.`, paths (`.a.b`, `.a[0]`, `.[]`), `|`, `,`, `keys`, `length`, `select(…)`, comparisons,
 * `-r`, `-c`, `-n`, `--arg`. Anything else fails with exit 3 and says it is not supported here.
 */
export const jq: CommandSpec = {
  description: 'query JSON (a subset: .a.b, .a[0], .[], keys, length, select, -r, -c)',
  run(args, io) {
    let raw = false;
    let compact = false;
    let nullInput = false;
    const vars: Record<string, Json> = {};
    const operands: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i] ?? '';
      if (a === '--arg' || a === '--argjson') {
        const name = args[++i] ?? '';
        const value = args[++i] ?? '';
        try {
          vars[name] = a === '--arg' ? value : (JSON.parse(value) as Json);
        } catch {
          return { stdout: '', stderr: `jq: Invalid JSON text passed to --argjson\n`, exitCode: 2 };
        }
      } else if (/^-[rcnjMSa]+$/.test(a)) {
        raw ||= a.includes('r') || a.includes('j');
        compact ||= a.includes('c');
        nullInput ||= a.includes('n');
      } else if (a === '--raw-output') raw = true;
      else if (a === '--compact-output') compact = true;
      else if (a === '--null-input') nullInput = true;
      else if (a.startsWith('-') && a !== '-' && operands.length === 0)
        return { stdout: '', stderr: `jq: error: option ${a} (not supported here)\n`, exitCode: 2 };
      else operands.push(a);
    }
    const [program = '.', ...files] = operands;
    const parsed = parseJq(program);
    if (!parsed.ok)
      return {
        stdout: '',
        stderr: `jq: error: this simulated jq supports only ${SUPPORTED} (not supported here: ${parsed.unsupported})\n`,
        exitCode: 3,
      };
    let text = '';
    for (const file of files.length ? files : ['-']) {
      const read = readOperand(io, file);
      if (!read.ok)
        return {
          stdout: '',
          stderr: `jq: error: Could not open file ${file}: ${read.reason}\n`,
          exitCode: 2,
        };
      text += read.text;
    }
    const inputs = nullInput ? { ok: true as const, values: [null] } : parseStream(text);
    let stdout = '';
    for (const [n, input] of (inputs.ok ? inputs.values : []).entries()) {
      try {
        for (const out of evaluate(parsed.filter, input, vars)) stdout += `${format(out, raw, compact)}\n`;
      } catch (e) {
        if (!(e instanceof JqError)) throw e;
        return { stdout, stderr: `jq: error (at <stdin>:${n + 1}): ${e.message}\n`, exitCode: 5 };
      }
    }
    if (!inputs.ok) return { stdout, stderr: `${inputs.message}\n`, exitCode: 2 };
    return { stdout, stderr: '', exitCode: 0 };
  },
};

/** jq's output: 2-space indentation (or compact), strings raw with `-r`, colour off. */
function format(value: Json, raw: boolean, compact: boolean): string {
  if (raw && typeof value === 'string') return value;
  return compact ? JSON.stringify(value) : JSON.stringify(value, null, 2);
}
