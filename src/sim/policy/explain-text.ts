import type { EvalResult, StatementTrace } from './model.ts';
import { statementLabel } from './reasons.ts';

const VERDICT_WORDS = {
  Allow: 'allows',
  ExplicitDeny: 'explicitly denies',
  NoMatch: 'has no applicable statement',
};

/** Renders a result for people: the summary, then every policy and statement with its verdict. */
export function explainText(result: EvalResult): string {
  const e = result.explanation;
  const lines = [e.summary, `rule: ${e.rule}`];
  if (e.callerAccount || e.resourceAccount) {
    const scope = e.crossAccount ? 'cross-account' : 'same account';
    lines.push(
      `caller account: ${e.callerAccount ?? '-'}, resource account: ${e.resourceAccount ?? '-'} (${scope})`,
    );
  }
  for (const p of e.policies) {
    lines.push(`${p.label}: ${VERDICT_WORDS[p.verdict]}`);
    for (const s of p.statements) lines.push(`  ${statementLine(s)}`);
  }
  return lines.join('\n');
}

function statementLine(s: StatementTrace): string {
  const head = `${statementLabel(s.ref)} (${s.effect})`;
  if (!s.applies) return `- ${head} does not apply: ${s.reason ?? 'no match'}`;
  const how = s.grant ? ` (principal matched as ${s.grant})` : '';
  return `${s.effect === 'Deny' ? '!' : '+'} ${head} applies${how}`;
}
