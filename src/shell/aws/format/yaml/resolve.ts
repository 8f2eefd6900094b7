// The implicit tags of ruamel.yaml's (0.17) YAML 1.2 resolver (ruamel/yaml/resolver.py, MIT):
// a plain scalar that matches one of these reads back as a bool, number, null or date.

/** [first characters the pattern can start with, tag, pattern], in ruamel's order. */
const RESOLVERS: [string, string, RegExp][] = [
  ['tTfF', 'bool', /^(?:true|True|TRUE|false|False|FALSE)$/],
  [
    '-+0123456789.',
    'float',
    /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  ],
  ['-+0123456789', 'int', /^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)$/],
  ['<', 'merge', /^(?:<<)$/],
  ['~nN', 'null', /^(?:~|null|Null|NULL|)$/],
  [
    '0123456789',
    'timestamp',
    /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/,
  ],
  ['=', 'value', /^(?:=)$/],
  ['!&*', 'yaml', /^(?:!|&|\*)$/],
];

/** Python's `re.match` with `$`: the end of the text, or just before a final newline. */
function pyMatch(pattern: RegExp, text: string): boolean {
  return pattern.test(text) || (text.endsWith('\n') && pattern.test(text.slice(0, -1)));
}

/** The tag a plain (unquoted) scalar with this text would be read back as. */
export function resolvePlain(text: string): string {
  const first = text[0];
  for (const [starts, tag, pattern] of RESOLVERS) {
    // ruamel looks resolvers up by first character; the empty text only by the null one.
    const applies = first === undefined ? tag === 'null' : starts.includes(first);
    if (applies && pyMatch(pattern, text)) return tag;
  }
  return 'str';
}
