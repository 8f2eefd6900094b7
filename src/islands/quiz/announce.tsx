import { createContext, type ReactNode, useCallback, useContext, useState } from 'react';

const AnnounceContext = createContext<(message: string) => void>(() => {});

/** Says `message` through the quiz's polite live region. */
export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}

/**
 * One polite live region for everything a quiz announces (verdicts, moves, time left), present from the start
 * so screen readers pick up each change.
 */
export function Announcer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState({ text: '', n: 0 });
  // A counter in the key re-creates the text node, so the same words can be announced twice in a row.
  const announce = useCallback((text: string) => setMessage((m) => ({ text, n: m.n + 1 })), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="qz-sr-only" role="status" aria-live="polite" data-testid="quiz-announcer">
        <span key={message.n}>{message.text}</span>
      </div>
    </AnnounceContext.Provider>
  );
}
