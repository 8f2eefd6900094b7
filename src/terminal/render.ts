import type { TerminalLike } from './terminal-like.ts';
import type { CharWidth } from './width.ts';

/** A screen position relative to the row where the prompt starts (which is always drawn from column 0). */
export interface Cell {
  readonly row: number;
  readonly col: number;
}

/** Where the prompt and line land on screen for a given width. */
export interface Layout {
  /** `starts[i]` is where character `i` of the line starts; `starts[chars.length]` is the end of the line. */
  readonly starts: readonly Cell[];
  /** The text ends exactly at the right margin, leaving the terminal in its "pending wrap" state. */
  readonly pendingWrap: boolean;
}

/** What the editor shows: the prompt, the line, and the cursor as an index into `chars`. */
export interface View {
  readonly prompt: string;
  readonly chars: readonly string[];
  readonly cursor: number;
}

// Escape sequences in a prompt (colours, titles) take no cells.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal escapes is the point.
const escapes = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b./g;

/**
 * Lays text out the way a terminal wraps it: a character that does not fit goes to the next row,
 * so a wide character never straddles the margin.
 */
export function layout(view: Pick<View, 'prompt' | 'chars'>, cols: number, width: CharWidth): Layout {
  let row = 0;
  let col = 0;
  const place = (text: string) => {
    let start: Cell | undefined;
    for (const ch of text) {
      if (ch === '\n') {
        row++;
        col = 0;
        continue;
      }
      const w = width(ch.codePointAt(0) ?? 0);
      if (w === 0) continue;
      if (col + w > cols) {
        row++;
        col = 0;
      }
      start ??= { row, col };
      col += w;
    }
    return start;
  };
  place(view.prompt.replace(escapes, ''));
  const starts: Cell[] = [];
  for (const ch of view.chars) {
    const here = col >= cols ? { row: row + 1, col: 0 } : { row, col };
    starts.push(place(ch) ?? here);
  }
  const pendingWrap = col >= cols;
  starts.push(pendingWrap ? { row: row + 1, col: 0 } : { row, col });
  return { starts, pendingWrap };
}

/** The escape sequence that moves the cursor between two cells of the editor's area. */
export function moveBetween(from: Cell, to: Cell): string {
  if (from.row === to.row) {
    const dx = to.col - from.col;
    return dx === 0 ? '' : dx > 0 ? `\x1b[${dx}C` : `\x1b[${-dx}D`;
  }
  const dy = to.row - from.row;
  const vertical = dy > 0 ? `\x1b[${dy}B` : `\x1b[${-dy}A`;
  return `${vertical}\r${to.col > 0 ? `\x1b[${to.col}C` : ''}`;
}

// Leaves the pending-wrap state: a space wraps to the next row, which is then cleared.
const wrapFix = ' \r\x1b[K';

/** Draws the prompt and line, tracking where the terminal cursor is so every redraw starts from the prompt. */
export interface Renderer {
  /** Redraws prompt and line from the prompt's first row and places the cursor. */
  draw(view: View): void;
  /** Moves the cursor only: the text on screen is already right. */
  move(view: View): void;
  /** Writes `text`, just appended to the line, which has the cursor at its end. */
  append(view: View, text: string): void;
  /** Erases prompt and line, leaving the cursor at column 0 of the prompt's row. */
  erase(): void;
  /** Moves below the line, so output can follow; the next draw starts a new prompt there. */
  leave(view: View): void;
  /** Forgets the old area: the next draw starts at the cursor, which must be at column 0. */
  reset(): void;
  /** Adopts a new width; the terminal has reflowed the line, so the cursor sits at the same character. */
  resize(view: View): void;
}

/** Creates a renderer writing to `term`. */
export function createRenderer(term: TerminalLike, width: CharWidth): Renderer {
  let at: Cell = { row: 0, col: 0 };
  let cols = term.cols;

  const syncWidth = (view: View) => {
    if (term.cols !== cols) renderer.resize(view);
  };

  const renderer: Renderer = {
    draw(view) {
      syncWidth(view);
      const shape = layout(view, cols, width);
      const end = shape.starts[view.chars.length] ?? at;
      const target = shape.starts[view.cursor] ?? end;
      const text = view.prompt.replaceAll('\n', '\r\n') + view.chars.join('');
      term.write(
        `${moveBetween(at, { row: 0, col: 0 })}\r\x1b[J${text}${shape.pendingWrap ? wrapFix : ''}${moveBetween(end, target)}`,
      );
      at = target;
    },
    move(view) {
      syncWidth(view);
      const target = layout(view, cols, width).starts[view.cursor] ?? at;
      term.write(moveBetween(at, target));
      at = target;
    },
    append(view, text) {
      syncWidth(view);
      const shape = layout(view, cols, width);
      term.write(text + (shape.pendingWrap ? wrapFix : ''));
      at = shape.starts[view.chars.length] ?? at;
    },
    erase() {
      term.write(`${moveBetween(at, { row: 0, col: 0 })}\r\x1b[J`);
      at = { row: 0, col: 0 };
    },
    leave(view) {
      syncWidth(view);
      const shape = layout(view, cols, width);
      const end = shape.starts[view.chars.length] ?? at;
      term.write(moveBetween(at, end) + (shape.pendingWrap ? '' : '\r\n'));
      at = { row: 0, col: 0 };
    },
    reset() {
      at = { row: 0, col: 0 };
    },
    resize(view) {
      cols = term.cols;
      at = layout(view, cols, width).starts[view.cursor] ?? { row: 0, col: 0 };
    },
  };
  return renderer;
}
