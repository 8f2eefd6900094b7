import { useState } from 'react';
import type { Grade } from 'ts-fsrs';
import { getProgressStore } from '../../progress/browser.ts';
import { FormattedDate } from '../progress/FormattedDate.tsx';
import { useProgress } from '../progress/use-progress.ts';
import { useAnnounce } from './announce.tsx';
import { dueToday, untilText } from './due.ts';
import { Html } from './Html.tsx';
import { keyPointOptions, ModelAnswer } from './InterviewQuestion.tsx';
import { OptionGroup } from './OptionGroup.tsx';
import { nextDue, RATINGS, rate } from './schedule.ts';
import type { ItemOf, LessonLinks } from './types.ts';
import { useFocusOnMount } from './use-focus.ts';

/** One card: the question, the model answer behind a button, a key-point self-check, then a rating. */
function DeckCard({
  item,
  position,
  total,
  onRate,
  focus,
}: {
  item: ItemOf<'interview'>;
  position: number;
  total: number;
  onRate: (rating: Grade) => void;
  /** Whether the card replaces one just rated, so its heading takes focus. */
  focus: boolean;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>(focus);
  const [revealed, setRevealed] = useState(false);
  const [covered, setCovered] = useState<readonly string[]>([]);
  const [now] = useState(() => new Date());
  const next = nextDue(getProgressStore().getState().progress.reviewDeck[item.id], now);
  return (
    <article className="qz-question" aria-labelledby="qz-card-heading" data-question-id={item.id}>
      <h2 id="qz-card-heading" tabIndex={-1} ref={heading}>
        Card {position} of {total}
      </h2>
      <p className="qz-legend">
        <Html as="span" className="qz-prompt" html={item.promptHtml} />
      </p>
      <ModelAnswer item={item} revealed={revealed} onReveal={() => setRevealed(true)} />
      {revealed && (
        <>
          <OptionGroup
            name={`qz-${item.id}`}
            kind="checkbox"
            legend="Which key points did you remember?"
            hint="For your own check; only the rating below is saved."
            options={keyPointOptions(item)}
            selected={covered}
            onChange={setCovered}
            disabled={false}
          />
          <fieldset className="qz-options">
            <legend className="qz-legend">
              How well did you recall it?{' '}
              <span className="qz-hint">
                You covered {covered.length} of {item.keyPointsHtml.length} key points. The harder it was, the
                sooner the question comes back.
              </span>
            </legend>
            <div className="qz-actions">
              {RATINGS.map(({ rating, name }) => (
                <button key={name} type="button" className="qz-button" onClick={() => onRate(rating)}>
                  {name} <span className="qz-note">(next {untilText(next[rating], now)})</span>
                </button>
              ))}
            </div>
          </fieldset>
        </>
      )}
    </article>
  );
}

/** The end of today's cards, with when the next one is due. */
function DeckDone({ empty, upcoming }: { empty: boolean; upcoming: string | undefined }) {
  const heading = useFocusOnMount<HTMLHeadingElement>(!empty);
  return (
    <section aria-labelledby="qz-card-heading" data-testid="deck-done">
      <h2 id="qz-card-heading" tabIndex={-1} ref={heading}>
        {empty ? 'Nothing due today' : 'Done for today'}
      </h2>
      <p>
        {upcoming && (
          <>
            Your next card is due <FormattedDate iso={upcoming} />.{' '}
          </>
        )}
        <a href="/quizzes/">Back to quizzes</a>
      </p>
    </section>
  );
}

/** `/quizzes/deck/`: spaced repetition of the interview questions, scheduled by FSRS and saved after each card. */
export function DeckMode({ items }: { items: readonly ItemOf<'interview'>[]; lessons: LessonLinks }) {
  const announce = useAnnounce();
  const state = useProgress();
  // Today's queue is fixed when the page opens: due cards, earliest first, then questions never reviewed.
  const [queue] = useState(() => {
    const ids = items.map((q) => q.id);
    const { due, fresh } = dueToday(getProgressStore().getState().progress.reviewDeck, ids, new Date());
    return [...due, ...fresh].flatMap((id) => items.find((q) => q.id === id) ?? []);
  });
  const [position, setPosition] = useState(0);
  const item = queue[position];

  const rateCard = (rating: Grade) => {
    if (!item) return;
    const now = new Date();
    const store = getProgressStore();
    const card = rate(store.getState().progress.reviewDeck[item.id], rating, now);
    store.updateReviewCard(item.id, card);
    setPosition(position + 1);
    announce(`Saved: this question comes back ${untilText(new Date(card.due), now)}.`);
  };

  if (!item) {
    const deck = state?.progress.reviewDeck ?? {};
    const upcoming = items
      .map((q) => deck[q.id]?.due)
      .filter((d): d is string => d !== undefined)
      .sort()[0];
    return <DeckDone empty={queue.length === 0} upcoming={upcoming} />;
  }
  return (
    <>
      <p className="qz-intro" data-testid="deck-status">
        <strong>{queue.length}</strong> {queue.length === 1 ? 'card' : 'cards'} to review today. Recall your
        answer, reveal the model answer, then rate how well you remembered.
      </p>
      <DeckCard
        key={item.id}
        item={item}
        position={position + 1}
        total={queue.length}
        onRate={rateCard}
        focus={position > 0}
      />
    </>
  );
}
