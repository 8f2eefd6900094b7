/**
 * A minimal static server for the built site (`dist/`), used by the browser tests and the page benchmarks.
 * It is independent of `astro preview`, which allows only one preview server per project at a time.
 * Usage: node e2e/serve.ts [port] [dir]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Resolves a URL path to a file in `root`, trying `index.html` for directories; null when absent. */
function resolveFile(root: string, urlPath: string): string | null {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, path);
  if (!candidate.startsWith(root)) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : null;
}

const port = Number(process.argv[2] ?? 4329);
const root = resolve(process.argv[3] ?? 'dist');
if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve: ${root} has no index.html; run \`npm run build\` first.`);
  process.exit(1);
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const file = resolveFile(root, url.pathname);
  const status = file ? 200 : 404;
  const body = file ?? join(root, '404.html');
  const stream = createReadStream(body);
  // A file can vanish between the lookup and the read (a rebuild under a running server): answer 404, don't crash.
  stream.on('error', () => {
    if (!res.headersSent) res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found\n');
  });
  stream.on('open', () => {
    res.writeHead(status, { 'content-type': types[extname(body)] ?? 'application/octet-stream' });
    stream.pipe(res);
  });
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}/`));
