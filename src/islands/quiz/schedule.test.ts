import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { ReviewCard } from '../../progress/schema.ts';
import { nextDue, rate, toFsrsCard, toReviewCard } from './schedule.ts';

// Local times, so the day boundaries hold in any time zone.
const morning = new Date(2025, 0, 30, 9, 0);
const DAY = 86_400_000;

describe('FSRS scheduling', () => {
  it('schedules a new card and stores it in the progress schema', () => {
    const card = rate(undefined, Rating.Good, morning);
    expect(ReviewCard.safeParse(card).success).toBe(true);
    expect(card.reps).toBe(1);
    expect(card.lastReview).toBe(morning.toISOString());
    expect(Date.parse(card.due)).toBeGreaterThan(morning.getTime());
  });

  it('brings a forgotten card back sooner than a remembered one', () => {
    const again = rate(undefined, Rating.Again, morning);
    const easy = rate(undefined, Rating.Easy, morning);
    expect(Date.parse(again.due) - morning.getTime()).toBeLessThan(DAY / 24);
    expect(Date.parse(easy.due)).toBeGreaterThan(Date.parse(again.due));
  });

  it('spaces reviews further apart as the learner keeps remembering', () => {
    let card = rate(undefined, Rating.Good, morning);
    let now = morning;
    const gaps: number[] = [];
    for (let i = 0; i < 4; i++) {
      now = new Date(card.due);
      card = rate(card, Rating.Good, now);
      gaps.push(Date.parse(card.due) - now.getTime());
    }
    expect(card.state).toBe('review');
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1] ?? 0);
  });

  it('counts a lapse when a reviewed card is forgotten', () => {
    let card = rate(undefined, Rating.Easy, morning);
    card = rate(card, Rating.Again, new Date(card.due));
    expect(card.lapses).toBe(1);
    expect(card.state).toBe('relearning');
  });

  it('round-trips through the stored form', () => {
    const card = rate(rate(undefined, Rating.Good, morning), Rating.Hard, new Date(morning.getTime() + DAY));
    expect(toReviewCard(toFsrsCard(card, morning))).toEqual(card);
  });

  it('previews each rating in order of its interval', () => {
    const next = nextDue(undefined, morning);
    expect(next[Rating.Again].getTime()).toBeLessThanOrEqual(next[Rating.Hard].getTime());
    expect(next[Rating.Hard].getTime()).toBeLessThanOrEqual(next[Rating.Good].getTime());
    expect(next[Rating.Good].getTime()).toBeLessThan(next[Rating.Easy].getTime());
  });
});
