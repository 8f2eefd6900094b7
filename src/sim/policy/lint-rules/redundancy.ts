import type { Statement } from '../types.ts';
import { type LintRule, statementFinding } from './finding.ts';

/** A statement's meaning without its Sid and position, with list order normalised. */
function meaning(s: Statement): string {
  const sorted = (values: readonly string[]) => [...values].sort();
  return JSON.stringify([
    s.effect,
    s.action.kind,
    sorted(s.action.values),
    s.resource ? [s.resource.kind, sorted(s.resource.values)] : null,
    s.principal ?? null,
    s.conditions.map((c) => [c.raw, c.key.toLowerCase(), sorted(c.values)]).sort(),
  ]);
}

/** `redundant-statement`: a statement that repeats an earlier one (ignoring Sid) adds nothing. */
export const redundantStatement: LintRule = ({ policy }) => {
  const seen = new Map<string, Statement>();
  return policy.statements.flatMap((s) => {
    const key = meaning(s);
    const first = seen.get(key);
    if (!first) {
      seen.set(key, s);
      return [];
    }
    return [
      statementFinding(
        'redundant-statement',
        'suggestion',
        s,
        'Effect',
        `This statement repeats statement #${first.index + 1} and changes nothing; remove it.`,
      ),
    ];
  });
};

/** `empty-sid`: `"Sid": ""` identifies nothing; drop it or give it a name. */
export const emptySid: LintRule = ({ policy }) =>
  policy.statements
    .filter((s) => s.sid === '')
    .map((s) =>
      statementFinding(
        'empty-sid',
        'suggestion',
        s,
        'Sid',
        'The Sid is empty. Remove it, or give the statement a short name that says what it is for.',
      ),
    );
