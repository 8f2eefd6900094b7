import type { ReviewCard } from '../../progress/schema.ts';

/**
 * What is due in the review deck, and how far away a date is: kept apart from schedule.ts so pages that only
 * count cards do not load ts-fsrs.
 */

/** Midnight at the end of `now`'s day, in the learner's time zone. */
export function endOfDay(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
}

/** Which deck questions to review today: cards due before midnight (earliest first), and never-seen ones. */
export interface DueToday {
  readonly due: readonly string[];
  readonly fresh: readonly string[];
}

/** Sorts the deck's `questionIds` into due today and new, leaving out cards scheduled for a later day. */
export function dueToday(
  deck: Readonly<Record<string, ReviewCard>>,
  questionIds: readonly string[],
  now: Date,
): DueToday {
  const midnight = endOfDay(now).getTime();
  const due = questionIds
    .filter((id) => deck[id] && Date.parse(deck[id].due) < midnight)
    .sort((a, b) => Date.parse(deck[a]?.due ?? '') - Date.parse(deck[b]?.due ?? ''));
  return { due, fresh: questionIds.filter((id) => !deck[id]) };
}

/** A short phrase for how far away `due` is: "in 5 minutes", "in 3 days". */
export function untilText(due: Date, now: Date): string {
  const minutes = Math.max(1, Math.round((due.getTime() - now.getTime()) / 60_000));
  const units: [number, string][] = [
    [60 * 24 * 30, 'month'],
    [60 * 24, 'day'],
    [60, 'hour'],
    [1, 'minute'],
  ];
  for (const [size, unit] of units) {
    if (minutes >= size) {
      const n = Math.round(minutes / size);
      return `in ${n} ${unit}${n === 1 ? '' : 's'}`;
    }
  }
  return 'in 1 minute';
}
