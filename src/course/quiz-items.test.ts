import { describe, expect, it } from 'vitest';
import { predictResult, type QuestionOf } from '../grading/quiz/index.ts';
import { questionCounts, quizBank } from './quiz-bank.ts';
import { showPolicies, toQuizItem } from './quiz-items.ts';

const questions = quizBank().questions;
const items = questions.map(toQuizItem);

/** Every HTML string in an item, wherever it sits. */
function htmlFields(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return /html$/i.test(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => htmlFields(v, key));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      k === 'source' ? [] : htmlFields(v, /html/i.test(key) ? key : k),
    );
  }
  return [];
}

describe('quiz items', () => {
  it('render every Markdown field of the bank with no markers left over', () => {
    const leftovers = items.flatMap((item) =>
      htmlFields(item)
        .filter((html) => /`|\*\*|(^|\s)_\w|\]\(/.test(html.replace(/<code>.*?<\/code>/g, '')))
        .map((html) => `${item.id}: ${html}`),
    );
    expect(leftovers).toEqual([]);
  });

  it('carry the decision the policy engine computes for each predict question', () => {
    for (const q of questions.filter((q): q is QuestionOf<'predict'> => q.type === 'predict')) {
      const item = items.find((i) => i.id === q.id);
      expect(item).toMatchObject({ type: 'predict', decision: predictResult(q).decision });
    }
  });

  it('keep the fix-the-policy question for the engine, with its start and sample as JSON', () => {
    const item = items.find((i) => i.type === 'fix-policy');
    if (item?.type !== 'fix-policy') throw new Error('the bank has no fix-policy question');
    expect(item.source.id).toBe(item.id);
    expect(JSON.parse(item.startJson)).toEqual(item.source.start);
    expect(JSON.parse(item.sampleJson)).toEqual(item.source.sample);
  });

  it('caption policies by where they sit, naming the trust policy of an AssumeRole call', () => {
    const doc = { Version: '2012-10-17', Statement: [] };
    const shown = showPolicies(
      { identity: [doc, doc], resource: doc, scps: [[doc], [doc]], session: [doc], permissionsBoundary: doc },
      'sts:AssumeRole',
    );
    expect(shown.map((p) => p.label)).toEqual([
      'Service control policy (root)',
      'Service control policy (account)',
      'Trust policy',
      'Identity-based policy 1',
      'Identity-based policy 2',
      'Permissions boundary',
      'Session policy',
    ]);
    expect(showPolicies({ resource: doc }, 's3:GetObject')[0]?.label).toBe('Resource-based policy');
  });

  it('count questions per lesson', () => {
    const counts = questionCounts();
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(questions.length);
    expect(counts.get('foundations/what-is-a-role')).toBeGreaterThan(0);
  });
});
