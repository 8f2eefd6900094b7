import { Terminal } from '@xterm/xterm';
import type { TranscriptEntry } from '../../grading/lab/report.ts';
import type { StorageLike } from '../../progress/storage.ts';
import {
  createHistory,
  createLineEditor,
  type History,
  type LineEditor,
  type TerminalLike,
} from '../../terminal/index.ts';
import { shellCompleter } from './completion.ts';
import { keepFitted } from './fit.ts';
import { announcement, renderOutput } from './output.ts';
import { colourPrompt } from './prompt.ts';
import { loadLab, removeLab, type SavedLab, type SetAside, saveLab, setAside } from './saved-session.ts';
import { type ExerciseStart, type LabSessionLike, openSession, SESSION_COMMANDS } from './session-adapter.ts';
import { currentTheme, type ThemeName, terminalTheme } from './theme.ts';

/** The system monospace stack (no web font to download). */
const MONO =
  'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace';

/** What the island tells the page about: saving, a set-aside session, and what to announce. */
export interface LabTerminalEvents {
  /** A command finished: its output as plain text, for the live region. */
  onAnnounce(text: string): void;
  /** A saved session could not be read and was copied aside (or could not be, `backup` null). */
  onSetAside(backup: SetAside | null, reason: string): void;
  /** Whether the last save worked (false: storage disabled or full). */
  onSaved(ok: boolean): void;
}

/** Options for `createLabTerminal`. */
export interface LabTerminalOptions extends LabTerminalEvents {
  /** Where xterm opens; it is fitted to this element's size. */
  readonly element: HTMLElement;
  readonly labId: string;
  readonly scenario: string;
  /** The accessible name of the terminal's input. */
  readonly label: string;
  /** localStorage, or null when the browser refuses it (then nothing is saved). */
  readonly storage: StorageLike | null;
  /** Start from this exercise's world, and keep a transcript of everything typed (for the lab report). */
  readonly exercise?: ExerciseStart | undefined;
}

/** A running lab terminal: xterm, line editor and lab session, saved after every command. */
export interface LabTerminal {
  /** Types `command` at the prompt and presses Enter (queued if a command is still running). */
  run(command: string): void;
  focus(): void;
  /** Forgets the saved session and starts a fresh one from the scenario. */
  reset(): void;
  /** The session the terminal drives now (a reset replaces it). */
  session(): LabSessionLike;
  /** Exercises: what was typed since the start or the last reset, stamped with the simulated clock. */
  transcript(): readonly TranscriptEntry[];
  setTheme(name: ThemeName): void;
  dispose(): void;
}

const ctrlC = '\x03';
// Ctrl-E then Ctrl-U: cursor to the end, then delete the line, so a run replaces whatever was half typed.
const clearLine = '\x05\x15';

// Bright black rather than SGR dim: dimmed text fell below 4.5:1 contrast in the light theme.
const dim = (text: string) => `\x1b[90m${text}\x1b[39m\r\n`;
const welcome = dim('Simulated shell: nothing here reaches AWS. Type help for commands.');
const welcomeBack = dim('Welcome back: your files, variables and history are restored.');

interface Run {
  readonly session: LabSessionLike;
  readonly history: History;
  readonly editor: LineEditor;
  readonly transcript: TranscriptEntry[];
}

interface Opened {
  readonly session: LabSessionLike;
  readonly history: History;
  readonly transcript: TranscriptEntry[];
}

/** Opens xterm in `element` and starts the lab session, continuing a saved one when there is one. */
export function createLabTerminal(options: LabTerminalOptions): LabTerminal {
  const { element, labId, scenario, storage, exercise } = options;
  const stamp = (session: LabSessionLike) => new Date(session.world.clock.epochMs()).toISOString();
  const term = new Terminal({
    fontFamily: MONO,
    fontSize: 14,
    lineHeight: 1.2,
    cursorBlink: true,
    scrollback: 2000,
    minimumContrastRatio: 4.5,
    // xterm's own accessibility tree, so screen readers can read the buffer, besides our live region.
    screenReaderMode: true,
    theme: terminalTheme(currentTheme()),
  });
  term.open(element);
  term.textarea?.setAttribute('aria-label', options.label);
  // Tab completes, so Esc then Tab is the way out (WCAG 2.1.2, no keyboard trap).
  let escaped = false;
  term.attachCustomKeyEventHandler((event) => {
    if (event.type !== 'keydown') return true;
    const leave = escaped && event.key === 'Tab';
    escaped = event.key === 'Escape';
    return !leave;
  });
  const stopFitting = keepFitted(term, element);

  let current: Run;
  let busy = false;

  // The shell keeps half-finished input (an open quote, `\`); Ctrl-C at any prompt drops it, as in bash.
  const terminalLike: TerminalLike = {
    write: (data) => term.write(data),
    onData: (listener) =>
      term.onData((data) => {
        if (data.includes(ctrlC)) {
          // Dropping unfinished input changes what the next line means, so the replay must see it too.
          if (exercise && current.session.shell.prompt() === '> ')
            current.transcript.push({ at: stamp(current.session), interrupt: true });
          current.session.shell.cancel();
        }
        listener(data);
      }),
    get cols() {
      return term.cols;
    },
    get rows() {
      return term.rows;
    },
    onResize: (listener) => term.onResize(listener),
  };

  function save(run: Run): void {
    if (!storage) {
      options.onSaved(false);
      return;
    }
    const saved: SavedLab = {
      version: 1,
      scenario,
      savedAt: new Date().toISOString(),
      history: run.history.serialize(),
      session: run.session.snapshot(),
      ...(exercise ? { transcript: run.transcript } : {}),
    };
    options.onSaved(saveLab(storage, labId, saved));
  }

  // A saved session continues; one that cannot be read or restored is set aside, never silently dropped.
  function restore(): Opened {
    const history = createHistory();
    const loaded = storage ? loadLab(storage, labId, scenario) : ({ kind: 'empty' } as const);
    if (loaded.kind === 'saved') {
      try {
        const restored = history.restore(loaded.saved.history);
        if (!restored.ok) throw new Error(restored.reason);
        const transcript = [...(loaded.saved.transcript ?? [])];
        return {
          session: openSession({ scenario, exercise, snapshot: loaded.saved.session }),
          history,
          transcript,
        };
      } catch (error) {
        const reason = `its session could not be restored (${error instanceof Error ? error.message : String(error)})`;
        history.clear();
        reportSetAside(loaded.raw, reason);
      }
    } else if (loaded.kind === 'unreadable') {
      reportSetAside(loaded.raw, loaded.reason);
    }
    return fresh();
  }

  function fresh(): Opened {
    return { session: openSession({ scenario, exercise }), history: createHistory(), transcript: [] };
  }

  function reportSetAside(raw: string, reason: string): void {
    if (!storage) return;
    options.onSetAside(setAside(storage, labId, raw, reason, new Date()), reason);
  }

  function start({ session, history, transcript }: Opened, banner: string): Run {
    term.write(banner);
    const editor: LineEditor = createLineEditor(terminalLike, {
      prompt: () => colourPrompt(session.shell.prompt()),
      history,
      complete: shellCompleter(() => session.shell, SESSION_COMMANDS),
      onLine: async (line) => {
        busy = true;
        try {
          if (exercise) transcript.push({ at: stamp(session), line });
          const result = await session.shell.feed(line);
          // A reset while this ran started another session: this one's output and state are gone.
          if (current.session !== session) return;
          term.write(renderOutput(result.output));
          if (result.status === 'done') options.onAnnounce(announcement(result.output, result.exitCode));
          save(current);
        } finally {
          busy = false;
        }
      },
      onInterrupt: () => session.shell.cancel(),
    });
    const run = { session, history, editor, transcript };
    current = run;
    editor.start();
    return run;
  }

  const first = restore();
  start(first, first.history.list().length > 0 ? welcomeBack : welcome);

  return {
    run(command) {
      const incomplete = !busy && current.session.shell.prompt() === '> ';
      term.input(`${incomplete ? ctrlC : ''}${clearLine}${command}\r`, true);
    },
    focus: () => term.focus(),
    session: () => current.session,
    transcript: () => current.transcript,
    reset() {
      current.editor.dispose();
      if (storage) removeLab(storage, labId);
      term.reset();
      start(fresh(), welcome);
      options.onAnnounce(`The ${exercise ? 'exercise' : 'lab'} was reset: a fresh session started.`);
    },
    setTheme(name) {
      term.options.theme = terminalTheme(name);
    },
    dispose() {
      current.editor.dispose();
      stopFitting();
      term.dispose();
    },
  };
}
