import { describe, expect, it } from 'vitest';
import { DECISION_LABEL as GRADING_LABEL } from '../../grading/quiz/cases.ts';
import { quizTopics } from '../../grading/quiz/topics.ts';
import { DECISION_LABEL, TOPIC_LABEL } from './labels.ts';

describe('labels', () => {
  it('name decisions as the grading does', () => {
    expect(DECISION_LABEL).toEqual(GRADING_LABEL);
  });

  it('name every topic, each differently', () => {
    const names = quizTopics.map((t) => TOPIC_LABEL[t]);
    expect(new Set(names).size).toBe(quizTopics.length);
  });
});
