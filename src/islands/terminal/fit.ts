import { FitAddon } from '@xterm/addon-fit';
import type { Terminal } from '@xterm/xterm';

/** Keeps `term` fitted to `box` (the element it opened in) with xterm's fit addon; returns a function that stops. */
export function keepFitted(term: Terminal, box: HTMLElement): () => void {
  const fit = new FitAddon();
  term.loadAddon(fit);
  let frame = 0;
  // The addon throws if the terminal is not laid out yet (zero size); the next resize fits it.
  const refit = () => {
    try {
      fit.fit();
    } catch {
      // not laid out yet
    }
  };
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(refit);
  });
  observer.observe(box);
  refit();
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
    fit.dispose();
  };
}
