import { describe, expect, it } from 'vitest';
import { basename, dirname, normalize, resolve, tildify } from './path.ts';

describe('path', () => {
  it('normalises dots, double slashes and trailing slashes', () => {
    expect(normalize('/a//b/./c/../d/')).toBe('/a/b/d');
    expect(normalize('/../..')).toBe('/');
  });
  it('resolves relative paths against cwd', () => {
    expect(resolve('/home/student', '../x')).toBe('/home/x');
    expect(resolve('/home/student', '/etc')).toBe('/etc');
  });
  it('splits names', () => {
    expect(dirname('/a/b')).toBe('/a');
    expect(dirname('/a')).toBe('/');
    expect(basename('/a/b/')).toBe('b');
  });
  it('shows home as ~', () => {
    expect(tildify('/home/student/x', '/home/student')).toBe('~/x');
    expect(tildify('/home/students', '/home/student')).toBe('/home/students');
  });
});
