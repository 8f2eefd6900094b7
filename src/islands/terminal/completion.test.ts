import { describe, expect, it } from 'vitest';
import { createShell } from '../../shell/shell.ts';
import { shellCompleter } from './completion.ts';

describe('shellCompleter', () => {
  it('completes commands, then paths in the virtual file system', async () => {
    const shell = createShell();
    await shell.feed('mkdir -p notes/draft && echo x > notes/todo.txt && echo y > .hidden');
    const complete = shellCompleter(() => shell, ['aws']);
    expect(complete('ec', 2).candidates).toEqual(['echo']);
    expect(complete('a', 1).candidates).toContain('aws');
    expect(complete('cat no', 6).candidates).toEqual(['notes/']);
    expect(complete('cat notes/', 10).candidates).toEqual(['notes/draft/', 'notes/todo.txt']);
    expect(complete('cat ~/notes/t', 13).candidates).toEqual(['~/notes/todo.txt']);
    expect(complete('cat .h', 6).candidates).toEqual(['.hidden']);
  });

  it('completes aws services, operations and unused options', async () => {
    const complete = shellCompleter(() => createShell(), ['aws']);
    expect(complete('aws st', 6).candidates).toEqual(['sts']);
    expect(complete('aws sts assume-r', 16).candidates).toEqual(
      expect.arrayContaining(['assume-role', 'assume-role-with-web-identity']),
    );
    const options = complete('aws sts assume-role --role-arn x --', 35).candidates;
    expect(options).toContain('--role-session-name');
    expect(options).not.toContain('--role-arn');
  });
});
