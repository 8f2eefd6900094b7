import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const layers = ['sim', 'shell', 'terminal', 'grading'] as const;

function files(dir: string): string[] {
  try {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      // Tests may use Node-only helpers such as @xterm/headless; the shipped modules may not.
      if (statSync(path).isDirectory()) return files(path);
      return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
    });
  } catch {
    return [];
  }
}

function imports(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
}

// Dependencies point one way: pages/components → islands → terminal, grading → shell → sim.
const forbidden: Record<(typeof layers)[number], RegExp> = {
  sim: /^astro:|\/(components|islands|pages|progress|shell|terminal|grading)\//,
  shell: /^astro:|\/(components|islands|pages|progress|terminal|grading)\//,
  terminal: /^astro:|\/(components|islands|pages|progress|grading)\//,
  grading: /^astro:|\/(components|islands|pages|progress|terminal)\//,
};

describe('pure core layering', () => {
  for (const layer of layers) {
    it(`src/${layer} imports nothing from the UI or a higher layer`, () => {
      const offenders = files(join(root, 'src', layer)).flatMap((file) =>
        imports(file)
          .filter((spec) => forbidden[layer].test(spec) || /^(react|react-dom|@xterm\/)/.test(spec))
          .map((spec) => `${relative(root, file)} imports ${spec}`),
      );
      expect(offenders).toEqual([]);
    });
  }

  it('the checker itself catches a forbidden import', () => {
    expect(forbidden.sim.test('../../islands/Terminal.tsx')).toBe(true);
    expect(forbidden.sim.test('astro:content')).toBe(true);
    expect(forbidden.shell.test('../sim/world.ts')).toBe(false);
  });
});
