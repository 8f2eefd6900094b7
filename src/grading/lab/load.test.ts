import { describe, expect, it } from 'vitest';
import { LabError, parseLab } from './load.ts';

const file = 'content/labs/week-3.yaml';
const yaml = `id: week-3
title: Week 3 — service roles
description: Give an instance and a function the access they need, and no more.
exercises: [ec2-reports-reader]
options: { seed: 2026, hideSolutions: true }
`;

describe('parseLab', () => {
  it('reads a lab, defaulting hideSolutions to false', () => {
    expect(parseLab({ file, yaml }, ['ec2-reports-reader'])).toMatchObject({
      id: 'week-3',
      exercises: ['ec2-reports-reader'],
      options: { seed: 2026, hideSolutions: true },
    });
    const shown = parseLab({ file, yaml: yaml.replace(', hideSolutions: true', '') }, ['ec2-reports-reader']);
    expect(shown.options.hideSolutions).toBe(false);
  });

  it('names the file, the field and a hint for every mistake', () => {
    const broken = yaml
      .replace('id: week-3', 'id: week-4')
      .replace('[ec2-reports-reader]', '[ec2-reports-reader, no-such-thing]')
      .replace('seed: 2026, ', '');
    const error = (() => {
      try {
        parseLab({ file, yaml: broken }, ['ec2-reports-reader']);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(LabError);
    expect((error as LabError).message).toBe(
      'content/labs/week-3.yaml: options.seed: must be a whole number or a word (the same for every learner)\n' +
        '  hint: options: { seed: 2026, hideSolutions: true } — the seed is required so every learner gets the same world',
    );
    const named = (() => {
      try {
        parseLab({ file, yaml: broken.replace('hideSolutions', 'seed: 1, hideSolutions') }, [
          'ec2-reports-reader',
        ]);
      } catch (e) {
        return (e as LabError).message;
      }
    })();
    expect(named).toBe(
      'content/labs/week-3.yaml: id: is week-4 but the file is week-3.yaml\n' +
        '  hint: the id is the file name: rename one of them\n' +
        'content/labs/week-3.yaml: exercises[1]: no exercise named no-such-thing\n' +
        '  hint: list exercise ids (folders under exercises/): ec2-reports-reader',
    );
  });
});
