import xtermCss from '@xterm/xterm/css/xterm.css?inline';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { TranscriptEntry } from '../grading/lab/report.ts';
import { probeLocalStorage } from '../progress/browser.ts';
import { createLabTerminal, type LabTerminal } from './terminal/lab-terminal.ts';
import { ResetLab } from './terminal/ResetLab.tsx';
import { SetAsideNotice } from './terminal/SetAsideNotice.tsx';
import { dismissBackup, pendingBackup, type SetAside } from './terminal/saved-session.ts';
import type { ExerciseStart, LabSessionLike } from './terminal/session-adapter.ts';
import terminalCss from './terminal/terminal.css?inline';
import { watchTheme } from './terminal/theme.ts';

// The styles arrive with the island rather than in every page's stylesheet (Astro would link them site-wide).
function addStyles(): void {
  if (document.querySelector('style[data-lab-terminal]')) return;
  const style = document.createElement('style');
  style.dataset.labTerminal = '';
  style.textContent = `${xtermCss}\n${terminalCss}`;
  document.head.append(style);
}

/** What the page can do with a running terminal (the "Run in terminal" buttons use it). */
export interface TerminalApi {
  /** Types `command` at the prompt and runs it. */
  run(command: string): void;
  focus(): void;
  /** Starts afresh from the scenario (or exercise), forgetting the saved session. */
  reset(): void;
  /** The session the terminal drives now: its world and current credentials are what a grader reads. */
  session(): LabSessionLike;
  /** Exercises: everything typed since the start or the last reset. */
  transcript(): readonly TranscriptEntry[];
}

export interface TerminalProps {
  /** Names the lab: its session is saved under `iam-roles-lab:lab:<labId>`. */
  readonly labId: string;
  /** The scenario a fresh session starts from. */
  readonly scenario: string;
  /** Called once the terminal is ready to run commands. */
  readonly onReady?: (api: TerminalApi) => void;
  /** Start from an exercise's world and keep a transcript; the exercise page offers its own reset. */
  readonly exercise?: ExerciseStart;
}

interface Problem {
  readonly backup: SetAside | null;
  readonly reason: string;
}

/** The lab terminal: a simulated shell in xterm.js, saved in this browser after every command. */
export function Terminal({ labId, scenario, onReady, exercise }: TerminalProps) {
  const screenRef = useRef<HTMLDivElement>(null);
  const labRef = useRef<LabTerminal | null>(null);
  const [announced, setAnnounced] = useState({ text: '', count: 0 });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saving, setSaving] = useState(true);
  const ready = useRef(onReady);

  // Before the first paint, so the island never shows unstyled.
  useLayoutEffect(addStyles, []);

  useEffect(() => {
    const element = screenRef.current;
    if (!element) return;
    const storage = probeLocalStorage();
    const pending = storage && pendingBackup(storage, labId);
    if (pending) setProblem({ backup: pending, reason: pending.reason });
    const lab = createLabTerminal({
      element,
      labId,
      scenario,
      label: exercise
        ? `Terminal for exercise ${exercise.exercise.title}: a simulated shell`
        : `Terminal for lab ${labId}: a simulated shell`,
      storage,
      exercise,
      onAnnounce: (text) => setAnnounced((previous) => ({ text, count: previous.count + 1 })),
      onSetAside: (backup, reason) => setProblem({ backup, reason }),
      onSaved: setSaving,
    });
    labRef.current = lab;
    const stopWatching = watchTheme((name) => lab.setTheme(name));
    ready.current?.({
      run: lab.run,
      focus: lab.focus,
      reset: lab.reset,
      session: lab.session,
      transcript: lab.transcript,
    });
    return () => {
      stopWatching();
      lab.dispose();
      labRef.current = null;
    };
  }, [labId, scenario, exercise]);

  function dismiss() {
    const storage = probeLocalStorage();
    if (storage) dismissBackup(storage, labId);
    setProblem(null);
    labRef.current?.focus();
  }

  return (
    <div className="lab-terminal" data-testid="lab-terminal">
      {problem && <SetAsideNotice backup={problem.backup} reason={problem.reason} onDismiss={dismiss} />}
      {!saving && (
        <p className="lab-notice lab-notice--caution" role="status" data-testid="lab-unsaved">
          This browser won't let the lab save (private mode or storage full): your work here lasts until you
          close the tab.
        </p>
      )}
      <div className="lab-terminal__screen" ref={screenRef} />
      <div className="lab-terminal__bar">
        <p className="lab-terminal__hint">
          <kbd>Tab</kbd> completes, <kbd>↑</kbd> recalls, <kbd>Ctrl</kbd>+<kbd>C</kbd> cancels. To leave the
          terminal with the keyboard, press <kbd>Esc</kbd> then <kbd>Tab</kbd>.
        </p>
        {!exercise && <ResetLab onReset={() => labRef.current?.reset()} />}
      </div>
      <div className="sr-only" aria-live="polite" aria-atomic="true" data-testid="lab-announcer">
        {/* A space that alternates makes the same output twice in a row announced twice. */}
        {announced.count % 2 === 0 ? announced.text : `${announced.text}\u00a0`}
      </div>
    </div>
  );
}
