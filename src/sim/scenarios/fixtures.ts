import { defaultSandbox, STUDENT_KEY } from './default-sandbox.ts';
import { loadScenario } from './load.ts';

/** Test helper: a fresh default sandbox world and the student's credentials. */
export function sandbox() {
  return { world: loadScenario(defaultSandbox, 'default-sandbox'), student: { ...STUDENT_KEY } };
}

/** A trust policy letting `principal` (an ARN or account id) assume the role, optionally with conditions. */
export function trust(principal: string, condition?: Record<string, unknown>): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: principal },
        Action: 'sts:AssumeRole',
        ...(condition ? { Condition: condition } : {}),
      },
    ],
  });
}

/** An identity policy allowing `actions` on `resource`. */
export function allow(actions: string | string[], resource = '*'): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: actions, Resource: resource }],
  });
}
