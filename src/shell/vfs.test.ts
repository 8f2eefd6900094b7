import { describe, expect, it } from 'vitest';
import { createSimClock } from './clock.ts';
import { createVfs } from './vfs.ts';

describe('vfs', () => {
  it('starts with a home holding an empty ~/.aws, /tmp and /dev/null', () => {
    const fs = createVfs();
    expect(fs.home).toBe('/home/student');
    expect(fs.readdir('/home/student/.aws')).toEqual({ ok: true, value: [] });
    expect(fs.readFile('/dev/null')).toEqual({ ok: true, value: '' });
    expect(fs.writeFile('/dev/null', 'gone')).toEqual({ ok: true, value: undefined });
    expect(fs.readFile('/dev/null')).toEqual({ ok: true, value: '' });
    expect(createVfs({ home: '/home/ec2-user/' }).stat('/home/ec2-user/.aws').ok).toBe(true);
  });

  it('returns errors as values with errno codes', () => {
    const fs = createVfs();
    fs.writeFile('/tmp/f', 'x');
    expect(fs.readFile('/nope')).toEqual({
      ok: false,
      error: { kind: 'FsError', code: 'ENOENT', path: '/nope' },
    });
    expect(fs.mkdir('/tmp')).toMatchObject({ ok: false, error: { code: 'EEXIST' } });
    expect(fs.mkdir('/a/b')).toMatchObject({ ok: false, error: { code: 'ENOENT' } });
    expect(fs.mkdir('/tmp/f/x')).toMatchObject({ ok: false, error: { code: 'ENOTDIR' } });
    expect(fs.remove('/tmp')).toMatchObject({ ok: false, error: { code: 'EISDIR' } });
    expect(fs.readFile('/tmp')).toMatchObject({ ok: false, error: { code: 'EISDIR' } });
    expect(fs.rename('/tmp', '/tmp/inside')).toMatchObject({ ok: false, error: { code: 'EINVAL' } });
  });

  it('normalises paths', () => {
    const fs = createVfs();
    fs.mkdir('/a/b', { parents: true });
    fs.writeFile('/a/./b/../b//f', 'hi');
    expect(fs.readFile('/a/b/f')).toEqual({ ok: true, value: 'hi' });
  });

  it('snapshots to plain JSON and restores', () => {
    const clock = createSimClock(0);
    const fs = createVfs({ clock });
    fs.mkdir('/home/student/project');
    clock.advance(5000);
    fs.writeFile('/home/student/project/policy.json', '{"a":1}\n', { mode: 0o600 });
    const snapshot = JSON.parse(JSON.stringify(fs.snapshot()));
    const restored = createVfs({ snapshot });
    expect(restored.readFile('/home/student/project/policy.json')).toEqual({ ok: true, value: '{"a":1}\n' });
    expect(restored.stat('/home/student/project/policy.json')).toEqual({
      ok: true,
      value: { type: 'file', size: 8, mtime: 5000, mode: 0o600 },
    });
    expect(restored.snapshot()).toEqual(snapshot);
  });
});
