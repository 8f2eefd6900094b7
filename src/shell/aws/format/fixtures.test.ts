// Golden tests: every fixture recorded by fixtures/capture.py from the real AWS CLI v2, fed
// through formatOutput and compared byte for byte.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePyJson } from '../params/py-json.ts';
import { type FormatResult, formatOutput, type OutputFormat } from './index.ts';
import type { Json } from './python.ts';

/** A recorded output: the stdout text, or what the CLI printed when it failed. */
type Recorded = string | { stderr: string; exitCode: number };

type OutputFixture = {
  argv: string[] | null;
  operationName: string;
  cliVersion: string;
  /** "aws-cli" (the binary against moto) or "aws-cli-formatter" (its formatter, offline). */
  source: string;
  responseJson: Json;
  /** A paginated list operation (text prints --max-items' NextToken on its own line). */
  paginated?: boolean;
  /** The raw page yaml-stream prints (with and without --query), when not the merged response. */
  yamlStreamInput?: Json;
  outputs: Record<OutputFormat, Recorded>;
  /** `--output table` on a terminal this many columns wide. */
  tables: Record<string, Recorded>;
  queries: { query: string; outputs: Record<OutputFormat, Recorded> }[];
};

const DIR = new URL('./fixtures/', import.meta.url);
const names = readdirSync(DIR)
  .filter((name) => name.endsWith('.json') && !name.startsWith('query-'))
  .map((name) => name.slice(0, -'.json'.length))
  .sort();

/** Python's `json.load`: keys keep their order (`"123"` too) and `1.0` stays a float. */
function readJson(url: URL): unknown {
  const parsed = parsePyJson(readFileSync(url, 'utf8'), false);
  if (!parsed.ok) throw new Error(`${url.pathname}: ${parsed.message}`);
  return parsed.value;
}

function load(name: string): OutputFixture {
  return readJson(new URL(`${name}.json`, DIR)) as OutputFixture;
}

function recorded(result: FormatResult): Recorded {
  return result.ok ? result.stdout : { stderr: result.stderr, exitCode: result.exitCode };
}

describe.each(names)('fixture %s', (name) => {
  const fixture = load(name);
  const { operationName, paginated } = fixture;
  const input = (output: OutputFormat) =>
    output === 'yaml-stream' ? (fixture.yamlStreamInput ?? fixture.responseJson) : fixture.responseJson;

  describe.each(Object.entries(fixture.outputs))('--output %s', (output, expected) => {
    const format = output as OutputFormat;
    it('prints what the CLI prints', () => {
      expect(recorded(formatOutput(input(format), { output: format, operationName, paginated }))).toEqual(
        expected,
      );
    });
  });

  it.each(Object.entries(fixture.tables))('--output table at %s columns', (width, expected) => {
    const result = formatOutput(fixture.responseJson, {
      output: 'table',
      operationName,
      width: Number(width),
    });
    expect(recorded(result)).toEqual(expected);
  });

  const queries = fixture.queries.flatMap(({ query, outputs }) =>
    Object.entries(outputs).map(([output, expected]) => ({
      query,
      output: output as OutputFormat,
      expected,
    })),
  );
  describe.runIf(queries.length > 0).each(queries)(
    '--query $query --output $output',
    ({ query, output, expected }) => {
      it('prints what the CLI prints', () => {
        expect(recorded(formatOutput(input(output), { output, query, operationName, paginated }))).toEqual(
          expected,
        );
      });
    },
  );
});
