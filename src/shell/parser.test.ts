import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lex } from './lexer.ts';
import { parse } from './parser.ts';
import { sh } from './testing.ts';

describe('lexer', () => {
  it('splits words and operators, with io numbers on redirections', () => {
    const lexed = lex('echo a>f 2>&1 | wc -l && x');
    expect(lexed.kind).toBe('tokens');
    if (lexed.kind !== 'tokens') return;
    expect(
      lexed.tokens.map((t) =>
        t.kind === 'word' ? t.raw : t.kind === 'op' ? `${t.fd ?? ''}${t.op}` : t.kind,
      ),
    ).toEqual(['echo', 'a', '>', 'f', '2>&', '1', '|', 'wc', '-l', '&&', 'x', 'eof']);
  });

  it('says why input is incomplete', () => {
    expect(lex("echo 'a")).toEqual({ kind: 'incomplete', reason: 'quote', char: "'" });
    expect(lex('echo "a')).toEqual({ kind: 'incomplete', reason: 'quote', char: '"' });
    expect(lex('echo a \\\n')).toEqual({ kind: 'incomplete', reason: 'continuation' });
    expect(lex('echo \x24{A')).toEqual({ kind: 'incomplete', reason: 'quote', char: '}' });
    expect(lex('x\ncat <<EOF\nbody\n')).toEqual({
      kind: 'incomplete',
      reason: 'heredoc',
      delimiter: 'EOF',
      line: 2,
    });
  });

  it('points a bad substitution at its column', () => {
    expect(lex('echo \x24{A!}')).toEqual({
      kind: 'syntax-error',
      message: '\x24{A!}: bad substitution',
      line: 1,
      column: 6,
    });
  });
});

describe('parser', () => {
  it('builds the AST of a pipeline with assignments and redirections', () => {
    const parsed = parse("AWS_PROFILE=dev aws s3 ls 2>/dev/null | grep -c 'x'");
    expect(parsed.kind).toBe('script');
    if (parsed.kind !== 'script') return;
    const [first, second] = parsed.script.items[0]?.first.commands ?? [];
    expect(first).toMatchObject({
      kind: 'simple',
      assignments: [
        { name: 'AWS_PROFILE', value: { parts: [{ kind: 'literal', text: 'dev', quoted: false }] } },
      ],
      redirects: [{ kind: 'file', fd: 2, mode: 'write' }],
    });
    expect(first?.kind === 'simple' && first.words.length).toBe(3);
    expect(second).toMatchObject({
      kind: 'simple',
      words: [{}, {}, { parts: [{ text: 'x', quoted: true }] }],
    });
  });

  it('reports syntax errors with bash’s message and a line and column', () => {
    expect(parse('echo ok\necho a | | b')).toEqual({
      kind: 'syntax-error',
      message: "syntax error near unexpected token `|'",
      line: 2,
      column: 10,
    });
    expect(parse('echo >')).toMatchObject({ message: "syntax error near unexpected token `newline'" });
  });

  it('treats a trailing |, && or || as incomplete', () => {
    for (const src of ['a |', 'a &&', 'a ||', 'if true; then', 'for x in a; do', '( echo'])
      expect(parse(src)).toEqual({ kind: 'incomplete', reason: 'command' });
  });
});

describe('bash syntax errors, as bash prints them', () => {
  const cases: [string, string][] = [
    ['| foo', '|'],
    ['echo a ;;', ';;'],
    [')', ')'],
    ['echo a && && b', '&&'],
    ['echo 1 ; ; echo', ';'],
    ['if true; then fi', 'fi'],
    ['{ }', '}'],
  ];
  for (const [src, token] of cases) {
    it(src, async () => {
      expect(await sh(src)).toEqual({
        stdout: '',
        stderr: `bash: syntax error near unexpected token \`${token}'\n`,
        exitCode: 2,
      });
    });
  }
});

describe('quoting round-trip (property)', () => {
  it("any string single-quoted with '\\'' escaping echoes back unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 40 }), async (s) => {
        const quoted = `'${s.replaceAll("'", "'\\''")}'`;
        const r = await sh(`printf '%s' ${quoted}`);
        expect(r).toEqual({ stdout: s, stderr: '', exitCode: 0 });
      }),
      { numRuns: 200 },
    );
  });

  it('printf %q output reads back as the same string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 30 }), async (s) => {
        const quoted = await sh(`printf '%q' '${s.replaceAll("'", "'\\''")}'`);
        const back = await sh(`printf '%s' ${quoted.stdout}`);
        expect(back.stdout).toBe(s);
      }),
      { numRuns: 150 },
    );
  });
});
