import { describe, expect, it } from 'vitest';
import cases from './cases/parser-cases.json' with { type: 'json' };
import { parsePyJson } from './py-json.ts';
import { pyStr } from './python.ts';
import { parseShorthand } from './shorthand.ts';

/** Inputs answered by the CLI's own shorthand parser and Python's json (tools/capture-aws-fixtures.py). */
describe('shorthand syntax, as awscli/shorthand.py parses it', () => {
  it.each(cases.shorthand.map((c) => [c.input, c] as const))('%j', (input, expected) => {
    const result = parseShorthand(input);
    if ('error' in expected) expect(result).toEqual({ ok: false, message: expected.error });
    else expect(result).toEqual({ ok: true, value: expected.value });
  });
});

describe("JSON, as Python's json.loads parses it", () => {
  it.each(cases.json.map((c) => [c.input, c] as const))('%j', (input, expected) => {
    const result = parsePyJson(input);
    if ('error' in expected) expect(result).toEqual({ ok: false, message: expected.error });
    else expect(result.ok && pyStr(result.value)).toBe(expected.repr);
  });
});
