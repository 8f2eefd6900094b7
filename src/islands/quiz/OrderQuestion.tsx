import { type SubmitEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useAnnounce } from './announce.tsx';
import { isCorrect } from './grade.ts';
import { Html } from './Html.tsx';
import { TYPE_HINT } from './labels.ts';
import { hashSeed, scramble } from './random.ts';
import { SubmitRow } from './SubmitRow.tsx';
import type { QuestionProps } from './types.ts';

type Direction = 'up' | 'down';

/**
 * Steps to put in order. Each step has Move up and Move down buttons (no dragging needed); after a move, focus
 * stays on the moved step's button and its new position is announced.
 */
export function OrderQuestion({ item, seed, submitted, submitLabel, onAnswer }: QuestionProps<'order'>) {
  const announce = useAnnounce();
  const start = useMemo(
    () =>
      submitted?.type === 'order'
        ? [...submitted.steps]
        : scramble(
            item.steps.map((s) => s.id),
            hashSeed(`${seed}:${item.id}`),
          ),
    [item, seed, submitted],
  );
  const [order, setOrder] = useState<readonly string[]>(start);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focusNext, setFocusNext] = useState<string | null>(null);
  const html = new Map(item.steps.map((s) => [s.id, s.html]));
  const textId = (id: string) => `qz-${item.id}-step-${id}`;
  const promptId = `qz-${item.id}-prompt`;

  useEffect(() => {
    if (focusNext) buttons.current.get(focusNext)?.focus();
  }, [focusNext]);

  const move = (from: number, direction: Direction) => {
    const to = direction === 'up' ? from - 1 : from + 1;
    const id = order[from];
    if (id === undefined || to < 0 || to >= order.length) return;
    const next = [...order];
    next.splice(from, 1);
    next.splice(to, 0, id);
    setOrder(next);
    // At either end the pressed button is disabled, so focus moves to its partner.
    const atEnd = (direction === 'up' && to === 0) || (direction === 'down' && to === next.length - 1);
    const keep: Direction = atEnd ? (direction === 'up' ? 'down' : 'up') : direction;
    setFocusNext(`${id}:${keep}:${to}`);
    const text = document.getElementById(textId(id))?.textContent ?? 'Step';
    announce(`${text}: moved to position ${to + 1} of ${next.length}.`);
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const answer = { type: 'order' as const, steps: order };
    onAnswer({ answer, correct: isCorrect(item, answer) });
  };

  const locked = submitted !== null;
  return (
    <form onSubmit={submit} noValidate>
      <p className="qz-legend" id={promptId}>
        <Html as="span" className="qz-prompt" html={item.promptHtml} />{' '}
        <span className="qz-hint">{TYPE_HINT.order}</span>
      </p>
      <ol className="qz-steps" aria-labelledby={promptId}>
        {order.map((id, index) => (
          <li key={id} className="qz-step">
            <div className="qz-step-row">
              <Html as="span" className="qz-step-text" id={textId(id)} html={html.get(id) ?? ''} />
              {!locked && (
                <span className="qz-step-moves">
                  {(['up', 'down'] as const).map((direction) => {
                    const buttonId = `${textId(id)}-${direction}`;
                    return (
                      <button
                        key={direction}
                        type="button"
                        id={buttonId}
                        className="qz-button qz-button--small"
                        aria-labelledby={`${buttonId} ${textId(id)}`}
                        disabled={direction === 'up' ? index === 0 : index === order.length - 1}
                        ref={(el) => {
                          const key = `${id}:${direction}:${index}`;
                          if (el) buttons.current.set(key, el);
                          else buttons.current.delete(key);
                        }}
                        onClick={() => move(index, direction)}
                      >
                        <span aria-hidden="true">{direction === 'up' ? '↑ ' : '↓ '}</span>
                        {direction === 'up' ? 'Move up' : 'Move down'}
                      </button>
                    );
                  })}
                </span>
              )}
            </div>
          </li>
        ))}
      </ol>
      {!locked && <SubmitRow label={submitLabel} error="" errorId={`qz-${item.id}-error`} />}
    </form>
  );
}
