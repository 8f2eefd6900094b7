import { useEffect, useState } from 'react';
import { formatSeed, parseSeed } from './random.ts';

/** The page's query string, read once (the quiz pages render only in the browser). */
export function useSearchParams(): URLSearchParams {
  const [params] = useState(() => new URLSearchParams(window.location.search));
  return params;
}

/**
 * The run's seed: the URL's `seed`, or a fresh random one written back into the URL, so a reload brings
 * back the same questions in the same order.
 */
export function useRunSeed(params: URLSearchParams): number {
  const [seed] = useState(
    () => parseSeed(params.get('seed')) ?? crypto.getRandomValues(new Uint32Array(1))[0] ?? 0,
  );
  useEffect(() => {
    const url = new URL(window.location.href);
    if (url.searchParams.get('seed') === formatSeed(seed)) return;
    url.searchParams.set('seed', formatSeed(seed));
    window.history.replaceState(window.history.state, '', url);
  }, [seed]);
  return seed;
}

/** The current page with a new seed: another random set with the same choices. */
export function anotherSetHref(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete('seed');
  return `${url.pathname}${url.search}`;
}
