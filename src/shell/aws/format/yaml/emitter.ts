// Port of the parts of libyaml's emitter (src/emitter.c, MIT) that ruamel.yaml's C emitter
// runs for aws-cli v2's `YAML(typ='safe')` dump: block style, indent 2, width 80, unicode
// allowed, implicit document start and end. Rewritten in TypeScript over a node tree.
import { analyzeScalar, isBreak, isPrintable, type ScalarAnalysis } from './analyze.ts';
import { anchorsOf } from './anchors.ts';

/** What the representer hands the emitter; a list or dict met twice is the same node. */
export type YamlNode =
  | { kind: 'scalar'; text: string; plainImplicit: boolean }
  | { kind: 'sequence'; items: YamlNode[] }
  | { kind: 'mapping'; pairs: [YamlNode, YamlNode][] };

type Style = 'plain' | 'single' | 'double';

type Context = { mapping?: boolean; simpleKey?: boolean };

const BEST_INDENT = 2;
const BEST_WIDTH = 80;
const MAX_SIMPLE_KEY_BYTES = 128;

/** Emit one YAML document holding `root`, as `yaml.dump` writes it. */
export function emitDocument(root: YamlNode): string {
  const emitter = new Emitter(anchorsOf(root));
  emitter.node(root, {});
  emitter.writeIndent(); // document end
  return emitter.output();
}

class Emitter {
  private out: string[] = [];
  private column = 0;
  private indent = -1;
  private indents: number[] = [];
  private whitespace = true;
  private indention = true;
  private readonly anchors: Map<YamlNode, string>;
  private readonly anchored = new Set<YamlNode>();

  constructor(anchors: Map<YamlNode, string>) {
    this.anchors = anchors;
  }

  output(): string {
    return this.out.join('');
  }

  node(node: YamlNode, context: Context): void {
    const anchor = this.anchors.get(node);
    if (anchor !== undefined) {
      // libyaml's process_anchor: `*id001` stands for the node, `&id001` precedes its first copy.
      const alias = this.anchored.has(node);
      this.writeIndicator(`${alias ? '*' : '&'}${anchor}`, true, false, false);
      if (alias) return;
      this.anchored.add(node);
    }
    if (node.kind === 'scalar') this.scalar(node, context);
    else if (node.kind === 'sequence') this.sequence(node.items, context);
    else this.mapping(node.pairs);
  }

  private sequence(items: YamlNode[], context: Context): void {
    if (items.length === 0) {
      this.emptyFlow('[', ']');
      return;
    }
    // A list that is a mapping value sits at the key's indentation ("indentless").
    this.increaseIndent(false, Boolean(context.mapping) && !this.indention);
    for (const item of items) {
      this.writeIndent();
      this.writeIndicator('-', true, false, true);
      this.node(item, {});
    }
    this.popIndent();
  }

  private mapping(pairs: [YamlNode, YamlNode][]): void {
    if (pairs.length === 0) {
      this.emptyFlow('{', '}');
      return;
    }
    this.increaseIndent(false, false);
    for (const [key, value] of pairs) {
      this.writeIndent();
      if (isSimpleKey(key)) {
        this.node(key, { mapping: true, simpleKey: true });
        this.writeIndicator(':', false, false, false);
      } else {
        this.writeIndicator('?', true, false, true);
        this.node(key, { mapping: true });
        this.writeIndent();
        this.writeIndicator(':', true, false, true);
      }
      this.node(value, { mapping: true });
    }
    this.popIndent();
  }

  /**
   * `[]` and `{}`: the safe dumper asks for block style, libyaml uses flow only for empty
   * collections. So nothing is ever written inside a flow collection, and the flow-context
   * rules for scalars (flow_level > 0) never apply below.
   */
  private emptyFlow(open: string, close: string): void {
    this.writeIndicator(open, true, true, false);
    this.writeIndicator(close, false, false, false);
  }

  private scalar(node: { text: string; plainImplicit: boolean }, context: Context): void {
    const cps = [...node.text].map((ch) => ch.codePointAt(0) ?? 0);
    const style = this.selectStyle(analyzeScalar(cps), node.plainImplicit, Boolean(context.simpleKey));
    this.increaseIndent(true, false);
    const allowBreaks = !context.simpleKey;
    if (style === 'plain') this.writePlain(cps, allowBreaks);
    else if (style === 'single') this.writeSingleQuoted(cps, allowBreaks);
    else this.writeDoubleQuoted(cps, allowBreaks);
    this.popIndent();
  }

  private selectStyle(analysis: ScalarAnalysis, plainImplicit: boolean, simpleKey: boolean): Style {
    let style: Style = 'plain';
    if (simpleKey && analysis.multiline) style = 'double';
    if (style === 'plain') {
      const emptyKey = analysis.byteLength === 0 && simpleKey;
      // Text that would read back as a number, bool, null or date is quoted.
      if (!analysis.blockPlainAllowed || emptyKey || !plainImplicit) style = 'single';
    }
    if (style === 'single' && !analysis.singleQuotedAllowed) style = 'double';
    return style;
  }

  private increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }

  private popIndent(): void {
    this.indent = this.indents.pop() ?? -1;
  }

  writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) {
      this.putBreak();
    }
    if (this.column < indent) this.put(' '.repeat(indent - this.column));
    this.whitespace = true;
    this.indention = true;
  }

  private writeIndicator(
    indicator: string,
    needWhitespace: boolean,
    isWhitespace: boolean,
    isIndention: boolean,
  ) {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.put(indicator);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  /** Append text that holds no line break; the column counts code points, as libyaml does. */
  private put(text: string): void {
    this.out.push(text);
    this.column += [...text].length;
  }

  private putBreak(): void {
    this.out.push('\n');
    this.column = 0;
  }

  private writeBreak(cp: number): void {
    if (cp === 0x0a) this.putBreak();
    else {
      this.out.push(String.fromCodePoint(cp));
      this.column = 0;
    }
  }

  /** At a lone space past the width, a line break (and the indentation) replaces the space. */
  private foldsAt(cps: number[], i: number, allowBreaks: boolean, spaces: boolean): boolean {
    return allowBreaks && !spaces && this.column > BEST_WIDTH && cps[i + 1] !== 0x20;
  }

  private writePlain(cps: number[], allowBreaks: boolean): void {
    if (!this.whitespace && cps.length > 0) this.put(' ');
    let spaces = false;
    let breaks = false;
    cps.forEach((cp, i) => {
      if (cp === 0x20) {
        if (this.foldsAt(cps, i, allowBreaks, spaces)) this.writeIndent();
        else this.put(' ');
        spaces = true;
      } else if (isBreak(cp)) {
        if (!breaks && cp === 0x0a) this.putBreak();
        this.writeBreak(cp);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(String.fromCodePoint(cp));
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    });
    this.whitespace = false;
    this.indention = false;
  }

  private writeSingleQuoted(cps: number[], allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false);
    let spaces = false;
    let breaks = false;
    cps.forEach((cp, i) => {
      if (cp === 0x20) {
        const inside = i > 0 && i < cps.length - 1;
        if (inside && this.foldsAt(cps, i, allowBreaks, spaces)) this.writeIndent();
        else this.put(' ');
        spaces = true;
      } else if (isBreak(cp)) {
        if (!breaks && cp === 0x0a) this.putBreak();
        this.writeBreak(cp);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(cp === 0x27 ? "''" : String.fromCodePoint(cp));
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    });
    if (breaks) this.writeIndent();
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeDoubleQuoted(cps: number[], allowBreaks: boolean): void {
    this.writeIndicator('"', true, false, false);
    let spaces = false;
    cps.forEach((cp, i) => {
      if (!isPrintable(cp) || cp === 0xfeff || isBreak(cp) || cp === 0x22 || cp === 0x5c) {
        this.put(escapeChar(cp));
        spaces = false;
      } else if (cp === 0x20) {
        const inside = i > 0 && i < cps.length - 1;
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && inside) {
          this.writeIndent();
          // A space starting the next line would be folded away: escape it.
          if (cps[i + 1] === 0x20) this.put('\\');
        } else this.put(' ');
        spaces = true;
      } else {
        this.put(String.fromCodePoint(cp));
        spaces = false;
      }
    });
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }
}

const SHORT_ESCAPES: Record<number, string> = {
  0: '0',
  7: 'a',
  8: 'b',
  9: 't',
  10: 'n',
  11: 'v',
  12: 'f',
  13: 'r',
  27: 'e',
  34: '"',
  92: '\\',
  133: 'N',
  160: '_',
  8232: 'L',
  8233: 'P',
};

function escapeChar(cp: number): string {
  const short = SHORT_ESCAPES[cp];
  if (short !== undefined) return `\\${short}`;
  const hex = cp.toString(16).toUpperCase();
  if (cp <= 0xff) return `\\x${hex.padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${hex.padStart(4, '0')}`;
  return `\\U${hex.padStart(8, '0')}`;
}

/** A key fits on one line before its `:` only if single-line and at most 128 bytes. */
function isSimpleKey(key: YamlNode): boolean {
  if (key.kind !== 'scalar') return false;
  const analysis = analyzeScalar([...key.text].map((ch) => ch.codePointAt(0) ?? 0));
  return !analysis.multiline && analysis.byteLength <= MAX_SIMPLE_KEY_BYTES;
}
