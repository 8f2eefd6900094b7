// Port of aws-cli's awscli/table.py (Apache-2.0, Copyright Amazon.com, Inc. or its affiliates):
// MultiTable and Section rendering, uncoloured (the `Styler` the CLI uses off a terminal).
import { CliCrash } from '../python.ts';
import { textWidth } from './width.ts';

/** One titled block of a table: optional header row, then rows of cells. */
export class Section {
  title: string | null = '';
  headers: string[] = [];
  rows: string[][] = [];
  indentLevel = 0;
  private numCols: number | null = null;
  private maxWidths: number[] = [];

  addHeader(headers: string[]): void {
    this.updateMaxWidths(headers);
    if (this.numCols === null) this.numCols = headers.length;
    this.headers = headers;
  }

  addRow(row: string[]): void {
    if (this.numCols === null) this.numCols = row.length;
    if (row.length !== this.numCols) {
      throw new CliCrash(`Row should have ${this.numCols} elements, instead it has ${row.length}`);
    }
    this.rows.push(row);
    this.updateMaxWidths(row);
  }

  private updateMaxWidths(row: string[]): void {
    if (this.maxWidths.length === 0) {
      this.maxWidths = row.map(textWidth);
      return;
    }
    row.forEach((cell, i) => {
      const current = this.maxWidths[i];
      if (current === undefined) throw new CliCrash('list index out of range');
      this.maxWidths[i] = Math.max(textWidth(cell), current);
    });
  }

  /** Column widths with `padding` each, scaled to add up to exactly `maxWidth` if given. */
  columnWidths(padding = 0, maxWidth?: number): number[] {
    const unscaled = this.maxWidths.map((w) => w + padding);
    if (maxWidth === undefined || unscaled.length === 0) return unscaled;
    const scale = maxWidth / unscaled.reduce((a, b) => a + b, 0);
    const scaled = unscaled.map((w) => roundHalfEven(scale * w));
    // Rounding leaves the total a little off: take from the left, give from the right.
    let offBy = scaled.reduce((a, b) => a + b, 0) - maxWidth;
    while (offBy !== 0) {
      const order = scaled.map((_, i) => i);
      if (offBy < 0) order.reverse();
      for (const i of order) {
        scaled[i] = (scaled[i] ?? 0) + (offBy > 0 ? -1 : 1);
        offBy += offBy > 0 ? -1 : 1;
        if (offBy === 0) break;
      }
    }
    return scaled;
  }

  /** Width this section needs: its columns plus borders, or its title, whichever is wider. */
  totalWidth(padding: number, outerPadding: number): number {
    const columns = this.columnWidths().reduce((total, w) => total + w + padding, 0);
    const borders = 2;
    return Math.max(
      textWidth(this.title ?? 'None') + borders + 2 * outerPadding,
      columns + borders + 2 * outerPadding,
    );
  }
}

/** Python's round(): halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** Sections rendered one under the other at one common width. */
export class MultiTable {
  private sections: Section[] = [];
  private current: Section | null = null;
  private readonly terminalWidth: number;

  constructor(terminalWidth: number) {
    this.terminalWidth = terminalWidth;
  }

  /** A section titled `title`; `null` is Python's None title: no title line, 4 columns wide. */
  newSection(title: string | null, indentLevel = 0): void {
    const section = new Section();
    section.title = title;
    section.indentLevel = indentLevel;
    this.sections.push(section);
    this.current = section;
  }

  addRowHeader(headers: string[]): void {
    this.section().addHeader(headers);
  }

  addRow(row: string[]): void {
    this.section().addRow(row);
  }

  private section(): Section {
    if (this.current === null) throw new CliCrash("'NoneType' object has no attribute 'add_row'");
    return this.current;
  }

  render(): string {
    let maxWidth = this.maxWidth();
    // Too wide for the terminal: every one-row section turns into key/value rows.
    if (maxWidth > this.terminalWidth) {
      this.sections = this.sections.map(toVertical);
      maxWidth = this.maxWidth();
    }
    const out = [`${'-'.repeat(maxWidth)}\n`];
    for (const section of this.sections) renderSection(section, maxWidth, out);
    return out.join('');
  }

  private maxWidth(): number {
    return Math.max(...this.sections.map((s) => s.totalWidth(4, s.indentLevel)));
  }
}

function toVertical(section: Section): Section {
  if (section.rows.length !== 1 || section.headers.length === 0) return section;
  const vertical = new Section();
  vertical.title = section.title;
  vertical.indentLevel = section.indentLevel;
  const row = section.rows[0] ?? [];
  section.headers.slice(0, row.length).forEach((header, i) => {
    vertical.addRow([header, row[i] ?? '']);
  });
  return vertical;
}

function renderSection(section: Section, tableWidth: number, out: string[]): void {
  // Each nesting level adds one `|` on both sides of every line.
  const edge = '|'.repeat(section.indentLevel);
  const write = (line: string) => out.push(`${edge}${line}${edge}\n`);
  const width = tableWidth - section.indentLevel * 2;
  if (section.title) {
    write(centerText(section.title, width, '|', '|'));
    if (section.headers.length === 0 && section.rows.length === 0) write(`+${'-'.repeat(width - 2)}+`);
  }
  if (section.headers.length > 0) {
    const widths = section.columnWidths(4, width);
    const cells = zip(widths, section.headers).map(([w, header], i) =>
      centerText(header, w, i === 0 ? '|' : '', '|'),
    );
    write(lineBreak(widths));
    write(cells.join(''));
  }
  if (section.rows.length > 0) {
    const widths = section.columnWidths(4, width);
    if (widths.length === 0) return;
    write(lineBreak(widths));
    for (const row of section.rows) {
      write(
        zip(widths, row)
          .map(([w, cell], i) => alignLeft(cell, w, i === 0 ? '|' : '', '|'))
          .join(''),
      );
    }
    write(lineBreak(widths));
  }
}

function zip<T>(widths: number[], cells: T[]): [number, T][] {
  const n = Math.min(widths.length, cells.length);
  return widths.slice(0, n).map((w, i) => [w, cells[i] as T]);
}

function lineBreak(widths: number[]): string {
  return widths
    .map((w, i) => (i === 0 ? `+${'-'.repeat(Math.max(0, w - 2))}+` : `${'-'.repeat(Math.max(0, w - 1))}+`))
    .join('');
}

function spaces(n: number): string {
  return ' '.repeat(Math.max(0, n));
}

function centerText(text: string, length: number, left: string, right: string): string {
  const textLength = textWidth(text);
  const start = Math.floor(length / 2) - Math.floor(textLength / 2) - 1;
  const soFar = left.length + start + textLength;
  return `${left}${spaces(start)}${text}${spaces(length - right.length - soFar)}${right}`;
}

function alignLeft(text: string, length: number, left: string, right: string): string {
  const textLength = textWidth(text);
  const padding = length - (textLength + 2 + left.length + right.length) >= 0 ? 2 : 0;
  const soFar = left.length + padding + textLength;
  return `${left}${spaces(padding)}${text}${spaces(length - soFar - right.length)}${right}`;
}
