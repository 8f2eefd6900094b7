import { type Card, createEmptyCard, fsrs, type Grade, Rating, State } from 'ts-fsrs';
import type { cardStates, ReviewCard } from '../../progress/schema.ts';

/**
 * Spaced repetition of interview questions with ts-fsrs, translated to and from the progress store's
 * `ReviewCard` (camelCase, ISO dates). Every function takes `now`, so tests need no fake timers.
 */

const scheduler = fsrs();

const STATE_NAMES: Readonly<Record<State, (typeof cardStates)[number]>> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const STATES: Readonly<Record<ReviewCard['state'], State>> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

/** The self-ratings a learner gives after checking their answer, hardest to easiest. */
export const RATINGS = [
  { rating: Rating.Again, name: 'Again' },
  { rating: Rating.Hard, name: 'Hard' },
  { rating: Rating.Good, name: 'Good' },
  { rating: Rating.Easy, name: 'Easy' },
] as const satisfies readonly { rating: Grade; name: string }[];

/** A ts-fsrs card as the progress store keeps it. */
export function toReviewCard(card: Card): ReviewCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_NAMES[card.state],
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    ...(card.last_review ? { lastReview: card.last_review.toISOString() } : {}),
  };
}

/** A stored card back as a ts-fsrs card; a question never reviewed starts as a new card due `now`. */
export function toFsrsCard(stored: ReviewCard | undefined, now: Date): Card {
  if (!stored) return createEmptyCard(now);
  const lastReview = stored.lastReview ? new Date(stored.lastReview) : undefined;
  return {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    // Deprecated in ts-fsrs 5 and recomputed from last_review; kept for the type.
    elapsed_days: lastReview
      ? Math.max(0, Math.floor((now.getTime() - lastReview.getTime()) / 86_400_000))
      : 0,
    scheduled_days: stored.scheduledDays ?? 0,
    learning_steps: stored.learningSteps ?? 0,
    reps: stored.reps,
    lapses: stored.lapses,
    state: STATES[stored.state],
    ...(lastReview ? { last_review: lastReview } : {}),
  };
}

/** The card after the learner rates their recall at `now`. */
export function rate(stored: ReviewCard | undefined, rating: Grade, now: Date): ReviewCard {
  return toReviewCard(scheduler.next(toFsrsCard(stored, now), now, rating).card);
}

/** When the card would next be due under each rating, for the rating buttons. */
export function nextDue(stored: ReviewCard | undefined, now: Date): Readonly<Record<Grade, Date>> {
  const preview = scheduler.repeat(toFsrsCard(stored, now), now);
  return {
    [Rating.Again]: preview[Rating.Again].card.due,
    [Rating.Hard]: preview[Rating.Hard].card.due,
    [Rating.Good]: preview[Rating.Good].card.due,
    [Rating.Easy]: preview[Rating.Easy].card.due,
  };
}
