import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { dueToday, endOfDay, untilText } from './due.ts';
import { rate } from './schedule.ts';

// Local times, so the day boundaries hold in any time zone.
const morning = new Date(2025, 0, 30, 9, 0);
const DAY = 86_400_000;

describe('dueToday', () => {
  const card = (due: Date) => ({ ...rate(undefined, Rating.Good, morning), due: due.toISOString() });
  const deck = {
    late: card(new Date(2025, 0, 30, 23, 59)),
    early: card(new Date(2025, 0, 29, 8, 0)),
    tomorrow: card(endOfDay(morning)),
    gone: card(morning),
  };

  it('lists cards due before midnight earliest first, and questions never reviewed', () => {
    expect(dueToday(deck, ['late', 'early', 'tomorrow', 'new'], morning)).toEqual({
      due: ['early', 'late'],
      fresh: ['new'],
    });
  });

  it('ignores cards for questions outside the deck', () => {
    expect(dueToday(deck, [], morning)).toEqual({ due: [], fresh: [] });
  });
});

describe('untilText', () => {
  it('picks the largest sensible unit', () => {
    expect(untilText(new Date(morning.getTime() + 10 * 60_000), morning)).toBe('in 10 minutes');
    expect(untilText(new Date(morning.getTime() + 3 * DAY), morning)).toBe('in 3 days');
    expect(untilText(new Date(morning.getTime() + 60 * 60_000), morning)).toBe('in 1 hour');
    expect(untilText(morning, morning)).toBe('in 1 minute');
  });
});
