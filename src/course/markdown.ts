/**
 * The Markdown subset the quiz bank uses, rendered to HTML at build time so no Markdown parser ships to the
 * browser: paragraphs (blank lines), `- ` bullet lists, `code` spans, **strong** and *emphasis*. Anything else
 * stays literal text, escaped. A test renders the whole bank and fails on leftover markers.
 */

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

// Code spans first (their content is literal), then strong before emphasis so `**` is not read as two `*`.
const INLINE = /`([^`]+)`|\*\*(.+?)\*\*|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])/g;

/**
 * Inline Markdown, for labels and legends: line breaks become spaces, and the rare blank line a `<br>` (a
 * label cannot hold paragraphs).
 */
export function renderInline(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map(renderLine)
    .join('<br>');
}

function renderLine(text: string): string {
  const flat = text.trim().replace(/\s*\n\s*/g, ' ');
  let html = '';
  let last = 0;
  for (const match of flat.matchAll(INLINE)) {
    html += escapeHtml(flat.slice(last, match.index));
    const [, code, strong, em] = match;
    if (code !== undefined) html += `<code>${escapeHtml(code)}</code>`;
    else if (strong !== undefined) html += `<strong>${renderLine(strong)}</strong>`;
    else html += `<em>${renderLine(em ?? '')}</em>`;
    last = match.index + match[0].length;
  }
  return html + escapeHtml(flat.slice(last));
}

/** Block Markdown: paragraphs separated by blank lines, and runs of `- ` lines as a bullet list. */
export function renderMarkdown(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((line) => /^\s*- /.test(line))) {
        const items = lines.map((line) => `<li>${renderLine(line.replace(/^\s*- /, ''))}</li>`);
        return `<ul>${items.join('')}</ul>`;
      }
      return `<p>${renderLine(block)}</p>`;
    })
    .join('');
}
