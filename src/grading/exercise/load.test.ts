import { describe, expect, it } from 'vitest';
import { EXAMPLE_SOLUTION, EXAMPLE_YAML } from './example.ts';
import { parseExercise } from './load.ts';

const dir = 'exercises/ec2-reports-reader';
const load = (yaml: string, solution: string | undefined = EXAMPLE_SOLUTION) =>
  parseExercise({ dir, yaml, ...(solution === undefined ? {} : { solution }) });

describe('parseExercise', () => {
  it('reads the example with its defaults filled in', () => {
    const e = load(EXAMPLE_YAML);
    expect(e.scenario.credentials).toBe('student');
    expect(e.checks.map((c) => c.kind)).toContain('denied');
    expect(e.checks[0]).toMatchObject({ id: 'role-created', points: 1 });
    expect(e.solution).toBe(EXAMPLE_SOLUTION);
  });

  it('requires a must-deny check', () => {
    const yaml = EXAMPLE_YAML.replace(/ {2}- \{ id: vendor-cannot-assume.*\n/, '')
      .replace(/ {2}- id: no-salaries[\s\S]*?points: 2\n/, '')
      .replace('points: 10', 'points: 7');
    expect(() => load(yaml)).toThrow(
      `${dir}/exercise.yaml: checks: needs a must-deny check (denied or cannot-assume) so an over-broad fix such as Principal "*" or Action "*" fails\n  hint: add e.g. { id: vendor-cannot-assume, kind: cannot-assume, principal: '222222222222', role: AppRole } or a denied check (denied, cannot-assume)`,
    );
  });

  it('names the field of a bad check, with a hint', () => {
    const yaml = EXAMPLE_YAML.replace('principal: ec2.amazonaws.com', 'principal: ec2');
    expect(() => load(yaml)).toThrow(
      `${dir}/exercise.yaml: checks[1].principal: a service principal (ec2.amazonaws.com), an account id, a user/role ARN, or user/NAME / role/NAME\n  hint: ec2.amazonaws.com, 222222222222, arn:aws:iam::111111111111:user/student, role/AppRole or user/student`,
    );
  });

  it('lists the kinds for an unknown one', () => {
    expect(() => load(EXAMPLE_YAML.replace('kind: role-exists', 'kind: role-present'))).toThrow(
      /checks\[0\]\.kind: .*\n {2}hint: a check kind is one of role-exists, role-absent/,
    );
  });

  it('checks the points, the id and the solution', () => {
    expect(() => load(EXAMPLE_YAML.replace('points: 10', 'points: 12'))).toThrow(
      `${dir}/exercise.yaml: points: is 12 but the checks' points add up to 10`,
    );
    expect(() => load(EXAMPLE_YAML.replace('id: ec2-reports-reader', 'id: other'))).toThrow(
      `${dir}/exercise.yaml: id: is other but the folder is ec2-reports-reader\n  hint: the id is the folder name: rename one of them`,
    );
    expect(() => load(EXAMPLE_YAML, '  \n')).toThrow(`${dir}/solution.sh: (file): is missing or empty`);
  });

  it('reports duplicate check ids and bad YAML', () => {
    expect(() => load(EXAMPLE_YAML.replace('id: reads-reports', 'id: role-created'))).toThrow(
      `${dir}/exercise.yaml: checks[4].id: duplicate check id role-created`,
    );
    expect(() => load('id: [')).toThrow(`${dir}/exercise.yaml: (file): is not valid YAML`);
  });
});
