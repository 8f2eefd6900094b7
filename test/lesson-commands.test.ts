// Docs are tests: every command a lesson offers runs in the simulated shell, the way the learner would run it.
//
// - A `<Lab commands={[…]}>` runs whole, in order, in a fresh session of its scenario (as the browser's lab
//   does). Each entry is one complete shell input (a here-document may span lines). An entry written
//   `{ run: '…', expect: 'error' }` must end in an AWS service error; every other entry must succeed.
// - Fenced ```bash blocks run in one fresh session per lesson, in page order; only their `aws` commands run
//   (the rest, such as `curl` to IMDS, belong on an instance). A block whose meta says `expect-error` must
//   have every `aws` command end in a service error; the others must succeed. A code block with
//   `title="name.json"` becomes that file, from where it appears, for the commands after it.
// - Nothing may fail to parse: no usage errors (`aws: error:`, `Unknown options`), no `bash: syntax error`,
//   no parameter errors (exit 252 or 255).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { openSession } from '../src/islands/terminal/session-adapter.ts';

const lessonsDir = resolve(import.meta.dirname, '../content/lessons');

/** Files a lesson names but the learner gets from outside AWS (an IdP's metadata, a SAML response). */
const OUTSIDE_FILES: Record<string, string> = {
  // At least 1,000 characters, as IAM requires of SAML metadata.
  'idp-metadata.xml': `<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com"><IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><KeyDescriptor use="signing"><KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>${'MIIC'.padEnd(1200, 'A')}</X509Certificate></X509Data></KeyInfo></KeyDescriptor></IDPSSODescriptor></EntityDescriptor>\n`,
  'assertion.b64': 'PHNhbWxwOlJlc3BvbnNlLz4=\n',
};

/** How a command ended, as the learner would see it. */
type Outcome = 'ok' | 'service error' | 'parse error' | 'failed';

const PARSE_ERROR =
  /aws: error:|Unknown options|bash: syntax error|Error parsing parameter|Parameter validation failed|internal error/;

/** Classifies a finished command by its exit code and what it printed on stderr. */
function outcome({ exitCode, stderr }: { exitCode: number; stderr: string }): Outcome {
  if (exitCode === 252 || exitCode === 255 || PARSE_ERROR.test(stderr)) return 'parse error';
  // A failing `aws` inside `$(…)` or a pipe leaves the exit code to others, but not its message.
  if (exitCode === 254 || /An error occurred \(/.test(stderr)) return 'service error';
  return exitCode === 0 ? 'ok' : 'failed';
}

interface LabCommand {
  readonly run: string;
  readonly expectError: boolean;
}

/** A `<Lab>` as written in MDX, with its commands evaluated. */
interface LabSource {
  readonly id: string;
  readonly scenario: string;
  readonly commands: readonly LabCommand[];
  readonly line: number;
}

/** A fenced code block. */
interface Block {
  readonly lang: string;
  readonly meta: string;
  readonly body: string;
  readonly line: number;
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Index just past the `}` closing the JS expression whose `{` is at `open`; strings and templates skipped. */
function expressionEnd(text: string, open: number): number {
  const stack: string[] = ['}'];
  for (let i = open + 1; i < text.length; i++) {
    const ch = text[i] as string;
    const inTemplate = stack.at(-1) === '`';
    if (ch === '\\') i++;
    else if (inTemplate && text.startsWith('${', i)) {
      stack.push('}');
      i++;
    } else if (ch === stack.at(-1)) {
      stack.pop();
      if (stack.length === 0) return i + 1;
    } else if (inTemplate) continue;
    else if (ch === '{') stack.push('}');
    else if (ch === '`') stack.push('`');
    else if (ch === '"' || ch === "'") {
      const close = text.indexOf(ch, i + 1);
      i = close === -1 ? text.length : close;
    }
  }
  throw new Error(`unclosed { at line ${lineAt(text, open)}`);
}

/** Every `<Lab … />` in an MDX page: its attributes read one by one, expressions evaluated as JavaScript. */
function labsIn(text: string): LabSource[] {
  return [...text.matchAll(/^<Lab\b/gm)].map((match) => {
    const attributes: Record<string, unknown> = {};
    let i = (match.index ?? 0) + '<Lab'.length;
    for (;;) {
      i += (/^\s*/.exec(text.slice(i))?.[0] ?? '').length;
      if (text.startsWith('/>', i)) break;
      const name = /^([\w-]+)=/.exec(text.slice(i));
      if (!name?.[1]) throw new Error(`unreadable <Lab> attribute at line ${lineAt(text, i)}`);
      i += name[0].length;
      const end = text[i] === '{' ? expressionEnd(text, i) : text.indexOf('"', i + 1) + 1;
      const value = text.slice(i, end);
      attributes[name[1]] = value.startsWith('{')
        ? runInNewContext(`(${value.slice(1, -1)})`)
        : value.slice(1, -1);
      i = end;
    }
    const commands = (attributes.commands ?? []) as (string | { run: string; expect?: string })[];
    return {
      id: String(attributes.id),
      scenario: typeof attributes.scenario === 'string' ? attributes.scenario : 'default',
      commands: commands.map((c) =>
        typeof c === 'string'
          ? { run: c, expectError: false }
          : { run: c.run, expectError: c.expect === 'error' },
      ),
      line: lineAt(text, match.index ?? 0),
    };
  });
}

/** Every fenced code block, with its language and the rest of its opening line. */
function blocksIn(text: string): Block[] {
  return [...text.matchAll(/^(`{3,}|~{3,})(\w*)[ \t]*(.*)\n([\s\S]*?)^\1[ \t]*$/gm)].map((m) => ({
    lang: m[2] ?? '',
    meta: m[3] ?? '',
    body: m[4] ?? '',
    line: lineAt(text, m.index ?? 0),
  }));
}

/** Splits a shell snippet into whole commands: `\` continues a line, and a here-document runs to its end word. */
function commandsIn(body: string): string[] {
  const lines = body.replace(/\n$/, '').split('\n');
  const commands: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const command = [lines[i] as string];
    while (command.at(-1)?.endsWith('\\') && i + 1 < lines.length) command.push(lines[++i] as string);
    const heredoc = /<<-?\s*['"]?(\w+)['"]?/.exec(command.join('\n'));
    if (heredoc)
      while (i + 1 < lines.length && command.at(-1)?.trim() !== heredoc[1])
        command.push(lines[++i] as string);
    if (command.join('').trim() !== '') commands.push(command.join('\n'));
  }
  return commands;
}

const invokesAws = (command: string) => /(^|[\s;|&(`])aws\s/.test(command);

type Session = ReturnType<typeof openSession>;

/** Types a command line by line as the terminal would; null when it leaves the shell waiting for more. */
async function type(
  session: Session,
  command: string,
): Promise<{ exitCode: number; stderr: string } | string> {
  const lines = command.split('\n');
  let stderr = '';
  for (const [n, line] of lines.entries()) {
    const result = await session.shell.feed(line);
    stderr += result.stderr;
    if (result.status === 'done' && n < lines.length - 1)
      return 'runs before its last line: make it one command';
    if (result.status === 'done') return { exitCode: result.exitCode, stderr };
  }
  session.shell.cancel();
  return 'leaves the shell waiting for more input (an open quote, here-document or trailing \\)';
}

const short = (command: string) =>
  (command.length > 90 ? `${command.slice(0, 90)}…` : command).split('\n')[0];

/** Runs one command and returns a problem to report, or null when it ended as the page says it will. */
async function check(session: Session, command: string, expectError: boolean, where: string) {
  const result = await type(session, command);
  if (typeof result === 'string') return `${where}: \`${short(command)}\` ${result}`;
  const got = outcome(result);
  const want: Outcome = expectError ? 'service error' : 'ok';
  if (got === want) return null;
  const hint =
    got === 'service error'
      ? ' (if the lesson shows this error on purpose, mark it expected)'
      : got === 'ok'
        ? ' (it is marked to fail: remove the mark, or fix the command)'
        : '';
  return `${where}: \`${short(command)}\` ended in a ${got}, not ${want}${hint}\n${result.stderr.trim()}`;
}

interface Lesson {
  readonly id: string;
  readonly text: string;
}

const lessons: Lesson[] = readdirSync(lessonsDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.mdx?$/.test(f) && !f.split('/').pop()?.startsWith('_'))
  .sort()
  .map((f) => ({ id: f.replace(/\.mdx?$/, ''), text: readFileSync(join(lessonsDir, f), 'utf8') }));

describe('lesson commands run in the simulated shell', () => {
  for (const lesson of lessons) {
    const labs = labsIn(lesson.text);

    for (const lab of labs) {
      it(`${lesson.id}: <Lab id="${lab.id}"> runs in order from a fresh "${lab.scenario}" sandbox`, async () => {
        const session = openSession({ scenario: lab.scenario });
        const problems: string[] = [];
        for (const [n, c] of lab.commands.entries()) {
          const problem = await check(session, c.run, c.expectError, `line ${lab.line}, command ${n + 1}`);
          if (problem) problems.push(problem);
        }
        expect(lab.commands.length).toBeGreaterThan(0);
        expect(problems).toEqual([]);
      });
    }

    const blocks = blocksIn(lesson.text);
    const isShell = (b: Block) => /^(bash|sh|shell)$/.test(b.lang);
    if (!blocks.some(isShell)) continue;
    it(`${lesson.id}: the aws commands in its bash blocks run in page order`, async () => {
      const session = openSession({ scenario: labs[0]?.scenario ?? 'default' });
      const home = session.shell.cwd();
      for (const [name, content] of Object.entries(OUTSIDE_FILES))
        session.shell.fs.writeFile(`${home}/${name}`, content);
      const problems: string[] = [];
      for (const block of blocks) {
        const file = /\btitle="([^"/]+)"/.exec(block.meta)?.[1];
        if (file) session.shell.fs.writeFile(`${home}/${file}`, block.body);
        if (!isShell(block)) continue;
        const expectError = /(^|\s)expect-error(\s|$)/.test(block.meta);
        for (const command of commandsIn(block.body).filter(invokesAws)) {
          const problem = await check(session, command, expectError, `line ${block.line}`);
          if (problem) problems.push(problem);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('lab ids are unique across the course (each names where a session is saved)', () => {
    const ids = lessons.flatMap((l) => labsIn(l.text).map((lab) => lab.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('every "Try it" section is a <Lab>, with no bash block repeating its commands', () => {
    const wrong = lessons.flatMap((l) => {
      const section = /^## Try it\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(l.text)?.[1];
      if (section === undefined) return [];
      const labs = labsIn(section).length;
      const bash = blocksIn(section).filter((b) => b.lang === 'bash').length;
      return labs === 1 && bash === 0 ? [] : [`${l.id}: ${labs} labs and ${bash} bash blocks`];
    });
    expect(wrong).toEqual([]);
  });
});

describe('the command checker', () => {
  it('tells a service error from a parse error, and sees an error hidden in $(…)', () => {
    expect(outcome({ exitCode: 254, stderr: '\nAn error occurred (AccessDenied) when calling…' })).toBe(
      'service error',
    );
    expect(outcome({ exitCode: 0, stderr: '\nAn error occurred (NoSuchEntity) when calling…' })).toBe(
      'service error',
    );
    expect(outcome({ exitCode: 252, stderr: "Error parsing parameter '--policy-document'" })).toBe(
      'parse error',
    );
    expect(outcome({ exitCode: 2, stderr: 'aws: error: argument --role-name is required' })).toBe(
      'parse error',
    );
    expect(outcome({ exitCode: 2, stderr: 'bash: syntax error near unexpected token `)' })).toBe(
      'parse error',
    );
    expect(outcome({ exitCode: 127, stderr: 'bash: nope: command not found' })).toBe('failed');
  });

  it('reads <Lab> commands in both forms, across lines, with braces inside strings', () => {
    const $ = '$';
    const mdx = [
      '<Lab',
      '  id="x"',
      '  commands={[',
      '    "aws sts get-caller-identity",',
      '    `cat > t.json <<EOF',
      `{"a": "\\${$}{b}"}`,
      'EOF`,',
      '    { run: "aws iam get-role --role-name Nope", expect: "error" },',
      '  ]}',
      '/>',
    ];
    const [lab] = labsIn(mdx.join('\n'));
    expect(lab).toEqual({
      id: 'x',
      scenario: 'default',
      line: 1,
      commands: [
        { run: 'aws sts get-caller-identity', expectError: false },
        { run: `cat > t.json <<EOF\n{"a": "${$}{b}"}\nEOF`, expectError: false },
        { run: 'aws iam get-role --role-name Nope', expectError: true },
      ],
    });
  });

  it('splits a snippet into commands at line ends, keeping continuations and here-documents whole', () => {
    expect(commandsIn("aws a \\\n  --b c\ncat > f <<'EOF'\nx\nEOF\naws d\n")).toEqual([
      'aws a \\\n  --b c',
      "cat > f <<'EOF'\nx\nEOF",
      'aws d',
    ]);
  });

  it('holds a command to its mark', async () => {
    const session = openSession({ scenario: 'default' });
    expect(await check(session, 'aws iam get-role --role-name Nope', true, 'here')).toBeNull();
    expect(await check(session, 'aws iam get-role --role-name Nope', false, 'here')).toMatch(
      /ended in a service error, not ok \(if the lesson shows this error on purpose, mark it expected\)/,
    );
    expect(await check(session, 'aws sts get-caller-identity', true, 'here')).toMatch(/it is marked to fail/);
    expect(await check(session, 'aws iam get-role --rolename x', false, 'here')).toMatch(/parse error/);
    expect(await check(session, "echo 'open", false, 'here')).toMatch(/waiting for more input/);
  });
});
