/** Normalises an absolute path: collapses `//`, `.` and `..` (never above `/`), drops a trailing slash. */
export function normalize(path: string): string {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return `/${out.join('/')}`;
}

/** Resolves `path` against the directory `cwd` (itself absolute). */
export function resolve(cwd: string, path: string): string {
  return normalize(path.startsWith('/') ? path : `${cwd}/${path}`);
}

/** The parent directory of an absolute path (`/` for `/`). */
export function dirname(path: string): string {
  const p = normalize(path);
  return p.lastIndexOf('/') <= 0 ? '/' : p.slice(0, p.lastIndexOf('/'));
}

/** The last segment of a path, ignoring trailing slashes. */
export function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** Shows an absolute path with the home directory as `~`, as prompts do. */
export function tildify(path: string, home: string): string {
  if (path === home) return '~';
  return path.startsWith(`${home}/`) ? `~${path.slice(home.length)}` : path;
}
