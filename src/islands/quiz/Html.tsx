import type { HTMLAttributes } from 'react';

/** An element showing author HTML rendered at build time from the quiz bank (src/course/markdown.ts). */
export function Html({
  html,
  as: Tag = 'div',
  ...rest
}: { html: string; as?: 'div' | 'span' } & HTMLAttributes<HTMLElement>) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: trusted HTML built from the bank, every character escaped by the renderer.
  return <Tag {...rest} dangerouslySetInnerHTML={{ __html: html }} />;
}
