import { describe, expect, it } from 'vitest';
import { type CommandSpec, commonPrefix, createCompleter, subcommandsFrom } from './completion.ts';

const aws: Record<string, CommandSpec> = {
  aws: {
    options: { '--output': ['json', 'text', 'table'], '--profile': 'value', '--debug': 'flag' },
    subcommands: {
      iam: {
        subcommands: {
          'create-role': { options: { '--role-name': 'value', '--assume-role-policy-document': 'value' } },
          'list-roles': {},
        },
      },
      sts: { subcommands: { 'assume-role': { options: { '--role-arn': 'value' } } } },
    },
  },
};

const complete = createCompleter({
  commands: ['aws', 'cat', 'cd', 'ls'],
  subcommands: subcommandsFrom(aws),
  files: (prefix) => ['trust.json', 'policy.json', 'policies/'].filter((f) => f.startsWith(prefix)),
});

// Completes at the end of `line` and returns just the candidates.
const at = (line: string) => complete(line, line.length).candidates;

describe('createCompleter', () => {
  it('completes command names in the first word', () => {
    expect(at('c')).toEqual(['cat', 'cd']);
    expect(complete('c', 1)).toEqual({ candidates: ['cat', 'cd'], replaceFrom: 0, replaceTo: 1 });
  });

  it('walks services, then operations', () => {
    expect(at('aws ')).toEqual(['iam', 'sts']);
    expect(at('aws i')).toEqual(['iam']);
    expect(at('aws iam ')).toEqual(['create-role', 'list-roles']);
    expect(complete('aws iam cr', 10)).toEqual({
      candidates: ['create-role'],
      replaceFrom: 8,
      replaceTo: 10,
    });
  });

  it('offers options not used yet, including ones inherited from above', () => {
    expect(at('aws iam create-role --')).toEqual([
      '--assume-role-policy-document',
      '--debug',
      '--output',
      '--profile',
      '--role-name',
    ]);
    expect(at('aws iam create-role --role-name Dev --r')).toEqual([]);
    expect(at('aws iam create-role --role-name Dev --a')).toEqual(['--assume-role-policy-document']);
  });

  it("completes an option's listed values, and files for a free value", () => {
    expect(at('aws iam list-roles --output t')).toEqual(['table', 'text']);
    expect(at('aws iam list-roles --debug --o')).toEqual(['--output']);
    expect(at('aws iam create-role --assume-role-policy-document ')).toEqual([
      'policies/',
      'policy.json',
      'trust.json',
    ]);
  });

  it('completes the path after file:// and fileb://', () => {
    expect(at('aws iam create-role --assume-role-policy-document file://t')).toEqual(['file://trust.json']);
    expect(at('cat fileb://po')).toEqual(['fileb://policies/', 'fileb://policy.json']);
  });

  it('falls back to file names for commands it knows nothing about', () => {
    expect(at('cat p')).toEqual(['policies/', 'policy.json']);
  });

  it('starts a new command after a pipe or separator', () => {
    expect(at('aws iam list-roles | c')).toEqual(['cat', 'cd']);
    expect(at('ls; a')).toEqual(['aws']);
    expect(at('ls&&a')).toEqual(['aws']);
  });

  it('completes only the text before the cursor', () => {
    expect(complete('aws iam list-roles', 5)).toEqual({ candidates: ['iam'], replaceFrom: 4, replaceTo: 5 });
  });

  it('accepts commands from a function, so the host can add aliases later', () => {
    const names = ['whoami'];
    const dynamic = createCompleter({ commands: () => names });
    names.push('which');
    expect(dynamic('wh', 2).candidates).toEqual(['which', 'whoami']);
  });
});

describe('commonPrefix', () => {
  it('finds the longest shared start', () => {
    expect(commonPrefix(['s3', 's3api'])).toBe('s3');
    expect(commonPrefix(['create-role', 'create-user'])).toBe('create-');
    expect(commonPrefix([])).toBe('');
  });

  it('never splits a surrogate pair', () => {
    expect(commonPrefix(['a😀', 'a😁'])).toBe('a');
  });
});
