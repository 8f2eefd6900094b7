import { type CharWidth, stringWidth } from './width.ts';

/**
 * Lays items out in columns like bash lists completions: sorted down each column, two spaces between,
 * as many columns as fit in `cols`. Returns one string per screen row.
 */
export function formatColumns(items: readonly string[], cols: number, width: CharWidth): string[] {
  if (items.length === 0) return [];
  const widths = items.map((item) => stringWidth(item, width));
  const cell = Math.max(...widths) + 2;
  const perRow = Math.max(1, Math.floor(cols / cell));
  const rows = Math.ceil(items.length / perRow);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c * rows + r < items.length; c++) {
      const i = c * rows + r;
      const last = (c + 1) * rows + r >= items.length;
      line += last ? items[i] : `${items[i]}${' '.repeat(cell - (widths[i] ?? 0))}`;
    }
    lines.push(line);
  }
  return lines;
}
