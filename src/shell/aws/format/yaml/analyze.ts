// Port of libyaml's yaml_emitter_analyze_scalar (src/emitter.c, MIT), which ruamel.yaml's C
// emitter (the one aws-cli v2 dumps YAML with) uses to decide how a scalar may be written.

/** Which scalar styles can carry this text unchanged. */
export type ScalarAnalysis = {
  /** Has a line break: never a simple key, never plain. */
  multiline: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  /** Length in UTF-8 bytes (libyaml measures simple keys in bytes). */
  byteLength: number;
};

export function isBreak(cp: number): boolean {
  return cp === 0x0a || cp === 0x0d || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}

/** libyaml's IS_PRINTABLE, on code points: astral characters, tab, DEL and C1 controls are not. */
export function isPrintable(cp: number): boolean {
  return (
    cp === 0x0a ||
    (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff)
  );
}

/** Space, tab, a line break, or the end of the text (libyaml's IS_BLANKZ). */
function isBlankZ(cp: number | undefined): boolean {
  return cp === undefined || cp === 0 || cp === 0x20 || cp === 0x09 || isBreak(cp);
}

function utf8Length(cps: number[]): number {
  return cps.reduce((n, cp) => n + (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4), 0);
}

const FIRST_INDICATORS = new Set([...'#,[]{}&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));
const [COLON, DASH, HASH, QUESTION, SPACE] = [0x3a, 0x2d, 0x23, 0x3f, 0x20];

/**
 * libyaml's analysis, less the flow-context half (flow indicators, flow plainness): the
 * CLI's YAML never writes a scalar inside a flow collection (see emitter.ts).
 */
export function analyzeScalar(cps: number[]): ScalarAnalysis {
  const byteLength = utf8Length(cps);
  if (cps.length === 0)
    return { multiline: false, blockPlainAllowed: true, singleQuotedAllowed: true, byteLength };
  const start = String.fromCodePoint(...cps.slice(0, 3));
  // Characters that would start YAML syntax (a comment, a tag, `- ` or `key: `).
  let indicators = start === '---' || start === '...';
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let precededByWhitespace = true;
  let previousSpace = false;
  let previousBreak = false;
  cps.forEach((cp, i) => {
    const followedByWhitespace = isBlankZ(cps[i + 1]);
    const first = i === 0;
    const last = i === cps.length - 1;
    if (first) {
      if (FIRST_INDICATORS.has(cp)) indicators = true;
      if ((cp === QUESTION || cp === COLON || cp === DASH) && followedByWhitespace) indicators = true;
    } else {
      if (cp === COLON && followedByWhitespace) indicators = true;
      if (cp === HASH && precededByWhitespace) indicators = true;
    }
    if (!isPrintable(cp)) special = true;
    if (isBreak(cp)) lineBreaks = true;
    if (cp === SPACE) {
      if (first) leadingSpace = true;
      if (last) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(cp)) {
      if (first) leadingBreak = true;
      if (last) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankZ(cp);
  });
  const edges = leadingSpace || leadingBreak || trailingSpace || trailingBreak;
  const mangled = breakSpace || spaceBreak || special;
  return {
    multiline: lineBreaks,
    blockPlainAllowed: !(edges || lineBreaks || mangled || indicators),
    singleQuotedAllowed: !mangled,
    byteLength,
  };
}
