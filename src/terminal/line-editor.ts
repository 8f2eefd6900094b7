import { formatColumns } from './columns.ts';
import { type Complete, commonPrefix } from './completion.ts';
import { bigWordLeft, type EditResult, type LineState, remove, wordLeft, wordRight } from './edit.ts';
import { createHistory, type History } from './history.ts';
import { createKeyDecoder, type Key, type KeyName } from './keys.ts';
import { createRenderer, type View } from './render.ts';
import { type SearchState, searchPrompt, step } from './search.ts';
import type { Disposable, TerminalLike } from './terminal-like.ts';
import { type CharWidth, graphemes, unicode6Width } from './width.ts';

/** How the host plugs into the editor. */
export interface LineEditorOptions {
  /** The prompt, or a function asked for it each time one is shown (it may contain colour escapes). */
  readonly prompt: string | (() => string);
  /** Where Enter records lines and Up/Down find them; pass one in to persist it. */
  readonly history?: History;
  /** Tab completion; without it Tab rings the bell. */
  readonly complete?: Complete;
  /** Runs a whole line; keystrokes are queued until it settles, then a new prompt appears. */
  readonly onLine: (line: string) => Promise<void> | void;
  /** Ctrl-D on an empty line. */
  readonly onEof?: () => Promise<void> | void;
  /** Ctrl-C while `onLine` is still running: the host may cancel the command. Typeahead is dropped. */
  readonly onInterrupt?: () => void;
  /** More completions than this ask "Display all N possibilities?" before listing. Default 100. */
  readonly listLimit?: number;
  /** Cell width of a code point; match the terminal's Unicode version. Default: xterm's default. */
  readonly charWidth?: CharWidth;
}

/** A readline-like editor on a terminal. */
export interface LineEditor {
  /** Listens to the terminal and shows the first prompt. */
  start(): void;
  /** Changes the prompt; a visible prompt is redrawn. */
  setPrompt(prompt: string | (() => string)): void;
  /** Writes output (`\n` becomes `\r\n`); if the prompt is showing, the output goes above it. */
  print(text: string): void;
  /** Stops listening; the screen is left as it is. */
  dispose(): void;
}

const bell = '\x07';
const bracketedPasteOn = '\x1b[?2004h';
const bracketedPasteOff = '\x1b[?2004l';

// Pasted text becomes typed text: line breaks are Enter, tabs are spaces, other control bytes go.
function pasteKeys(text: string): Key[] {
  const printable = (line: string) =>
    Array.from(line, (ch) => (ch === '\t' ? ' ' : ch))
      .filter((ch) => ch >= ' ' && ch !== '\x7f')
      .join('');
  const lines = text.split(/\r\n|\r|\n/).map(printable);
  return lines.flatMap((line, i): Key[] => {
    const typed: Key[] = line ? [{ kind: 'text', text: line }] : [];
    return i < lines.length - 1 ? [...typed, { kind: 'key', name: 'enter' }] : typed;
  });
}

// Re-segments the line so a combining mark typed after a letter joins it; `offset` is a UTF-16 cursor.
function lineAt(text: string, offset: number): LineState {
  const chars = graphemes(text);
  let cursor = 0;
  for (let at = 0; cursor < chars.length && at < offset; cursor++) at += chars[cursor]?.length ?? 0;
  return { chars, cursor };
}

/** Creates an editor for `term`; call `start()` to show the prompt. */
export function createLineEditor(term: TerminalLike, options: LineEditorOptions): LineEditor {
  const history = options.history ?? createHistory();
  const width = options.charWidth ?? unicode6Width;
  const renderer = createRenderer(term, width);
  const decoder = createKeyDecoder();
  const subscriptions: Disposable[] = [];
  const queue: Key[] = [];

  let promptSource = options.prompt;
  let prompt = '';
  let mode: 'stopped' | 'reading' | 'busy' = 'stopped';
  let state: LineState = { chars: [], cursor: 0 };
  let browsing: { index: number; draft: LineState } | undefined;
  let search: { state: SearchState; original: LineState } | undefined;
  let killed = '';
  let previous: KeyName | 'text' | undefined;
  let atLineStart = true;
  let draining = false;
  let answer: ((key: Key) => void) | undefined;
  const listLimit = options.listLimit ?? 100;

  const view = (): View => ({
    prompt: search ? searchPrompt(search.state) : prompt,
    chars: state.chars,
    cursor: state.cursor,
  });
  const text = () => state.chars.join('');
  const offset = () => state.chars.slice(0, state.cursor).join('').length;

  function set(next: LineState) {
    state = next;
    renderer.draw(view());
  }

  function moveTo(cursor: number) {
    state = { chars: state.chars, cursor: Math.max(0, Math.min(cursor, state.chars.length)) };
    renderer.move(view());
  }

  function typeText(typed: string) {
    const atEnd = state.cursor === state.chars.length;
    const before = state.chars.slice(0, state.cursor).join('') + typed;
    state = lineAt(before + state.chars.slice(state.cursor).join(''), before.length);
    if (atEnd) renderer.append(view(), typed);
    else renderer.draw(view());
  }

  function kill(result: EditResult, backwards: boolean) {
    const lastWasKill = previous !== undefined && killKeys.has(previous);
    const piece = result.killed ?? '';
    killed = lastWasKill ? (backwards ? piece + killed : killed + piece) : piece || killed;
    set(result);
  }

  function showPrompt() {
    if (mode === 'stopped') return;
    if (!atLineStart) term.write('\r\n');
    mode = 'reading';
    prompt = typeof promptSource === 'function' ? promptSource() : promptSource;
    state = { chars: [], cursor: 0 };
    browsing = undefined;
    search = undefined;
    previous = undefined;
    renderer.reset();
    renderer.draw(view());
    drain();
  }

  // Runs a host callback while queueing keystrokes; a thrown error is shown, never swallowed.
  function runBusy(task: () => Promise<void> | void) {
    mode = 'busy';
    atLineStart = true;
    const fail = (error: unknown) => {
      editor.print(`${error instanceof Error ? error.message : String(error)}\n`);
      showPrompt();
    };
    try {
      const result = task();
      if (result && typeof result.then === 'function') result.then(showPrompt, fail);
      else showPrompt();
    } catch (error) {
      fail(error);
    }
  }

  function submit() {
    const line = text();
    renderer.leave(view());
    history.add(line);
    runBusy(() => options.onLine(line));
  }

  function interrupt() {
    moveTo(state.chars.length);
    term.write('^C\r\n');
    atLineStart = true;
    showPrompt();
  }

  function recall(step: 1 | -1) {
    const entries = history.list();
    const index = (browsing?.index ?? entries.length) + step;
    if (index < 0 || index > entries.length || (step === 1 && !browsing)) return term.write(bell);
    const draft = browsing?.draft ?? state;
    browsing = index === entries.length ? undefined : { index, draft };
    const entry = entries[index];
    set(entry === undefined ? draft : { chars: graphemes(entry), cursor: graphemes(entry).length });
  }

  function replace(from: number, to: number, insertText: string) {
    const line = text();
    set(lineAt(line.slice(0, from) + insertText + line.slice(to), from + insertText.length));
  }

  function complete() {
    if (!options.complete) return term.write(bell);
    const line = text();
    const { candidates, replaceFrom, replaceTo } = options.complete(line, offset());
    const [only] = candidates;
    if (only === undefined) return term.write(bell);
    if (candidates.length === 1)
      return replace(replaceFrom, replaceTo, only.endsWith('/') ? only : `${only} `);
    const prefix = commonPrefix(candidates);
    if (prefix.length > replaceTo - replaceFrom) return replace(replaceFrom, replaceTo, prefix);
    if (previous !== 'tab') return term.write(bell);
    renderer.leave({ ...view(), cursor: state.chars.length });
    if (candidates.length <= listLimit) return list(candidates);
    // Like bash's completion-query-items: ask before flooding the screen.
    term.write(`Display all ${candidates.length} possibilities? (y or n)`);
    answer = (key) => {
      const yes = key.kind === 'text' && /^[yY ]/.test(key.text);
      if (yes) term.write('\r\n');
      return yes ? list(candidates) : list([]);
    };
  }

  function list(candidates: readonly string[]) {
    const rows = formatColumns(candidates, term.cols, width);
    term.write(rows.length > 0 ? `${rows.join('\r\n')}\r\n` : '\r\n');
    renderer.reset();
    renderer.draw(view());
  }

  function clearScreen() {
    term.write('\x1b[H\x1b[2J');
    renderer.reset();
    renderer.draw(view());
  }

  const actions: Partial<Record<KeyName, () => void>> = {
    enter: submit,
    tab: complete,
    'ctrl-c': interrupt,
    'ctrl-l': clearScreen,
    'ctrl-r': startSearch,
    left: () => moveTo(state.cursor - 1),
    right: () => moveTo(state.cursor + 1),
    home: () => moveTo(0),
    'ctrl-a': () => moveTo(0),
    end: () => moveTo(state.chars.length),
    'ctrl-e': () => moveTo(state.chars.length),
    'word-left': () => moveTo(wordLeft(state)),
    'word-right': () => moveTo(wordRight(state)),
    up: () => recall(-1),
    down: () => recall(1),
    backspace: () => set(remove(state, state.cursor - 1, state.cursor)),
    delete: () => set(remove(state, state.cursor, state.cursor + 1)),
    'ctrl-d': () => {
      if (state.chars.length > 0) return set(remove(state, state.cursor, state.cursor + 1));
      if (!options.onEof) return term.write(bell);
      const onEof = options.onEof;
      renderer.leave(view());
      runBusy(onEof);
    },
    'ctrl-w': () => kill(remove(state, bigWordLeft(state), state.cursor), true),
    'kill-word-left': () => kill(remove(state, wordLeft(state), state.cursor), true),
    'kill-word-right': () => kill(remove(state, state.cursor, wordRight(state)), false),
    'ctrl-u': () => kill(remove(state, 0, state.cursor), true),
    'ctrl-k': () => kill(remove(state, state.cursor, state.chars.length), false),
    'ctrl-y': () => (killed ? typeText(killed) : undefined),
    'ctrl-t': () => {
      const at = Math.min(state.cursor, state.chars.length - 1);
      if (at < 1) return;
      const chars = [...state.chars];
      [chars[at - 1], chars[at]] = [chars[at] ?? '', chars[at - 1] ?? ''];
      set({ chars, cursor: at + 1 });
    },
  };
  const killKeys = new Set<KeyName | 'text'>([
    'ctrl-w',
    'kill-word-left',
    'kill-word-right',
    'ctrl-u',
    'ctrl-k',
  ]);

  // Shows the search's match with the cursor where the query matched, as readline does.
  function showMatch(next: SearchState) {
    if (!search) return;
    search = { ...search, state: next };
    const entry = next.index === undefined ? undefined : history.list()[next.index];
    if (entry === undefined) return set({ chars: state.chars, cursor: state.cursor });
    const at = entry.lastIndexOf(next.query);
    set(lineAt(entry, at < 0 ? entry.length : at));
  }

  // Ctrl-R mode: typing narrows, Ctrl-R goes older, Ctrl-G restores, any other key accepts and then acts.
  function handleSearch(key: Key): boolean {
    if (!search) return false;
    const entries = history.list();
    const { query, index } = search.state;
    if (key.kind === 'text') {
      showMatch(step(entries, search.state, query + key.text, index ?? entries.length - 1));
    } else if (key.kind === 'key' && key.name === 'ctrl-r') {
      showMatch(step(entries, search.state, query, (index ?? entries.length) - 1));
    } else if (key.kind === 'key' && key.name === 'backspace') {
      showMatch(
        step(
          entries,
          { ...search.state, index: undefined },
          Array.from(query).slice(0, -1).join(''),
          entries.length - 1,
        ),
      );
    } else if (key.kind === 'key' && (key.name === 'ctrl-g' || key.name === 'escape')) {
      const { original } = search;
      search = undefined;
      set(original);
    } else {
      search = undefined;
      renderer.draw(view());
      return false;
    }
    return true;
  }

  function startSearch() {
    search = { state: { query: '', index: undefined, failed: false }, original: state };
    browsing = undefined;
    renderer.draw(view());
  }

  function handle(key: Key) {
    if (answer) {
      const reply = answer;
      answer = undefined;
      previous = undefined;
      return reply(key);
    }
    if (handleSearch(key)) {
      previous = 'ctrl-r';
      return;
    }
    if (key.kind === 'paste') {
      queue.unshift(...pasteKeys(key.text));
      return;
    }
    if (key.kind === 'text') typeText(key.text);
    else actions[key.name]?.();
    previous = key.kind === 'text' ? 'text' : key.name;
  }

  function drain() {
    if (draining) return;
    draining = true;
    try {
      while (mode === 'reading' && queue.length > 0) {
        const key = queue.shift();
        if (key) handle(key);
      }
    } finally {
      draining = false;
    }
  }

  function receive(data: string) {
    for (const key of decoder.decode(data)) {
      if (mode === 'busy' && key.kind === 'key' && key.name === 'ctrl-c' && options.onInterrupt) {
        queue.length = 0;
        options.onInterrupt();
      } else {
        queue.push(key);
      }
    }
    drain();
  }

  const editor: LineEditor = {
    start() {
      if (mode !== 'stopped') throw new Error('line editor already started');
      subscriptions.push(term.onData(receive));
      const resized = term.onResize?.(() => {
        if (mode !== 'reading') return;
        renderer.resize(view());
        renderer.draw(view());
      });
      if (resized) subscriptions.push(resized);
      term.write(bracketedPasteOn);
      mode = 'busy';
      showPrompt();
    },
    setPrompt(next) {
      promptSource = next;
      if (mode !== 'reading') return;
      prompt = typeof next === 'function' ? next() : next;
      renderer.draw(view());
    },
    print(output) {
      if (!output) return;
      const converted = output.replace(/\r?\n/g, '\r\n');
      if (mode !== 'reading') {
        term.write(converted);
        atLineStart = converted.endsWith('\n');
        return;
      }
      renderer.erase();
      term.write(converted.endsWith('\n') ? converted : `${converted}\r\n`);
      renderer.reset();
      renderer.draw(view());
    },
    dispose() {
      if (mode === 'stopped') return;
      mode = 'stopped';
      for (const s of subscriptions.splice(0)) s.dispose();
      term.write(bracketedPasteOff);
    },
  };
  return editor;
}
