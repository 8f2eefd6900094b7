import { describe, expect, it } from 'vitest';
import { createHistory } from './history.ts';

describe('history', () => {
  it('skips blank lines, lines starting with a space and consecutive repeats', () => {
    const history = createHistory();
    for (const line of ['ls', 'ls', '', '   ', ' export SECRET=1', 'pwd', 'ls']) history.add(line);
    expect(history.list()).toEqual(['ls', 'pwd', 'ls']);
  });

  it('keeps only the newest entries past its limit', () => {
    const history = createHistory({ limit: 3 });
    for (const line of ['a', 'b', 'c', 'd']) history.add(line);
    expect(history.list()).toEqual(['b', 'c', 'd']);
  });

  it('keeps 1,000 entries by default', () => {
    const history = createHistory();
    for (let i = 0; i < 1005; i++) history.add(`echo ${i}`);
    expect(history.list()).toHaveLength(1000);
    expect(history.list()[0]).toBe('echo 5');
  });

  it('survives a round trip through serialize and restore', () => {
    const history = createHistory();
    history.add('aws sts get-caller-identity');
    history.add('aws iam list-roles');
    const restored = createHistory();
    expect(restored.restore(history.serialize())).toEqual({ ok: true, count: 2 });
    expect(restored.list()).toEqual(['aws sts get-caller-identity', 'aws iam list-roles']);
  });

  it('restores at most its limit and drops entries that are not lines', () => {
    const history = createHistory({ limit: 2 });
    const data = JSON.stringify({ version: 1, entries: ['a', 7, 'b\nc', 'd', 'e'] });
    expect(history.restore(data)).toEqual({ ok: true, count: 2 });
    expect(history.list()).toEqual(['d', 'e']);
  });

  it('reports bad data and keeps what it had', () => {
    const history = createHistory();
    history.add('kept');
    expect(history.restore('{not json')).toEqual({ ok: false, reason: 'history is not JSON' });
    expect(history.restore('["a"]')).toEqual({ ok: false, reason: 'history is not version 1 data' });
    expect(history.list()).toEqual(['kept']);
  });

  it('clears', () => {
    const history = createHistory();
    history.add('x');
    history.clear();
    expect(history.list()).toEqual([]);
  });
});
