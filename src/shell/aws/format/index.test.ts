import { describe, expect, it } from 'vitest';
import { cliTimestamp, formatOutput, queryProblem } from './index.ts';

const role = {
  Role: {
    Path: '/',
    RoleName: 'AppRole',
    Arn: 'arn:aws:iam::123456789012:role/AppRole',
    CreateDate: new Date('2025-01-15T09:03:00Z'),
    MaxSessionDuration: 3600,
    PermissionsBoundary: undefined,
  },
};
const operationName = 'GetRole';

describe('timestamps', () => {
  it('print as the CLI prints them, whole seconds or microseconds', () => {
    expect(cliTimestamp(new Date('2025-01-15T09:03:00Z'))).toBe('2025-01-15T09:03:00+00:00');
    expect(cliTimestamp(new Date('2025-01-15T09:03:00.25Z'))).toBe('2025-01-15T09:03:00.250000+00:00');
    expect(cliTimestamp('2025-01-15T10:03:00+01:00')).toBe('2025-01-15T09:03:00+00:00');
  });

  it('are Dates in the response and text in every format and in --query results', () => {
    const json = formatOutput(role, { output: 'json', operationName });
    expect(json).toEqual({
      ok: true,
      stdout: expect.stringContaining('"CreateDate": "2025-01-15T09:03:00+00:00",'),
    });
    const yaml = formatOutput(role, { output: 'yaml', operationName });
    expect(yaml).toEqual({
      ok: true,
      stdout: expect.stringContaining("  CreateDate: '2025-01-15T09:03:00+00:00'\n"),
    });
    const query = formatOutput(role, { output: 'text', operationName, query: 'Role.CreateDate' });
    expect(query).toEqual({ ok: true, stdout: '2025-01-15T09:03:00+00:00\n' });
    const filter = "Role.CreateDate > '2025-01-01'";
    expect(formatOutput(role, { output: 'json', operationName, query: filter })).toEqual({
      ok: true,
      stdout: 'true\n',
    });
  });
});

describe('formatOutput', () => {
  it('drops undefined members and keeps the given key order in JSON', () => {
    const result = formatOutput(role, { output: 'json', operationName });
    expect(result.ok && result.stdout).toBe(
      '{\n    "Role": {\n        "Path": "/",\n        "RoleName": "AppRole",\n' +
        '        "Arn": "arn:aws:iam::123456789012:role/AppRole",\n' +
        '        "CreateDate": "2025-01-15T09:03:00+00:00",\n        "MaxSessionDuration": 3600\n    }\n}\n',
    );
  });

  it('prints nothing at all for an operation with no output', () => {
    for (const output of ['json', 'text', 'table', 'yaml', 'yaml-stream'] as const) {
      expect(formatOutput({}, { output, operationName: 'TagRole' })).toEqual({ ok: true, stdout: '' });
    }
  });

  it('titles tables with the operation name and fits them to the given width', () => {
    const narrow = formatOutput(role, { output: 'table', operationName });
    const wide = formatOutput(role, { output: 'table', operationName, width: 200 });
    expect(narrow.ok && narrow.stdout.split('\n')[1]).toMatch(/^\| +GetRole +\|$/);
    // 80 columns: key/value rows; 200: one header row over one value row.
    expect(narrow.ok && narrow.stdout).toContain('||  RoleName           |  AppRole');
    expect(wide.ok && wide.stdout).toMatch(/\n\|\| +Arn +\| +CreateDate +\| +MaxSessionDuration +\|/);
  });

  it('rejects a --query that does not compile with the CLI message and exit 252', () => {
    expect(formatOutput(role, { output: 'json', operationName, query: 'Role.[' })).toEqual({
      ok: false,
      stderr:
        '\nBad value for --query Role.[: Invalid jmespath expression: Incomplete expression:\n"Role.["\n       ^\n',
      exitCode: 252,
    });
    expect(queryProblem('Role.Arn')).toBeNull();
  });

  it('reports a failing --query function as the CLI does, exit 255', () => {
    expect(formatOutput(role, { output: 'json', operationName, query: 'length(Role.Tags)' })).toEqual({
      ok: false,
      stderr:
        "\nIn function length(), invalid type for value: None, expected one of: ['string', 'array', 'object'], " +
        'received: "null"\n',
      exitCode: 255,
    });
  });
});
