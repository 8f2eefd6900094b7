import { createRoot } from 'react-dom/client';
import { Terminal, type TerminalApi } from '../Terminal.tsx';

export type { TerminalApi } from '../Terminal.tsx';

/**
 * Renders the terminal island into `container` (replacing its placeholder) once the learner asks for it; resolves
 * when it is ready to run commands. Loaded on demand, so lesson pages carry no React or xterm until then.
 */
export function mountTerminal(
  container: HTMLElement,
  props: { labId: string; scenario: string },
): Promise<TerminalApi> {
  return new Promise((resolve) => {
    container.replaceChildren();
    createRoot(container).render(<Terminal {...props} onReady={resolve} />);
  });
}
