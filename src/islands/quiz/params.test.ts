import { describe, expect, it } from 'vitest';
import { PRACTICE_SIZE, readInterview, readPractice } from './params.ts';

const lessons = new Set(['foundations/what-is-a-role']);
const practice = (query: string) => readPractice(new URLSearchParams(query), lessons);

describe('readPractice', () => {
  it('reads a level, a topic, a size and a seed', () => {
    expect(practice('level=basic&topic=sts&n=3&seed=zz')).toEqual({
      filter: { level: 'basic', topic: 'sts' },
      size: 3,
      seed: 1295,
    });
  });

  it('reads a lesson the course has', () => {
    expect(practice('lesson=foundations/what-is-a-role').filter).toEqual({
      lesson: 'foundations/what-is-a-role',
    });
  });

  it('drops what it does not know and falls back to defaults', () => {
    expect(practice('level=expert&lesson=nope&n=0&seed=!')).toEqual({
      filter: null,
      size: PRACTICE_SIZE,
      seed: null,
    });
    expect(practice('').filter).toBeNull();
  });

  it('treats level=all as a choice of every level', () => {
    expect(practice('level=all').filter).toEqual({});
  });
});

describe('readInterview', () => {
  it('waits for the setup form', () => {
    expect(readInterview(new URLSearchParams('level=basic'))).toBeNull();
  });

  it('reads the settings, with defaults for anything invalid', () => {
    expect(readInterview(new URLSearchParams('count=5&level=basic&time=0&seed=a'))).toEqual({
      count: 5,
      maxLevel: 'basic',
      seconds: 0,
      seed: 10,
    });
    expect(readInterview(new URLSearchParams('count=500&level=x&time=7'))).toEqual({
      count: 10,
      maxLevel: 'advanced',
      seconds: 90,
      seed: null,
    });
  });
});
