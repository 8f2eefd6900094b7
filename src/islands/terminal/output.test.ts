import { describe, expect, it } from 'vitest';
import { announcement, plainText, renderOutput } from './output.ts';
import { colourPrompt } from './prompt.ts';

describe('renderOutput', () => {
  it('turns line feeds into CR LF and colours stderr', () => {
    expect(
      renderOutput([
        { stream: 'stdout', text: 'a\nb\n' },
        { stream: 'stderr', text: 'oops\n' },
      ]),
    ).toBe('a\r\nb\r\n\x1b[31moops\r\n\x1b[39m');
  });

  it('ends output that stops mid-line with a line break, but not a cleared screen', () => {
    expect(renderOutput([{ stream: 'stdout', text: 'no newline' }])).toBe('no newline\r\n');
    expect(renderOutput([{ stream: 'stdout', text: '\x1b[H\x1b[2J' }])).toBe('\x1b[H\x1b[2J');
    expect(renderOutput([])).toBe('');
  });
});

describe('announcement', () => {
  it('reads the output without escapes and says when a command failed', () => {
    expect(announcement([{ stream: 'stdout', text: '\x1b[1mhello\x1b[0m\n' }], 0)).toBe('hello');
    expect(announcement([{ stream: 'stderr', text: 'cat: f: No such file or directory\n' }], 1)).toBe(
      'cat: f: No such file or directory Exit status 1.',
    );
    expect(announcement([], 0)).toBe('No output.');
  });

  it('shortens long output', () => {
    const text = announcement([{ stream: 'stdout', text: 'x'.repeat(5000) }], 0);
    expect(text.length).toBeLessThan(2100);
    expect(text).toMatch(/output shortened/);
  });

  it('strips OSC strings too', () => {
    expect(plainText('\x1b]0;title\x07text')).toBe('text');
  });
});

describe('colourPrompt', () => {
  it('colours the user, host and directory of a bash prompt', () => {
    expect(colourPrompt('student@iam-lab:~/lab$ ')).toBe(
      '\x1b[1;32mstudent@iam-lab\x1b[0m:\x1b[1;34m~/lab\x1b[0m$ ',
    );
    expect(colourPrompt('> ')).toBe('> ');
  });
});
