// --query against jmespath.py's own answers (fixtures/query-*.json, recorded by capture.py).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePyJson } from '../../params/py-json.ts';
import { formatOutput, type OutputFormat } from '../index.ts';
import type { Json } from '../python.ts';

type Case = {
  query: string;
  stdout?: string;
  stderr?: string;
  exitCode?: number;
  outputs?: Record<string, unknown>;
};
type QueryFixture = { operationName: string; responseJson: Json; cases: Case[] };

/** Python's `json.load`: keys keep their order (`"123"` too) and `1.0` stays a float. */
function readJson(url: URL): unknown {
  const parsed = parsePyJson(readFileSync(url, 'utf8'), false);
  if (!parsed.ok) throw new Error(`${url.pathname}: ${parsed.message}`);
  return parsed.value;
}

function load(name: string): QueryFixture {
  return readJson(new URL(`../fixtures/${name}.json`, import.meta.url)) as QueryFixture;
}

const errors = load('query-errors');
const results = load('query-results');

describe('--query errors', () => {
  describe.each(errors.cases)('$query', ({ query, stdout, stderr, exitCode }) => {
    it('prints what the CLI prints', () => {
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
      output: output as OutputFormat,
      expected,
    })),
  );
  describe.each(cases)('$query --output $output', ({ query, output, expected }) => {
    it('prints what the CLI prints', () => {
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
