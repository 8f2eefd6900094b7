import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SOLUTION, EXAMPLE_YAML } from '../grading/exercise/example.ts';
import { labsLoader } from './exercise-loader.ts';

/** A site root with one lab file and the format's example as its only exercise. */
function site(lab: string): LoaderContext {
  const root = mkdtempSync(join(tmpdir(), 'labs-loader-'));
  mkdirSync(join(root, 'content', 'labs'), { recursive: true });
  mkdirSync(join(root, 'exercises', 'ec2-reports-reader'), { recursive: true });
  writeFileSync(join(root, 'exercises', 'ec2-reports-reader', 'exercise.yaml'), EXAMPLE_YAML);
  writeFileSync(join(root, 'exercises', 'ec2-reports-reader', 'solution.sh'), EXAMPLE_SOLUTION);
  writeFileSync(join(root, 'content', 'labs', 'week-3.yaml'), lab);
  const entries = new Map<string, unknown>();
  return {
    config: { root: pathToFileURL(`${root}/`) },
    store: { clear: () => entries.clear(), set: (e: { id: string }) => entries.set(e.id, e) },
    generateDigest: () => 'digest',
  } as unknown as LoaderContext;
}

describe('labsLoader', () => {
  it('fails the build naming the file, the field and a hint', async () => {
    const context = site(
      'id: week-3\ntitle: Week 3\ndescription: Roles.\nexercises: [ec2-reports-reader, nope]\noptions: { seed: 1 }\n',
    );
    await expect(labsLoader().load(context)).rejects.toMatchObject({
      name: 'AstroUserError',
      message: 'content/labs/week-3.yaml: exercises[1]: no exercise named nope',
      hint: 'list exercise ids (folders under exercises/): ec2-reports-reader',
    });
  });
});
