import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('./', import.meta.url);
const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
/** A source file without its comments, which may well mention localStorage. */
const code = (f: string) =>
  readFileSync(new URL(f, dir), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

describe('src/progress boundaries', () => {
  it('touches the browser only in browser.ts, so the store runs (and is tested) anywhere', () => {
    const offenders = sources.filter(
      (f) => f !== 'browser.ts' && /\b(window|document|localStorage|sessionStorage)\s*[.[]/.test(code(f)),
    );
    expect(sources).toContain('store.ts');
    expect(offenders).toEqual([]);
  });

  it('imports nothing from pages, components, islands or astro:*', () => {
    for (const f of sources) {
      expect(code(f), f).not.toMatch(/from '(astro:|\.\.\/(components|islands|pages)\/)/);
    }
  });

  it('imports Zod only as zod/mini, since every lesson page loads the store', () => {
    for (const f of sources) expect(code(f), f).not.toMatch(/from 'zod(\/v4)?'/);
  });
});
