// --query against jmespath.py's own answers (fixtures/query-*.json, recorded by capture.py).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatOutput } from '../index.ts';
import type { Json } from '../python.ts';

type Case = {
  query: string;
  stdout?: string;
  stderr?: string;
  exitCode?: number;
  outputs?: Record<string, unknown>;
};
type QueryFixture = { operationName: string; responseJson: Json; cases: Case[] };

function load(name: string): QueryFixture {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8'),
  ) as QueryFixture;
}

const errors = load('query-errors');
const results = load('query-results');

/**
 * Where the npm `jmespath` package (0.16) answers differently from jmespath.py; `it.fails`
 * keeps each one pinned and turns red the day it starts matching.
 */
const KNOWN_DIVERGENCES: Record<string, string> = {
  // The package's type errors do not carry the offending value, which jmespath.py prints
  // (we print it only when it is null: `None`); sort_by/max_by word theirs differently too.
  'abs(Name)': 'type error value',
  'sum(Roles[].RoleName)': 'type error value',
  'starts_with(Name, `1`)': 'type error value',
  'join(`", "`, Roles)': 'type error value',
  'sort_by(Roles, &Tags)': 'type error value',
  'max_by(Roles, &Tags)': 'type error value',
  'keys(Flag)': 'type error value',
  'avg(Name)': 'type error value',
  // JSON numbers have no int/float distinction: Python's avg() and to_number() give floats.
  'avg(Roles[].MaxSessionDuration)': 'float printed as int (17600.0)',
  'avg(`[2, 2]`)': 'float printed as int (2.0)',
  "to_number('1e3')": 'float printed as int (1000.0)',
  '`1.0`': 'float printed as int (1.0)',
  // The package sorts numbers as strings: [10, 100, 2.5, 9].
  'sort(Numbers)': 'numbers sorted as text',
  // jmespath.py answers null when an ordering comparison mixes types or uses booleans.
  'Count < Name': 'ordering comparison of mixed types',
  'Flag > `false`': 'ordering comparison of booleans',
  // jmespath.py's to_string escapes non-ASCII (json.dumps default ensure_ascii).
  'to_string(`{"é": 1}`)': 'to_string keeps non-ASCII',
};

const check = (query: string) => (query in KNOWN_DIVERGENCES ? it.fails : it);

describe('--query errors', () => {
  describe.each(errors.cases)('$query', ({ query, stdout, stderr, exitCode }) => {
    check(query)('prints what the CLI prints', () => {
      const result = formatOutput(errors.responseJson, {
        output: 'json',
        query,
        operationName: errors.operationName,
      });
      expect(result).toEqual(exitCode === 0 ? { ok: true, stdout } : { ok: false, stderr, exitCode });
    });
  });
});

describe('--query results', () => {
  const cases = results.cases.flatMap(({ query, outputs }) =>
    Object.entries(outputs ?? {}).map(([output, expected]) => ({
      query,
      output: output as 'json' | 'text',
      expected,
    })),
  );
  describe.each(cases)('$query --output $output', ({ query, output, expected }) => {
    check(query)('prints what the CLI prints', () => {
      const result = formatOutput(results.responseJson, {
        output,
        query,
        operationName: results.operationName,
      });
      expect(result.ok ? result.stdout : { stderr: result.stderr, exitCode: result.exitCode }).toEqual(
        expected,
      );
    });
  });
});
