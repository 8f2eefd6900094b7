import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'lesson-schema-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Copies the project's content config into a scratch project, adds one lesson, and runs `astro sync` there. */
function syncWith(lesson: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(work, 'p-'));
  for (const path of [
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
    'src', // the content config loads exercises and labs with the grading code
    'content/modules.json',
  ]) {
    cpSync(join(root, path), join(dir, path), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  mkdirSync(join(dir, 'content/lessons/foundations'), { recursive: true });
  writeFileSync(join(dir, 'content/lessons/foundations/broken.mdx'), lesson);
  const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

const valid = `---
title: A lesson
module: foundations
order: 1
level: basic
objectives: [Explain what a role is]
minutes: 10
---
Body.
`;

describe('lesson frontmatter validation', () => {
  it('accepts a lesson with every field', () => {
    const { status, output } = syncWith(valid);
    expect(output).not.toContain('does not match collection schema');
    expect(status).toBe(0);
  });

  it('fails with the file and the field when a value is invalid', () => {
    const { status, output } = syncWith(valid.replace('level: basic', 'level: expert'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/lessons/foundations/broken.mdx');
    expect(output).toMatch(/level: Invalid option: expected one of "basic"\|"intermediate"\|"advanced"/);
  });

  it('fails naming each missing lesson field', () => {
    const { status, output } = syncWith(
      valid.replace('minutes: 10\n', '').replace('objectives: [Explain what a role is]\n', ''),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('foundations/broken');
    expect(output).toMatch(/minutes: Required/);
    expect(output).toMatch(/objectives: Required/);
  });

  it('rejects an unknown module', () => {
    const { status, output } = syncWith(valid.replace('module: foundations', 'module: kubernetes'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/module: Invalid option/);
  });
});
