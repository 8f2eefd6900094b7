import { predictResult, type Question, type QuestionOf } from '../grading/quiz/index.ts';
import type { QuizItem, ShownPolicy } from '../islands/quiz/types.ts';
import { renderInline, renderMarkdown } from './markdown.ts';

type Policies = QuestionOf<'predict'>['policies'];

/** How a policy kind reads in captions, e.g. above the fix-policy editor. */
export const KIND_LABEL: Readonly<Record<QuestionOf<'fix-policy'>['kind'], string>> = {
  identity: 'Identity-based policy',
  trust: 'Trust policy',
  resource: 'Resource-based policy',
  boundary: 'Permissions boundary',
  session: 'Session policy',
  scp: 'Service control policy',
};

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The policy set as captioned JSON documents, in evaluation-diagram order. */
export function showPolicies(policies: Policies, action: string): ShownPolicy[] {
  const shown: ShownPolicy[] = [];
  const numbered = (label: string, list: readonly unknown[]) =>
    list.forEach((doc, i) => {
      shown.push({ label: list.length > 1 ? `${label} ${i + 1}` : label, json: json(doc) });
    });
  const levels = policies.scps ?? [];
  levels.forEach((level, l) => {
    const where = l === 0 ? 'root' : l === levels.length - 1 ? 'account' : 'OU';
    numbered(`Service control policy (${where})`, level);
  });
  if (policies.resource != null) {
    // The resource of an AssumeRole call is the role, whose resource-based policy is its trust policy.
    const label = action.startsWith('sts:AssumeRole') ? 'Trust policy' : 'Resource-based policy';
    shown.push({ label, json: json(policies.resource) });
  }
  numbered('Identity-based policy', policies.identity ?? []);
  if (policies.permissionsBoundary != null)
    shown.push({ label: 'Permissions boundary', json: json(policies.permissionsBoundary) });
  numbered('Session policy', policies.session ?? []);
  return shown;
}

/** A bank question as the quiz island renders it. */
export function toQuizItem(q: Question): QuizItem {
  const base = {
    id: q.id,
    level: q.level,
    topics: q.topics,
    lesson: q.lesson,
    promptHtml: renderInline(q.prompt),
    explanationHtml: renderMarkdown(q.explanation),
  };
  switch (q.type) {
    case 'single':
    case 'multiple':
      return {
        ...base,
        type: q.type,
        choices: q.choices.map((c) => ({
          id: c.id,
          html: renderInline(c.text),
          correct: c.correct,
          whyHtml: renderMarkdown(c.why),
        })),
      };
    case 'true-false':
      return { ...base, type: q.type, answer: q.answer, whyHtml: renderMarkdown(q.why) };
    case 'order':
      return { ...base, type: q.type, steps: q.steps.map((s) => ({ id: s.id, html: renderInline(s.text) })) };
    case 'predict': {
      const result = predictResult(q);
      return {
        ...base,
        type: q.type,
        requestJson: json(q.request),
        policies: showPolicies(q.policies, q.request.action),
        decision: result.decision,
        engineSummary: result.explanation.summary,
        whyHtml: {
          Allow: renderMarkdown(q.why.Allow),
          ExplicitDeny: renderMarkdown(q.why.ExplicitDeny),
          ImplicitDeny: renderMarkdown(q.why.ImplicitDeny),
        },
      };
    }
    case 'fix-policy':
      return {
        ...base,
        type: q.type,
        kindLabel: KIND_LABEL[q.kind],
        startJson: json(q.start),
        sampleJson: json(q.sample),
        checks: q.checks.map((c) => ({
          label: c.label ?? `${c.request.principal} calls ${c.request.action} on ${c.request.resource}`,
          expect: c.expect,
        })),
        context: showPolicies(q.template ?? {}, q.checks[0]?.request.action ?? ''),
        source: q,
      };
    case 'interview':
      return {
        ...base,
        type: q.type,
        modelAnswerHtml: renderMarkdown(q.modelAnswer),
        keyPointsHtml: q.keyPoints.map(renderInline),
      };
  }
}
