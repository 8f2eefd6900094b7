import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import modules from '../content/modules.json' with { type: 'json' };

const lessonsDir = resolve(import.meta.dirname, '../content/lessons');

interface Lesson {
  id: string;
  folder: string;
  data: { module?: string; order?: number; prerequisites?: string[]; title?: string };
}

function lessons(): Lesson[] {
  return readdirSync(lessonsDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f) && !f.split('/').pop()?.startsWith('_'))
    .map((f) => {
      const text = readFileSync(join(lessonsDir, f), 'utf8');
      const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      return { id: f.replace(/\.mdx?$/, ''), folder: f.split('/')[0] ?? '', data: parse(front) ?? {} };
    });
}

describe('course structure', () => {
  const all = lessons();

  it('has at least the first lesson', () => {
    expect(all.map((l) => l.id)).toContain('foundations/what-is-a-role');
  });

  it('module ids are unique', () => {
    const ids = modules.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every lesson sits in the folder of its module', () => {
    expect(all.filter((l) => l.data.module !== l.folder).map((l) => l.id)).toEqual([]);
  });

  it('lesson order is unique within a module', () => {
    const seen = all.map((l) => `${l.data.module}#${l.data.order}`);
    expect(seen.filter((k, i) => seen.indexOf(k) !== i)).toEqual([]);
  });

  it('every lesson is hands-on: it embeds at least one <Lab> terminal', () => {
    const withoutLab = all.filter(
      (l) => !readFileSync(join(lessonsDir, `${l.id}.mdx`), 'utf8').includes('<Lab'),
    );
    expect(withoutLab.map((l) => l.id)).toEqual([]);
  });

  it('prerequisites name existing lessons', () => {
    const ids = new Set(all.map((l) => l.id));
    const missing = all.flatMap((l) =>
      (l.data.prerequisites ?? []).filter((p) => !ids.has(p)).map((p) => `${l.id} → ${p}`),
    );
    expect(missing).toEqual([]);
  });
});
