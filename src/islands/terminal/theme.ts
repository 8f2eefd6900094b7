import type { ITheme } from '@xterm/xterm';

/** Starlight's two colour schemes, read from `data-theme` on <html>. */
export type ThemeName = 'dark' | 'light';

// ANSI colours after GitHub's terminal palettes (tuned for contrast on these backgrounds); backgrounds follow
// Starlight's grays. Red, which stderr uses, is softened in both so errors read as a hint, not an alarm.
const themes: Record<ThemeName, ITheme> = {
  dark: {
    background: '#17181c',
    foreground: '#e6e8ee',
    cursor: '#e6e8ee',
    cursorAccent: '#17181c',
    selectionBackground: '#3a4660',
    scrollbarSliderBackground: 'rgba(230, 232, 238, 0.15)',
    scrollbarSliderHoverBackground: 'rgba(230, 232, 238, 0.3)',
    scrollbarSliderActiveBackground: 'rgba(230, 232, 238, 0.4)',
    black: '#484f58',
    red: '#f4877c',
    green: '#3fb950',
    yellow: '#d29922',
    blue: '#6cb6ff',
    magenta: '#bc8cff',
    cyan: '#39c5cf',
    white: '#b1bac4',
    brightBlack: '#8b949e',
    brightRed: '#ffa198',
    brightGreen: '#56d364',
    brightYellow: '#e3b341',
    brightBlue: '#79c0ff',
    brightMagenta: '#d2a8ff',
    brightCyan: '#56d4dd',
    brightWhite: '#f0f6fc',
  },
  light: {
    background: '#f6f7f9',
    foreground: '#17181c',
    cursor: '#17181c',
    cursorAccent: '#f6f7f9',
    selectionBackground: '#c8d4f5',
    scrollbarSliderBackground: 'rgba(23, 24, 28, 0.15)',
    scrollbarSliderHoverBackground: 'rgba(23, 24, 28, 0.3)',
    scrollbarSliderActiveBackground: 'rgba(23, 24, 28, 0.4)',
    black: '#24292f',
    red: '#b3261e',
    green: '#116329',
    yellow: '#7d4e00',
    blue: '#0550ae',
    magenta: '#8250df',
    cyan: '#1b7c83',
    white: '#6e7781',
    brightBlack: '#57606a',
    brightRed: '#a40e26',
    brightGreen: '#1a7f37',
    brightYellow: '#633c01',
    brightBlue: '#0969da',
    brightMagenta: '#a475f9',
    brightCyan: '#3192aa',
    brightWhite: '#24292f',
  },
};

/** The xterm colours for a scheme. */
export function terminalTheme(name: ThemeName): ITheme {
  return themes[name];
}

/** The scheme the page shows now. */
export function currentTheme(): ThemeName {
  return document.documentElement.dataset.theme === 'light' ? 'light' : 'dark';
}

/** Calls `onChange` whenever Starlight switches scheme; returns a function that stops watching. */
export function watchTheme(onChange: (name: ThemeName) => void): () => void {
  const observer = new MutationObserver(() => onChange(currentTheme()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
