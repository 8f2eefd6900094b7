// Properties of the --query evaluator; fixtures/query-*.json pin its answers against jmespath.py.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePyJson } from '../../params/py-json.ts';
import { formatOutput, type OutputFormat } from '../index.ts';
import { type Json, PyFloat, pyRepr } from '../python.ts';
import { evaluateQuery, queryProblem } from './search.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20251115);
const runs = (numRuns: number) => ({ numRuns, seed: SEED });

const KEYS = ['a', 'b', 'c'];

/** JSON as Python holds it: ints, floats (whole ones as PyFloat), code-point strings. */
const json: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false),
    fc.integer({ min: -1000, max: 1000 }),
    fc
      .double({ noNaN: true, noDefaultInfinity: true })
      .map((x) => (Number.isSafeInteger(x) ? new PyFloat(x) : x)),
    fc.string({ unit: 'binary', maxLength: 6 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** Expressions from the grammar's pieces, well formed or not. */
const expression = fc
  .array(
    fc.constantFrom(
      ...KEYS,
      '@',
      '.',
      '*',
      '[]',
      '[0]',
      '[-1]',
      '[1:]',
      '[::-1]',
      '[?',
      ']',
      '[',
      ',',
      '{k: ',
      '}',
      '(',
      ')',
      ' | ',
      ' || ',
      ' && ',
      '!',
      ' == ',
      ' < ',
      ' >= ',
      '&',
      '`1`',
      '`1.0`',
      '`"x"`',
      "'é'",
      'length(',
      'sort(',
      'sort_by(',
      'max_by(',
      'to_string(',
      'to_number(',
      'sum(',
      'avg(',
      'merge(',
      'contains(',
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(''));

const OUTPUTS: OutputFormat[] = ['json', 'text', 'table', 'yaml', 'yaml-stream'];

describe('--query on any input', () => {
  it('never throws: a bad expression or a Python error is stderr and an exit code', () => {
    fc.assert(
      fc.property(
        expression,
        fc.dictionary(fc.constantFrom(...KEYS), json),
        fc.constantFrom(...OUTPUTS),
        (query, doc, output) => {
          const result = formatOutput(doc, { output, query, operationName: 'Op' });
          if (!result.ok) expect([252, 255]).toContain(result.exitCode);
          expect(queryProblem(query) === null).toBe(result.ok || result.exitCode === 255);
        },
      ),
      runs(3000),
    );
  });
});

describe('functions', () => {
  it('to_string() writes JSON that Python reads back as the same value', () => {
    fc.assert(
      fc.property(json, (value) => {
        const text = evaluateQuery('to_string(@)', value);
        const expected = typeof value === 'string' ? value : pyRepr(value);
        if (typeof value === 'string') expect(text).toBe(expected);
        else {
          const back = parsePyJson(String(text), false);
          expect(back.ok && pyRepr(back.value as Json)).toBe(expected);
          expect(String(text)).toMatch(/^[\x20-\x7e]*$/);
        }
      }),
      runs(500),
    );
  });

  it('sort() and sort_by() order numbers and keep equal ones in their order', () => {
    const numbers = fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(new PyFloat(1), 0.5)));
    fc.assert(
      fc.property(numbers, (items) => {
        const value = (x: Json) => (x instanceof PyFloat ? x.value : (x as number));
        const sorted = [...items].sort((x, y) => value(x) - value(y));
        expect(evaluateQuery('sort(@)', items)).toEqual(sorted);
        const wrapped = items.map((n) => ({ n }));
        expect(evaluateQuery('sort_by(@, &n)[].n', wrapped)).toEqual(sorted);
      }),
      runs(300),
    );
  });
});

describe('comparisons', () => {
  it('== is symmetric, and a < b is b > a', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        const doc = { a, b };
        expect(evaluateQuery('a == b', doc)).toBe(evaluateQuery('b == a', doc));
        // A number against a string is Python's TypeError both ways round.
        expect(outcome('a < b', doc)).toEqual(outcome('b > a', doc));
      }),
      runs(500),
    );
  });
});

function outcome(query: string, doc: Json): Json | 'TypeError' {
  try {
    return evaluateQuery(query, doc);
  } catch {
    return 'TypeError';
  }
}
