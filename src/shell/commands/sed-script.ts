import { posixRegex } from './grep.ts';

/**
 * The sed subset the lab needs, parsed like GNU sed: `s/re/text/[gpiN]`, `p` and `d`, each with an optional line
 * number, `$` or `/re/` address, separated by `;` or newlines. Anything else is reported as not supported here.
 */

export type SedAddress =
  | { readonly kind: 'line'; readonly line: number }
  | { readonly kind: 'last' }
  | { readonly kind: 'regex'; readonly re: RegExp };

/** A piece of an `s` replacement: text, or a group (`&` is group 0, `\1` group 1). */
export type SedReplacement =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'group'; readonly n: number };

export type SedCommand =
  | { readonly kind: 'p'; readonly address: SedAddress | null }
  | { readonly kind: 'd'; readonly address: SedAddress | null }
  | {
      readonly kind: 's';
      readonly address: SedAddress | null;
      readonly re: RegExp;
      readonly replacement: readonly SedReplacement[];
      readonly global: boolean;
      readonly print: boolean;
      /** Replace only the nth match (and, with `g`, the ones after it). */
      readonly occurrence: number;
    };

export type SedParse =
  | { readonly ok: true; readonly commands: readonly SedCommand[] }
  /** GNU sed's message after `sed: -e expression #1, char N: `, or the construct not supported here. */
  | { readonly ok: false; readonly char: number; readonly message: string; readonly unsupported?: boolean };

/** What this sed supports, for the honest "not supported here" message. */
export const SED_SUPPORTED = 's/re/text/[gpiN], p and d with an optional line, $ or /re/ address, -n, -e, -E';

// GNU commands this subset leaves out: naming them is clearer than "unknown command".
const GNU_COMMANDS = 'aciyqQ=lnNgGhHxbtTrRwWvzeF{}:#!';

// Unwinds the parser to `parseSed`, which turns it back into a value.
class Stop {
  readonly result: SedParse;
  constructor(result: SedParse) {
    this.result = result;
  }
}

/** Parses a sed script (all `-e` expressions joined by newlines); `extended` is `-E`. */
export function parseSed(script: string, extended = false): SedParse {
  let i = 0;
  const error = (message: string, unsupported = false) =>
    new Stop({ ok: false, char: i, message, ...(unsupported ? { unsupported } : {}) });
  const compile = (source: string, flags: string): RegExp => {
    try {
      return new RegExp(posixRegex(source, extended), flags);
    } catch {
      throw error('Invalid regular expression');
    }
  };
  /** Text up to an unescaped `delim` (escaped delimiters become the delimiter itself). */
  const until = (delim: string, what: string): string => {
    let out = '';
    for (;;) {
      const c = script[i];
      if (c === undefined || c === '\n') throw error(what);
      i++;
      if (c === delim) return out;
      if (c === '\\') {
        const next = script[i];
        if (next === undefined) throw error(what);
        i++;
        out += next === delim ? delim : `\\${next}`;
      } else out += c;
    }
  };
  const commands: SedCommand[] = [];
  try {
    for (;;) {
      while (script[i] !== undefined && /[\s;]/.test(script[i] ?? '')) i++;
      if (script[i] === undefined) return { ok: true, commands };
      let address: SedAddress | null = null;
      const digits = /^\d+/.exec(script.slice(i));
      if (digits) {
        i += digits[0].length;
        address = { kind: 'line', line: Number(digits[0]) };
        if (address.line === 0) throw error('invalid usage of line address 0');
      } else if (script[i] === '$') {
        i++;
        address = { kind: 'last' };
      } else if (script[i] === '/') {
        i++;
        address = { kind: 'regex', re: compile(until('/', 'unterminated address regex'), '') };
      } else if (script[i] === '\\') throw error('custom address delimiters (\\cREc)', true);
      while (script[i] === ' ' || script[i] === '\t') i++;
      if (script[i] === ',' || script[i] === '~') throw error('address ranges (a,b)', true);
      const c = script[i];
      i++;
      if (c === undefined || c === '\n' || c === ';') throw error('missing command');
      if (c === 'p') commands.push({ kind: 'p', address });
      else if (c === 'd') commands.push({ kind: 'd', address });
      else if (c === 's') commands.push(substitution(address));
      else if (GNU_COMMANDS.includes(c)) throw error(`the ${c} command`, true);
      else throw error(`unknown command: \`${c}'`);
      while (script[i] === ' ' || script[i] === '\t') i++;
      if (script[i] !== undefined && script[i] !== ';' && script[i] !== '\n' && script[i] !== '}') {
        i++;
        throw error('extra characters after command');
      }
    }
  } catch (e) {
    if (e instanceof Stop) return e.result;
    throw e;
  }

  function substitution(address: SedAddress | null): SedCommand {
    const delim = script[i];
    if (delim === undefined || delim === '\n' || delim === '\\') throw error("unterminated `s' command");
    i++;
    const pattern = until(delim, "unterminated `s' command");
    const replacement = replacementParts(until(delim, "unterminated `s' command"));
    let global = false;
    let print = false;
    let ignoreCase = false;
    let occurrence = 1;
    for (let f = script[i]; f !== undefined && !/[\s;}]/.test(f); f = script[i]) {
      const n = /^\d+/.exec(script.slice(i));
      if (n) {
        occurrence = Number(n[0]);
        i += n[0].length;
        if (occurrence === 0) throw error("number option to `s' command may not be zero");
        continue;
      }
      i++;
      if (f === 'g') global = true;
      else if (f === 'p') print = true;
      else if (f === 'i' || f === 'I') ignoreCase = true;
      else if ('wemM'.includes(f)) throw error(`the s///${f} flag`, true);
      else throw error("unknown option to `s'");
    }
    if (pattern === '') throw error('no previous regular expression');
    const re = compile(pattern, `g${ignoreCase ? 'i' : ''}`);
    const groups = (new RegExp(`${re.source}|`).exec('')?.length ?? 1) - 1;
    const highest = Math.max(0, ...replacement.map((p) => (p.kind === 'group' ? p.n : 0)));
    if (highest > groups) throw error(`invalid reference \\${highest} on \`s' command's RHS`);
    return { kind: 's', address, re, replacement, global, print, occurrence };
  }

  function replacementParts(text: string): SedReplacement[] {
    const parts: SedReplacement[] = [];
    const add = (t: string) => {
      const last = parts.at(-1);
      if (last?.kind === 'text') parts[parts.length - 1] = { kind: 'text', text: last.text + t };
      else parts.push({ kind: 'text', text: t });
    };
    for (let j = 0; j < text.length; j++) {
      const ch = text[j] ?? '';
      if (ch === '&') parts.push({ kind: 'group', n: 0 });
      else if (ch !== '\\') add(ch);
      else {
        const next = text[++j] ?? '';
        if (/[1-9]/.test(next)) parts.push({ kind: 'group', n: Number(next) });
        else if (next === 'n') add('\n');
        else if (next === 't') add('\t');
        else if ('ULulE'.includes(next)) throw error(`case conversion (\\${next}) in replacements`, true);
        else add(next);
      }
    }
    return parts;
  }
}
