import { byteLength } from './bytes.ts';
import { type Clock, createSimClock } from './clock.ts';
import { basename, dirname, normalize } from './path.ts';

/** Why a file-system operation failed, as errno names. */
export type FsErrorCode = 'ENOENT' | 'EEXIST' | 'EISDIR' | 'ENOTDIR' | 'ENOTEMPTY' | 'EINVAL';

/** A failed file-system operation as a value; `path` is the absolute path that failed. */
export interface FsError {
  readonly kind: 'FsError';
  readonly code: FsErrorCode;
  readonly path: string;
}

export type FsResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: FsError };

/** What `stat` tells about a path. */
export interface FsStat {
  readonly type: 'file' | 'dir';
  readonly size: number;
  readonly mtime: number;
  /** Permission bits, e.g. 0o644. */
  readonly mode: number;
}

/** Plain-JSON picture of a file system, for saving and restoring. */
export interface VfsSnapshot {
  readonly version: 1;
  readonly home: string;
  readonly entries: readonly {
    readonly path: string;
    readonly type: 'file' | 'dir';
    readonly content?: string;
    readonly mtime: number;
    readonly mode: number;
  }[];
}

/** An in-memory file system of absolute, normalised paths. Every operation returns a value; none throws. */
export interface Vfs {
  readonly home: string;
  stat(path: string): FsResult<FsStat>;
  /** A file's text; bytes that are not UTF-8 are kept as escapes (see `bytes.ts`). */
  readFile(path: string): FsResult<string>;
  /** Creates or replaces (or with `append`, extends) a file; its directory must exist. */
  writeFile(path: string, content: string, options?: { append?: boolean; mode?: number }): FsResult<void>;
  mkdir(path: string, options?: { parents?: boolean }): FsResult<void>;
  /** Names in a directory, sorted. */
  readdir(path: string): FsResult<string[]>;
  remove(path: string, options?: { recursive?: boolean }): FsResult<void>;
  /** Moves a file or directory to `to` (which must not be inside `from`). */
  rename(from: string, to: string): FsResult<void>;
  /** Sets a file's modification time to now, creating it empty when missing. */
  touch(path: string): FsResult<void>;
  snapshot(): VfsSnapshot;
}

type Node =
  | { kind: 'file'; content: string; mtime: number; mode: number }
  | { kind: 'dir'; entries: Map<string, Node>; mtime: number; mode: number };
type Dir = Extract<Node, { kind: 'dir' }>;

export interface VfsOptions {
  /** The home directory, created with `.aws/` inside. Default `/home/student`. */
  home?: string;
  clock?: Clock;
  /** Starts from a saved picture instead of the default tree. */
  snapshot?: VfsSnapshot;
}

const fail = (code: FsErrorCode, path: string): FsResult<never> => ({
  ok: false,
  error: { kind: 'FsError', code, path },
});
const ok = <T>(value: T): FsResult<T> => ({ ok: true, value });
const DEV_NULL = '/dev/null';

/** Creates a file system with `/`, `/tmp`, `/dev/null`, `/etc` and the home directory with an empty `~/.aws/`. */
export function createVfs(options: VfsOptions = {}): Vfs {
  const clock = options.clock ?? createSimClock();
  const home = options.snapshot?.home ?? normalize(options.home ?? '/home/student');
  const root: Dir = { kind: 'dir', entries: new Map(), mtime: clock.now(), mode: 0o755 };

  function lookup(path: string): FsResult<Node> {
    let node: Node = root;
    let walked = '';
    for (const seg of normalize(path).split('/').filter(Boolean)) {
      if (node.kind !== 'dir') return fail('ENOTDIR', walked);
      walked += `/${seg}`;
      const next: Node | undefined = node.entries.get(seg);
      if (!next) return fail('ENOENT', walked);
      node = next;
    }
    return ok(node);
  }

  function parentOf(path: string): FsResult<Dir> {
    const parent = lookup(dirname(path));
    if (!parent.ok) return parent;
    return parent.value.kind === 'dir' ? ok(parent.value) : fail('ENOTDIR', dirname(path));
  }

  function mkdir(path: string, opts: { parents?: boolean } = {}): FsResult<void> {
    const p = normalize(path);
    const existing = lookup(p);
    if (existing.ok) return opts.parents && existing.value.kind === 'dir' ? ok(undefined) : fail('EEXIST', p);
    if (opts.parents && p !== '/') {
      const made = mkdir(dirname(p), opts);
      if (!made.ok) return made;
    }
    const parent = parentOf(p);
    if (!parent.ok) return parent;
    parent.value.entries.set(basename(p), {
      kind: 'dir',
      entries: new Map(),
      mtime: clock.now(),
      mode: 0o755,
    });
    return ok(undefined);
  }

  function writeFile(
    path: string,
    content: string,
    opts: { append?: boolean; mode?: number } = {},
  ): FsResult<void> {
    const p = normalize(path);
    if (p === DEV_NULL) return ok(undefined);
    const parent = parentOf(p);
    if (!parent.ok) return parent;
    const existing = parent.value.entries.get(basename(p));
    if (existing?.kind === 'dir' || p === '/') return fail('EISDIR', p);
    const before = opts.append && existing ? existing.content : '';
    const mode = opts.mode ?? existing?.mode ?? 0o644;
    parent.value.entries.set(basename(p), {
      kind: 'file',
      content: before + content,
      mtime: clock.now(),
      mode,
    });
    return ok(undefined);
  }

  const vfs: Vfs = {
    home,
    stat(path) {
      const node = lookup(path);
      if (!node.ok) return node;
      const n = node.value;
      const size = n.kind === 'file' ? byteLength(n.content) : 4096;
      return ok({ type: n.kind, size, mtime: n.mtime, mode: n.mode });
    },
    readFile(path) {
      const node = lookup(path);
      if (!node.ok) return node;
      return node.value.kind === 'file' ? ok(node.value.content) : fail('EISDIR', normalize(path));
    },
    writeFile,
    mkdir,
    readdir(path) {
      const node = lookup(path);
      if (!node.ok) return node;
      if (node.value.kind !== 'dir') return fail('ENOTDIR', normalize(path));
      return ok([...node.value.entries.keys()].sort(compareNames));
    },
    remove(path, opts = {}) {
      const p = normalize(path);
      const node = lookup(p);
      if (!node.ok) return node;
      if (p === '/') return fail('EINVAL', p);
      if (node.value.kind === 'dir' && !opts.recursive) return fail('EISDIR', p);
      const parent = parentOf(p);
      if (!parent.ok) return parent;
      parent.value.entries.delete(basename(p));
      return ok(undefined);
    },
    rename(from, to) {
      const src = normalize(from);
      const dest = normalize(to);
      const node = lookup(src);
      if (!node.ok) return node;
      if (dest === src) return ok(undefined);
      if (dest.startsWith(`${src}/`)) return fail('EINVAL', dest);
      const parent = parentOf(dest);
      if (!parent.ok) return parent;
      const existing = parent.value.entries.get(basename(dest));
      if (existing?.kind === 'dir' && node.value.kind === 'file') return fail('EISDIR', dest);
      if (existing?.kind === 'file' && node.value.kind === 'dir') return fail('ENOTDIR', dest);
      if (existing?.kind === 'dir' && existing.entries.size) return fail('ENOTEMPTY', dest);
      const source = parentOf(src);
      if (source.ok) source.value.entries.delete(basename(src));
      parent.value.entries.set(basename(dest), node.value);
      return ok(undefined);
    },
    touch(path) {
      const node = lookup(path);
      if (node.ok) {
        node.value.mtime = clock.now();
        return ok(undefined);
      }
      return writeFile(path, '');
    },
    snapshot() {
      const entries: VfsSnapshot['entries'][number][] = [];
      const walk = (dir: Dir, prefix: string) => {
        for (const [name, n] of dir.entries) {
          const path = `${prefix}/${name}`;
          if (n.kind === 'file')
            entries.push({ path, type: 'file', content: n.content, mtime: n.mtime, mode: n.mode });
          else {
            entries.push({ path, type: 'dir', mtime: n.mtime, mode: n.mode });
            walk(n, path);
          }
        }
      };
      walk(root, '');
      return { version: 1, home, entries };
    },
  };

  if (options.snapshot) {
    for (const e of options.snapshot.entries) {
      if (e.type === 'dir') mkdir(e.path, { parents: true });
      const parent = parentOf(e.path);
      const { mtime, mode } = e;
      if (e.type === 'file' && parent.ok)
        parent.value.entries.set(basename(e.path), { kind: 'file', content: e.content ?? '', mtime, mode });
      const node = lookup(e.path);
      if (node.ok) Object.assign(node.value, { mtime, mode });
    }
  } else {
    for (const dir of ['/tmp', '/etc', '/dev', `${home}/.aws`]) mkdir(dir, { parents: true });
    const dev = lookup('/dev');
    if (dev.ok && dev.value.kind === 'dir')
      dev.value.entries.set('null', { kind: 'file', content: '', mtime: clock.now(), mode: 0o666 });
  }
  return vfs;
}

/** ls order in the C locale: plain code-unit order (dotfiles and capitals first). */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The coreutils wording of an error code, e.g. `No such file or directory`. */
export function describeFsError(code: FsErrorCode): string {
  switch (code) {
    case 'ENOENT':
      return 'No such file or directory';
    case 'EEXIST':
      return 'File exists';
    case 'EISDIR':
      return 'Is a directory';
    case 'ENOTDIR':
      return 'Not a directory';
    case 'ENOTEMPTY':
      return 'Directory not empty';
    case 'EINVAL':
      return 'Invalid argument';
  }
}
