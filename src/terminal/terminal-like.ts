/** Something that can be stopped: the value `onData` and `onResize` hand back. */
export interface Disposable {
  dispose(): void;
}

/**
 * The few terminal methods the line editor needs. xterm's `Terminal` (browser or headless) satisfies it
 * structurally, so the core never imports xterm; a test or another host can hand in anything with this shape.
 */
export interface TerminalLike {
  /** Writes raw output (text and ANSI escapes) to the screen. */
  write(data: string): void;
  /** Subscribes to input: keystrokes and pastes, as the terminal encodes them. */
  onData(listener: (data: string) => void): Disposable;
  /** Width of the screen in cells. */
  readonly cols: number;
  /** Height of the screen in rows. */
  readonly rows: number;
  /** Subscribes to size changes, when the host can report them. */
  onResize?(listener: (size: { cols: number; rows: number }) => void): Disposable;
}
