import type { CommandSpec, ExecResult } from '../types.ts';
import {
  type ArithOp,
  AWK_SUPPORTED,
  type AwkExpr,
  type AwkRule,
  parseAwk,
  unescapeAwk,
} from './awk-program.ts';
import { posixRegex } from './grep.ts';
import { lines, readOperand } from './input.ts';

/** An awk value: a number, a string, or a field's text (a "strnum": compared as a number when it looks like one). */
type Value = number | string | { readonly field: string };

/** What a rule sees: the current record split into fields, and the counters. */
interface Record {
  fields: string[];
  nr: number;
  fnr: number;
  filename: string;
}

// A run-time failure (a negative field); unwound to `run`, which prints it like mawk.
class AwkFailure {
  readonly message: string;
  constructor(message: string) {
    this.message = message;
  }
}

const USAGE = `Usage: mawk [Options] [Program] [file ...]

Program:
    The -f option value is the name of a file containing program text.
    If no -f option is given, a "--" ends option processing; the following
    parameters are the program text.

Options:
    -f program-file  Program  text is read from file instead of from the
                     command-line.  Multiple -f options are accepted.
    -F value         sets the field separator, FS, to value.
    -v var=value     assigns value to program variable var.
    --               unambiguous end of options.
`;
const fail = (stderr: string, exitCode = 2): ExecResult => ({ stdout: '', stderr, exitCode });
const NUMERIC = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/**
 * A minimal awk (mawk's messages): `awk '{print $1}'`, `$NF`, `-F`, `NR`, `print` with several fields and string
 * literals, `/re/ {…}` and comparison patterns, BEGIN and END. Anything else says it is not supported here (exit 2).
 */
export const awk: CommandSpec = {
  description: "pattern scanning (a subset: '{print $1}', $NF, -F, NR, /re/ patterns)",
  run(args, io) {
    let separator = ' ';
    const operands: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i] ?? '';
      if (operands.length > 0 || a === '-' || !a.startsWith('-')) operands.push(a);
      else if (a === '--') {
        operands.push(...args.slice(i + 1));
        break;
      } else if (a.startsWith('-F')) {
        const value = a.length > 2 ? a.slice(2) : args[++i];
        if (value === undefined) return fail('awk: option -F lacks argument\n');
        separator = value;
      } else if (a === '-f' || a === '-v' || a.startsWith('-v') || a.startsWith('-f'))
        return notSupported(a.slice(0, 2) === '-f' ? '-f (program files)' : '-v (variables)');
      else return fail(`awk: not an option: ${a}\n`);
    }
    const [program, ...files] = operands;
    // mawk prints its usage and exits 0 when given no program.
    if (program === undefined) return fail(USAGE, 0);
    const parsed = parseAwk(program);
    if (!parsed.ok)
      return parsed.unsupported !== undefined
        ? notSupported(parsed.unsupported)
        : fail(`awk: ${parsed.message}\n`);
    const assignment = files.find((f) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(f));
    if (assignment) return notSupported(`variable assignments (${assignment})`);
    const split = splitter(separator);
    let stdout = '';
    const record: Record = { fields: [''], nr: 0, fnr: 0, filename: '' };
    try {
      stdout += runRules(parsed.rules, 'BEGIN', record);
      const main = parsed.rules.filter((r) => r.pattern !== 'BEGIN');
      if (main.length > 0) {
        for (const file of files.length ? files : ['-']) {
          const read = readOperand(io, file);
          if (!read.ok) return { stdout, stderr: `awk: cannot open ${file} (${read.reason})\n`, exitCode: 2 };
          record.filename = file;
          record.fnr = 0;
          for (const line of lines(read.text)) {
            record.nr++;
            record.fnr++;
            record.fields = [line, ...split(line)];
            stdout += runRules(parsed.rules, null, record);
          }
        }
        stdout += runRules(parsed.rules, 'END', record);
      }
    } catch (e) {
      if (!(e instanceof AwkFailure)) throw e;
      const where = `\tFILENAME="${record.filename}" FNR=${record.fnr} NR=${record.nr}`;
      return { stdout, stderr: `awk: run time error: ${e.message}\n${where}\n`, exitCode: 2 };
    }
    return { stdout, stderr: '', exitCode: 0 };
  },
};

function notSupported(what: string): ExecResult {
  return fail(`awk: this simulated awk supports only ${AWK_SUPPORTED} (not supported here: ${what})\n`);
}

/** awk's field splitting: blanks by default, one literal character, or an extended regex. */
function splitter(separator: string): (line: string) => string[] {
  const fs = unescapeAwk(separator);
  if (fs === ' ') return (line) => line.split(/[ \t\n]+/).filter(Boolean);
  if (fs.length === 1 && fs !== '\\') return (line) => (line === '' ? [] : line.split(fs));
  let re: RegExp;
  try {
    re = new RegExp(posixRegex(fs, true));
  } catch {
    re = new RegExp(fs.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  }
  return (line) => (line === '' ? [] : line.split(re));
}

/** Runs the rules of one phase (BEGIN, END, or a record's when `phase` is null) and returns what they printed. */
function runRules(rules: readonly AwkRule[], phase: 'BEGIN' | 'END' | null, record: Record): string {
  let out = '';
  for (const rule of rules) {
    const isPhase = rule.pattern === 'BEGIN' || rule.pattern === 'END';
    if (phase ? rule.pattern !== phase : isPhase) continue;
    if (!phase && rule.pattern !== null && !truthy(evaluate(rule.pattern as AwkExpr, record))) continue;
    for (const args of rule.prints ?? [[]]) {
      const values = args.length ? args.map((a) => text(evaluate(a, record))) : [record.fields[0] ?? ''];
      out += `${values.join(' ')}\n`;
    }
  }
  return out;
}

function evaluate(expr: AwkExpr, record: Record): Value {
  switch (expr.kind) {
    case 'num':
    case 'str':
      return expr.value;
    case 'regex':
      return Number(regex(expr.source).test(record.fields[0] ?? ''));
    case 'var':
      if (expr.name === 'FILENAME') return record.filename;
      return expr.name === 'NF' ? record.fields.length - 1 : expr.name === 'NR' ? record.nr : record.fnr;
    case 'field': {
      const index = Math.trunc(number(evaluate(expr.index, record)));
      if (index < 0) throw new AwkFailure(`negative field index $${index}`);
      return { field: record.fields[index] ?? '' };
    }
    case 'concat':
      return expr.parts.map((p) => text(evaluate(p, record))).join('');
    case 'arith':
      return arith(expr.op, number(evaluate(expr.left, record)), number(evaluate(expr.right, record)));
    case 'neg':
      return -number(evaluate(expr.expr, record));
    case 'not':
      return Number(!truthy(evaluate(expr.expr, record)));
    case 'logic': {
      const left = truthy(evaluate(expr.left, record));
      if (expr.op === '&&' ? !left : left) return Number(left);
      return Number(truthy(evaluate(expr.right, record)));
    }
    case 'match': {
      const source = expr.regex.kind === 'regex' ? expr.regex.source : text(evaluate(expr.regex, record));
      return Number(regex(source).test(text(evaluate(expr.left, record))) !== expr.negated);
    }
    case 'compare': {
      const left = evaluate(expr.left, record);
      const right = evaluate(expr.right, record);
      // POSIX: numbers and numeric-looking fields compare as numbers; anything else as strings.
      const numeric = isNumeric(left) && isNumeric(right);
      const a = numeric ? number(left) : text(left);
      const b = numeric ? number(right) : text(right);
      const order = a < b ? -1 : a > b ? 1 : 0;
      return Number(
        {
          '==': order === 0,
          '!=': order !== 0,
          '<': order < 0,
          '<=': order <= 0,
          '>': order > 0,
          '>=': order >= 0,
        }[expr.op],
      );
    }
  }
}

/** mawk's arithmetic: dividing by zero gives inf or nan rather than an error. */
function arith(op: ArithOp, a: number, b: number): number {
  if (op === '^') return a ** b;
  return op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : op === '/' ? a / b : a % b;
}

function regex(source: string): RegExp {
  try {
    return new RegExp(posixRegex(source, true));
  } catch {
    throw new AwkFailure(`regular expression compile failed (${source})`);
  }
}

const isNumeric = (v: Value) => typeof v === 'number' || (typeof v === 'object' && NUMERIC.test(v.field));

/** awk's string-to-number: the longest numeric prefix, else 0. */
function number(v: Value): number {
  if (typeof v === 'number') return v;
  const m = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(typeof v === 'string' ? v : v.field);
  return m ? Number(m[0]) : 0;
}

function truthy(v: Value): boolean {
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v !== '';
  return NUMERIC.test(v.field) ? number(v) !== 0 : v.field !== '';
}

/** How mawk prints a value: integers up to 2^31-1 whole, other numbers with `%.6g`. */
function text(v: Value): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'object') return v.field;
  if (Number.isNaN(v)) return '-nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (Number.isInteger(v) && Math.abs(v) <= 2_147_483_647) return String(v);
  const [mantissa = '', exponent] = v.toPrecision(6).split('e');
  const trimmed = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
  if (exponent === undefined) return trimmed;
  const sign = exponent.startsWith('-') ? '-' : '+';
  return `${trimmed}e${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
}
