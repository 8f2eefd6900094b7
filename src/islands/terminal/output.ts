import type { OutputChunk } from '../../shell/shell.ts';

// stderr is drawn in the theme's (softened) red; 39 restores the default colour, not bold or other attributes.
const STDERR_ON = '\x1b[31m';
const STDERR_OFF = '\x1b[39m';
// Erase-display (`clear`), erase-scrollback and full reset all leave the cursor at a fresh start.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal escapes is the point.
const CLEARS_AT_END = /(\x1b\[[23]J|\x1bc)(\x1b\[[0-9;]*H)?$/;
// CSI sequences, OSC strings and two-byte escapes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal escapes is the point.
const ESCAPES = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[@-Z\\-_]/g;

/**
 * What the terminal writes for a command's output: `\n` as `\r\n`, stderr in red, and a final line break when the
 * output stops mid-line, so the next prompt starts a fresh line (unless the output cleared the screen).
 */
export function renderOutput(chunks: readonly OutputChunk[]): string {
  let text = '';
  for (const { stream, text: raw } of chunks) {
    const body = raw.replace(/\r?\n/g, '\r\n');
    text += stream === 'stderr' ? `${STDERR_ON}${body}${STDERR_OFF}` : body;
  }
  const all = chunks.map((c) => c.text).join('');
  if (all !== '' && !all.endsWith('\n') && !CLEARS_AT_END.test(all)) text += '\r\n';
  return text;
}

/** Output without escape sequences, for screen readers. */
export function plainText(text: string): string {
  return text.replace(ESCAPES, '').replace(/\r/g, '');
}

/** Longest announcement: a screen reader reading a whole JSON document aloud helps nobody. */
const ANNOUNCE_LIMIT = 2000;

/** What the live region says after a command: its output as text, or that there was none, and a failing status. */
export function announcement(chunks: readonly OutputChunk[], exitCode: number): string {
  const text = plainText(chunks.map((c) => c.text).join('')).trim();
  const shown =
    text.length > ANNOUNCE_LIMIT
      ? `${text.slice(0, ANNOUNCE_LIMIT)}… (output shortened; the full text is in the terminal)`
      : text;
  const status = exitCode === 0 ? '' : ` Exit status ${exitCode}.`;
  return `${shown || 'No output.'}${status}`;
}
