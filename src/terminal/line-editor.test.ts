import { Terminal } from '@xterm/headless';
import type { Terminal as BrowserTerminal } from '@xterm/xterm';
import { describe, expect, it } from 'vitest';
import { createCompleter } from './completion.ts';
import { createHistory } from './history.ts';
import { createLineEditor, type LineEditorOptions } from './line-editor.ts';
import type { TerminalLike } from './terminal-like.ts';

const keys = {
  left: '\x1b[D',
  right: '\x1b[C',
  up: '\x1b[A',
  down: '\x1b[B',
  home: '\x1b[H',
  end: '\x1b[F',
  delete: '\x1b[3~',
  backspace: '\x7f',
  altB: '\x1bb',
  altF: '\x1bf',
  tab: '\t',
  enter: '\r',
};
const ctrl = (letter: string) => String.fromCharCode(letter.toUpperCase().charCodeAt(0) - 64);

interface Setup extends Partial<LineEditorOptions> {
  cols?: number;
  rows?: number;
}

/** A headless xterm with the editor on it; `onLine` echoes `ran: <line>` so order shows on screen. */
function setup({ cols = 40, rows = 10, ...options }: Setup = {}) {
  const term = new Terminal({ cols, rows, allowProposedApi: true });
  const lines: string[] = [];
  const editor = createLineEditor(term, {
    prompt: '$ ',
    onLine: (line) => {
      lines.push(line);
      editor.print(`ran: ${line}\n`);
    },
    ...options,
  });
  editor.start();
  const flush = () => new Promise<void>((resolve) => term.write('', resolve));
  return {
    term,
    editor,
    lines,
    flush,
    /** Sends keystrokes as the user would type them, then waits for the screen to catch up. */
    async type(...data: string[]) {
      for (const d of data) term.input(d);
      await flush();
    },
    /** The visible rows, right-trimmed, without trailing blank rows. */
    screen(): string[] {
      const buffer = term.buffer.active;
      const shown = Array.from(
        { length: term.rows },
        (_, i) =>
          buffer
            .getLine(buffer.viewportY + i)
            ?.translateToString(true)
            .trimEnd() ?? '',
      );
      while (shown.at(-1) === '') shown.pop();
      return shown;
    },
    /** Cursor position in the viewport. */
    cursor() {
      const buffer = term.buffer.active;
      return { row: buffer.baseY + buffer.cursorY - buffer.viewportY, col: buffer.cursorX };
    },
  };
}

describe('TerminalLike', () => {
  it('is satisfied structurally by both xterm builds (this fails to compile if one stops fitting)', () => {
    const fits = (term: BrowserTerminal | Terminal): TerminalLike => term;
    expect(fits(new Terminal()).cols).toBe(80);
  });
});

describe('typing and editing', () => {
  it('shows the prompt and typed text with the cursor after it', async () => {
    const t = setup();
    await t.type('ls -l');
    expect(t.screen()).toEqual(['$ ls -l']);
    expect(t.cursor()).toEqual({ row: 0, col: 7 });
  });

  it('inserts and deletes in the middle of the line', async () => {
    const t = setup();
    await t.type('echo helo world', keys.left.repeat(7), 'l');
    expect(t.screen()).toEqual(['$ echo hello world']);
    expect(t.cursor()).toEqual({ row: 0, col: 11 });
    await t.type(ctrl('a'), keys.delete.repeat(5), keys.end, keys.backspace.repeat(6));
    expect(t.screen()).toEqual(['$ hello']);
    await t.type(keys.home, 'say ', keys.enter);
    expect(t.lines).toEqual(['say hello']);
    expect(t.screen()).toEqual(['$ say hello', 'ran: say hello', '$']);
  });

  it('moves and deletes by word', async () => {
    const t = setup();
    await t.type('aws iam get-role', keys.altB, keys.altB);
    expect(t.cursor()).toEqual({ row: 0, col: 10 });
    await t.type(keys.altF);
    expect(t.cursor()).toEqual({ row: 0, col: 13 });
    await t.type(keys.end, ctrl('w'));
    expect(t.screen()).toEqual(['$ aws iam']);
    await t.type(ctrl('w'), ctrl('y'));
    expect(t.screen()).toEqual(['$ aws iam get-role']);
  });

  it('kills to either end and yanks back; consecutive kills join', async () => {
    const t = setup();
    await t.type('one two three', keys.left.repeat(5), ctrl('k'));
    expect(t.screen()).toEqual(['$ one two']);
    await t.type(ctrl('u'));
    expect(t.screen()).toEqual(['$']);
    await t.type(ctrl('y'));
    expect(t.screen()).toEqual(['$ one two three']);
    await t.type(ctrl('a'), keys.altF, ctrl('k'), ctrl('a'), ctrl('y'));
    expect(t.screen()).toEqual(['$  two threeone']);
  });
});

describe('long lines', () => {
  it('wraps past the width and edits across the wrap', async () => {
    const t = setup({ cols: 20 });
    const line = 'abcdefghijklmnopqrstuvwxyz0123456789';
    await t.type(line);
    expect(t.screen()).toEqual(['$ abcdefghijklmnopqr', 'stuvwxyz0123456789']);
    expect(t.cursor()).toEqual({ row: 1, col: 18 });

    await t.type(keys.home, 'XY');
    expect(t.screen()).toEqual(['$ XYabcdefghijklmnop', 'qrstuvwxyz0123456789']);
    expect(t.cursor()).toEqual({ row: 0, col: 4 });

    await t.type(keys.end, 'Z');
    expect(t.screen()).toEqual(['$ XYabcdefghijklmnop', 'qrstuvwxyz0123456789', 'Z']);
    expect(t.cursor()).toEqual({ row: 2, col: 1 });

    // Back across two wraps, editing on the way.
    await t.type(keys.backspace.repeat(21));
    expect(t.screen()).toEqual(['$ XYabcdefghijklmnop']);
    expect(t.cursor()).toEqual({ row: 1, col: 0 });
    await t.type(keys.backspace);
    expect(t.screen()).toEqual(['$ XYabcdefghijklmno']);
    expect(t.cursor()).toEqual({ row: 0, col: 19 });
    await t.type(keys.enter);
    expect(t.lines).toEqual(['XYabcdefghijklmno']);
    expect(t.screen()).toEqual(['$ XYabcdefghijklmno', 'ran: XYabcdefghijklm', 'no', '$']);
  });

  it('a line that fills the row exactly leaves no blank row after Enter', async () => {
    const t = setup({ cols: 10 });
    await t.type('12345678');
    expect(t.cursor()).toEqual({ row: 1, col: 0 });
    await t.type(keys.left);
    expect(t.cursor()).toEqual({ row: 0, col: 9 });
    await t.type(keys.enter);
    expect(t.screen()).toEqual(['$ 12345678', 'ran: 12345', '678', '$']);
  });

  it('moves the cursor up and down between rows', async () => {
    const t = setup({ cols: 10 });
    await t.type('abcdefghijklmnopqrstu', ctrl('a'));
    expect(t.cursor()).toEqual({ row: 0, col: 2 });
    await t.type(keys.right.repeat(8));
    expect(t.cursor()).toEqual({ row: 1, col: 0 });
    await t.type(ctrl('e'));
    expect(t.cursor()).toEqual({ row: 2, col: 3 });
  });
});

describe('history', () => {
  it('walks up and down and keeps the line being edited as a draft', async () => {
    const t = setup();
    await t.type('first\r', 'second\r', 'draft');
    await t.type(keys.up);
    expect(t.screen().at(-1)).toBe('$ second');
    await t.type(keys.up);
    expect(t.screen().at(-1)).toBe('$ first');
    await t.type(keys.up);
    expect(t.screen().at(-1)).toBe('$ first');
    await t.type(keys.down, keys.down);
    expect(t.screen().at(-1)).toBe('$ draft');
    expect(t.cursor()).toEqual({ row: 4, col: 7 });
    await t.type(keys.up, ' again', keys.enter);
    expect(t.lines).toEqual(['first', 'second', 'second again']);
  });

  it('recalls a long entry over a short draft and back', async () => {
    const t = setup({ cols: 12 });
    await t.type('a-rather-long-command\r', 'x', keys.up);
    expect(t.screen().slice(-2)).toEqual(['$ a-rather-l', 'ong-command']);
    await t.type(keys.down);
    expect(t.screen()).toEqual(['$ a-rather-l', 'ong-command', 'ran: a-rathe', 'r-long-comma', 'nd', '$ x']);
  });

  it('records into the history the host passes in', async () => {
    const history = createHistory();
    const t = setup({ history });
    await t.type('one\r', ' secret\r', 'one\r', 'two\r');
    expect(history.list()).toEqual(['one', 'two']);
  });
});

describe('Tab completion', () => {
  const complete = createCompleter({
    commands: ['aws', 'cat', 'cd', 'clear', 'echo', 'history'],
    subcommands: (words) => (words[0] === 'aws' ? ['iam', 'sts', 's3', 's3api'] : undefined),
    files: (prefix) => ['trust.json', 'policy.json', 'notes/'].filter((f) => f.startsWith(prefix)),
  });

  it('completes a single candidate inline with a space', async () => {
    const t = setup({ complete });
    await t.type('ec', keys.tab);
    expect(t.screen()).toEqual(['$ echo']);
    expect(t.cursor()).toEqual({ row: 0, col: 7 });
    await t.type('tr', keys.tab);
    expect(t.screen()).toEqual(['$ echo trust.json']);
  });

  it('does not add a space after a directory', async () => {
    const t = setup({ complete });
    await t.type('cat no', keys.tab);
    expect(t.screen()).toEqual(['$ cat notes/']);
  });

  it('completes the common prefix, then lists candidates on the second Tab', async () => {
    const t = setup({ complete });
    await t.type('aws s', keys.tab);
    expect(t.screen()).toEqual(['$ aws s']);
    await t.type('3', keys.tab);
    expect(t.screen()).toEqual(['$ aws s3']);
    await t.type(keys.tab);
    expect(t.screen()).toEqual(['$ aws s3', 's3     s3api', '$ aws s3']);
    expect(t.cursor()).toEqual({ row: 2, col: 8 });
    await t.type('a', keys.tab, keys.enter);
    expect(t.lines).toEqual(['aws s3api ']);
  });

  it('extends to the common prefix first', async () => {
    const t = setup({ complete });
    await t.type('c', keys.tab);
    expect(t.screen()).toEqual(['$ c']);
    await t.type(keys.tab);
    expect(t.screen()).toEqual(['$ c', 'cat    cd     clear', '$ c']);
    await t.type('l', keys.tab);
    expect(t.screen().at(-1)).toBe('$ clear');
  });

  it('lists in columns down then across when they do not fit on one row', async () => {
    const many = createCompleter({
      commands: ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf'],
    });
    const t = setup({ complete: many, cols: 30 });
    await t.type(keys.tab, keys.tab);
    expect(t.screen()).toEqual(['$', 'alpha    delta    golf', 'bravo    echo', 'charlie  foxtrot', '$']);
  });

  it('asks before listing more candidates than the limit', async () => {
    const many = createCompleter({ commands: ['a1', 'a2', 'a3', 'a4'] });
    const t = setup({ complete: many, listLimit: 3 });
    await t.type('a', keys.tab, keys.tab);
    expect(t.screen()).toEqual(['$ a', 'Display all 4 possibilities? (y or n)']);
    await t.type('n');
    expect(t.screen()).toEqual(['$ a', 'Display all 4 possibilities? (y or n)', '$ a']);
    await t.type(keys.tab, keys.tab, 'y');
    expect(t.screen().slice(-2)).toEqual(['a1  a2  a3  a4', '$ a']);
    await t.type('3\r');
    expect(t.lines).toEqual(['a3']);
  });

  it('completes in the middle of a line and keeps the rest', async () => {
    const t = setup({ complete });
    await t.type('hist | cat', ctrl('a'), keys.right.repeat(4), keys.tab);
    expect(t.screen()).toEqual(['$ history  | cat']);
    expect(t.cursor()).toEqual({ row: 0, col: 10 });
  });
});

describe('control keys', () => {
  it('Ctrl-C abandons the line with ^C and a fresh prompt', async () => {
    const t = setup();
    await t.type('rm -rf', keys.left.repeat(3), ctrl('c'));
    expect(t.screen()).toEqual(['$ rm -rf^C', '$']);
    expect(t.lines).toEqual([]);
    await t.type('ok\r');
    expect(t.lines).toEqual(['ok']);
  });

  it('Ctrl-L clears the screen and keeps the line', async () => {
    const t = setup();
    await t.type('one\r', 'two\r', 'half', keys.left);
    await t.type(ctrl('l'));
    expect(t.screen()).toEqual(['$ half']);
    expect(t.cursor()).toEqual({ row: 0, col: 5 });
    await t.type('-', keys.enter);
    expect(t.lines.at(-1)).toBe('hal-f');
  });

  it('Ctrl-D on an empty line is end of input; on text it deletes', async () => {
    let eof = 0;
    const t = setup({ onEof: () => void eof++ });
    await t.type('ab', keys.left, ctrl('d'));
    expect(t.screen()).toEqual(['$ a']);
    expect(eof).toBe(0);
    await t.type(keys.backspace, ctrl('d'));
    expect(eof).toBe(1);
    expect(t.screen()).toEqual(['$', '$']);
  });
});

describe('paste and typeahead', () => {
  it('a bracketed paste of three lines runs them in order and keeps the remainder', async () => {
    const t = setup();
    await t.type('\x1b[200~echo one\necho two\r\necho three\nleft\x1b[201~');
    expect(t.lines).toEqual(['echo one', 'echo two', 'echo three']);
    expect(t.screen()).toEqual([
      '$ echo one',
      'ran: echo one',
      '$ echo two',
      'ran: echo two',
      '$ echo three',
      'ran: echo three',
      '$ left',
    ]);
  });

  it('a plain paste (no bracketed mode) does the same', async () => {
    const t = setup();
    await t.type('pwd\rwhoami\rid\r');
    expect(t.lines).toEqual(['pwd', 'whoami', 'id']);
    expect(t.screen().at(-1)).toBe('$');
  });

  it('a paste split over chunks waits for its end marker', async () => {
    const t = setup();
    await t.type('\x1b[200~ab\ncd', 'ef\x1b[201~');
    expect(t.lines).toEqual(['ab']);
    expect(t.screen().at(-1)).toBe('$ cdef');
  });

  it('queues keystrokes while a slow command runs and replays them after the prompt', async () => {
    const pending: (() => void)[] = [];
    const lines: string[] = [];
    const t = setup({
      onLine: (line) => {
        lines.push(line);
        return new Promise<void>((resolve) => pending.push(resolve));
      },
    });
    await t.type('sleep 1\r', 'ech', 'o hi\r', 'whoa');
    expect(lines).toEqual(['sleep 1']);
    expect(t.screen()).toEqual(['$ sleep 1']);
    t.editor.print('slept\n');
    pending.shift()?.();
    await t.flush();
    await t.flush();
    expect(lines).toEqual(['sleep 1', 'echo hi']);
    expect(t.screen()).toEqual(['$ sleep 1', 'slept', '$ echo hi']);
    pending.shift()?.();
    await t.flush();
    await t.flush();
    expect(t.screen()).toEqual(['$ sleep 1', 'slept', '$ echo hi', '$ whoa']);
  });

  it('Ctrl-C during a command interrupts it and drops the typeahead', async () => {
    let interrupted = 0;
    let finish = () => {};
    const t = setup({
      onLine: () => new Promise<void>((resolve) => (finish = resolve)),
      onInterrupt: () => void interrupted++,
    });
    await t.type('sleep 9\r', 'typed ahead', ctrl('c'));
    expect(interrupted).toBe(1);
    finish();
    await t.flush();
    await t.flush();
    expect(t.screen()).toEqual(['$ sleep 9', '$']);
  });
});

describe('output and prompt', () => {
  it('print while the prompt shows puts the output above it', async () => {
    const t = setup();
    await t.type('partial');
    t.editor.print('note: session expires soon');
    await t.flush();
    expect(t.screen()).toEqual(['note: session expires soon', '$ partial']);
    expect(t.cursor()).toEqual({ row: 1, col: 9 });
  });

  it('a command whose output lacks a final newline still gets the prompt on a new row', async () => {
    const t = setup({
      onLine: (line) => {
        t.editor.print(line.slice(5));
      },
    });
    await t.type('echo -n hi\r');
    expect(t.screen()).toEqual(['$ echo -n hi', '-n hi', '$']);
  });

  it('a coloured prompt takes only its visible width', async () => {
    const t = setup({ prompt: () => '\x1b[32mlab\x1b[0m:~$ ', cols: 12 });
    await t.type('abcdefghi');
    expect(t.screen()).toEqual(['lab:~$ abcde', 'fghi']);
    await t.type(keys.home);
    expect(t.cursor()).toEqual({ row: 0, col: 7 });
  });

  it('shows an error thrown by the host instead of swallowing it, then prompts again', async () => {
    const t = setup({
      onLine: async () => {
        throw new Error('simulator bug: no such world');
      },
    });
    await t.type('ls\r');
    await t.flush();
    expect(t.screen()).toEqual(['$ ls', 'simulator bug: no such world', '$']);
  });

  it('setPrompt redraws the visible prompt', async () => {
    const t = setup();
    await t.type('x');
    t.editor.setPrompt('> ');
    await t.flush();
    expect(t.screen()).toEqual(['> x']);
  });
});

describe('non-ASCII input', () => {
  it('moves over accented letters and CJK by character and cell', async () => {
    const t = setup();
    await t.type('héllo 日本語');
    expect(t.screen()).toEqual(['$ héllo 日本語']);
    expect(t.cursor()).toEqual({ row: 0, col: 14 });
    await t.type(keys.left);
    expect(t.cursor()).toEqual({ row: 0, col: 12 });
    await t.type(keys.backspace);
    expect(t.screen()).toEqual(['$ héllo 日語']);
    await t.type(ctrl('a'), keys.right, keys.delete, 'e', keys.enter);
    expect(t.lines).toEqual(['hello 日語']);
  });

  it('wraps a wide character that would straddle the margin', async () => {
    const t = setup({ cols: 10 });
    await t.type('abcdefg日本');
    expect(t.screen()).toEqual(['$ abcdefg', '日本']);
    expect(t.cursor()).toEqual({ row: 1, col: 4 });
    await t.type(keys.left, keys.left);
    expect(t.cursor()).toEqual({ row: 1, col: 0 });
    await t.type(keys.backspace, keys.backspace);
    expect(t.screen()).toEqual(['$ abcde日', '本']);
  });

  it('treats an emoji (a surrogate pair) and a combining accent as one character', async () => {
    const t = setup();
    await t.type('a😀e\u0301z', keys.left, keys.left, keys.backspace);
    expect(t.screen()).toEqual(['$ ae\u0301z']);
    await t.type(keys.right, keys.backspace, keys.enter);
    expect(t.lines).toEqual(['az']);
  });
});

describe('reverse-i-search', () => {
  it('Ctrl-R finds the newest match, again goes older, Enter runs it', async () => {
    const t = setup({ cols: 60 });
    await t.type('aws iam list-roles\r', 'aws sts get-caller-identity\r', 'aws iam get-role\r', 'x');
    await t.type(ctrl('r'), 'iam');
    expect(t.screen().at(-1)).toBe("(reverse-i-search)`iam': aws iam get-role");
    expect(t.cursor().col).toBe(29);
    await t.type(ctrl('r'));
    expect(t.screen().at(-1)).toBe("(reverse-i-search)`iam': aws iam list-roles");
    await t.type(ctrl('r'));
    expect(t.screen().at(-1)).toBe("(failed reverse-i-search)`iam': aws iam list-roles");
    await t.type(keys.enter);
    expect(t.lines.at(-1)).toBe('aws iam list-roles');
    expect(t.screen().slice(-3)).toEqual(['$ aws iam list-roles', 'ran: aws iam list-roles', '$']);
  });

  it('another key accepts the match for editing; Ctrl-G restores the line', async () => {
    const t = setup();
    await t.type('echo hello\r', 'draft', ctrl('r'), 'ell', ctrl('e'), '!');
    expect(t.screen().at(-1)).toBe('$ echo hello!');
    await t.type(ctrl('u'), 'draft', ctrl('r'), 'ech', keys.backspace, ctrl('g'));
    expect(t.screen().at(-1)).toBe('$ draft');
  });
});

describe('resize', () => {
  it('redraws the line at the new width', async () => {
    const t = setup({ cols: 20 });
    await t.type('0123456789abcdefghijklmnop', keys.left.repeat(3));
    t.term.resize(12, 10);
    await t.flush();
    expect(t.screen()).toEqual(['$ 0123456789', 'abcdefghijkl', 'mnop']);
    expect(t.cursor()).toEqual({ row: 2, col: 1 });
    await t.type('-');
    expect(t.screen()).toEqual(['$ 0123456789', 'abcdefghijkl', 'm-nop']);
  });
});
