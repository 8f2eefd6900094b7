import type { Redirect, Word } from './ast.ts';
import type { Expansion } from './expand.ts';
import { resolve } from './path.ts';
import { type Frame, nullSink, type Sink } from './runtime.ts';
import { describeFsError } from './vfs.ts';

/** How redirect targets and here-document bodies get expanded (the interpreter's scope). */
export interface RedirectExpander {
  words(word: Word): Promise<Expansion<string[]>>;
  string(word: Word): Promise<Expansion<string>>;
}

/**
 * Applies redirections left to right, as bash does (`2>&1 >f` differs from `>f 2>&1`), and returns the frame the
 * command runs in, or bash's message when a target cannot be opened (the command then does not run).
 */
export async function applyRedirects(
  redirects: readonly Redirect[],
  frame: Frame,
  expand: RedirectExpander,
): Promise<{ ok: true; frame: Frame } | { ok: false; message: string }> {
  let stdin = frame.stdin;
  const input = (text: string) => ({ text });
  const fds: Record<number, Sink> = { 1: frame.out, 2: frame.err };
  const fs = frame.runtime.fs;

  const target = async (word: Word): Promise<{ ok: true; path: string } | { ok: false; message: string }> => {
    const expanded = await expand.words(word);
    if (!expanded.ok) return expanded;
    const [path, extra] = expanded.value;
    if (path === undefined || extra !== undefined) return { ok: false, message: 'ambiguous redirect' };
    return { ok: true, path };
  };

  const open = (path: string, append: boolean): { ok: true; sink: Sink } | { ok: false; message: string } => {
    if (path === '/dev/null') return { ok: true, sink: nullSink };
    if (path === '/dev/stdout') return { ok: true, sink: fds[1] ?? nullSink };
    if (path === '/dev/stderr') return { ok: true, sink: fds[2] ?? nullSink };
    const abs = resolve(frame.state.cwd, path);
    const opened = fs.writeFile(abs, '', { append: true });
    if (!opened.ok) return { ok: false, message: `${path}: ${describeFsError(opened.error.code)}` };
    if (!append) fs.writeFile(abs, '');
    return { ok: true, sink: { write: (text) => void fs.writeFile(abs, text, { append: true }) } };
  };

  for (const r of redirects) {
    switch (r.kind) {
      case 'file': {
        const t = await target(r.target);
        if (!t.ok) return t;
        if (r.mode === 'read') {
          const read = fs.readFile(resolve(frame.state.cwd, t.path));
          if (!read.ok) return { ok: false, message: `${t.path}: ${describeFsError(read.error.code)}` };
          if (r.fd === 0) stdin = input(read.value);
          break;
        }
        const sink = open(t.path, r.mode === 'append');
        if (!sink.ok) return sink;
        fds[r.fd] = sink.sink;
        break;
      }
      case 'both': {
        const t = await target(r.target);
        if (!t.ok) return t;
        const sink = open(t.path, r.append);
        if (!sink.ok) return sink;
        fds[1] = sink.sink;
        fds[2] = sink.sink;
        break;
      }
      case 'dup': {
        if (r.fd === 0) break;
        const to = fds[r.to];
        if (!to) return { ok: false, message: `${r.to}: Bad file descriptor` };
        fds[r.fd] = to;
        break;
      }
      case 'heredoc':
      case 'herestring': {
        const body = await expand.string(r.kind === 'heredoc' ? r.body : r.word);
        if (!body.ok) return body;
        stdin = input(r.kind === 'heredoc' ? body.value : `${body.value}\n`);
        break;
      }
    }
  }
  return { ok: true, frame: { ...frame, stdin, out: fds[1] ?? nullSink, err: fds[2] ?? nullSink } };
}
