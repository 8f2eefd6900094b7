import type { Terminal } from '@xterm/xterm';

/** Room kept for xterm's vertical scrollbar, which overlays the right edge of the screen. */
const SCROLLBAR = 14;
const MIN_COLS = 20;
const MIN_ROWS = 5;

/**
 * Resizes `term` to as many cells as fit in `box` (what @xterm/addon-fit does). The cell size is read from the
 * rendered screen, whose size is always columns × cell width by rows × cell height.
 */
export function fitTerminal(term: Terminal, box: HTMLElement): void {
  const screen = term.element?.querySelector<HTMLElement>('.xterm-screen');
  if (!screen) return;
  const rect = screen.getBoundingClientRect();
  const cellWidth = rect.width / term.cols;
  const cellHeight = rect.height / term.rows;
  if (!(cellWidth > 0 && cellHeight > 0)) return;
  const style = getComputedStyle(box);
  const width =
    box.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
  const height =
    box.clientHeight - Number.parseFloat(style.paddingTop) - Number.parseFloat(style.paddingBottom);
  const cols = Math.max(MIN_COLS, Math.floor((width - SCROLLBAR) / cellWidth));
  const rows = Math.max(MIN_ROWS, Math.floor(height / cellHeight));
  if (cols !== term.cols || rows !== term.rows) term.resize(cols, rows);
}

/** Keeps `term` fitted to `box` as the page resizes; returns a function that stops. */
export function keepFitted(term: Terminal, box: HTMLElement): () => void {
  let frame = 0;
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => fitTerminal(term, box));
  });
  observer.observe(box);
  fitTerminal(term, box);
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
  };
}
