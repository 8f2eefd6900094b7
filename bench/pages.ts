/**
 * `npm run bench:pages`: builds the site, serves it, and prints per page type the JavaScript shipped
 * (raw and gzip bytes, as the browser downloads it) and the Lighthouse performance score (mobile preset).
 * Targets (README): lesson page ≤ 60 KB gzipped JS before any island; Lighthouse performance ≥ 95.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const chrome = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chrome)) throw new Error(`No Chromium at ${chrome}: install it or set CHROME_PATH.`);
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const pages: Record<string, string> = {
  landing: '/',
  lesson: '/foundations/what-is-a-role/',
  progress: '/progress/',
  quiz: '/quizzes/practice/?level=basic',
};
const port = 4331;
const base = `http://127.0.0.1:${port}`;

if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
const server = spawn(process.execPath, ['e2e/serve.ts', String(port)], { stdio: 'ignore' });

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('preview server did not start');
}

/** Sums every script the page downloads plus its inline scripts, raw and gzipped. */
async function jsBytes(path: string): Promise<{ raw: number; gzip: number; files: number }> {
  const browser = await chromium.launch({ executablePath: chrome, args: chromeFlags.slice(1) });
  const page = await browser.newPage();
  const pending: Promise<Buffer>[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') pending.push(res.body());
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  const inline = await page.$$eval('script:not([src])', (els) =>
    els
      .filter((e) => !e.getAttribute('type') || /module|javascript/.test(e.getAttribute('type') ?? ''))
      .map((e) => e.textContent ?? ''),
  );
  const bodies = await Promise.all(pending);
  await browser.close();
  const all = [...bodies, ...inline.map((s) => Buffer.from(s))];
  return {
    raw: all.reduce((n, b) => n + b.length, 0),
    gzip: all.reduce((n, b) => n + gzipSync(b).length, 0),
    files: bodies.length,
  };
}

function lighthouse(path: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'lh-'));
  const out = join(dir, 'report.json');
  try {
    execFileSync(
      process.execPath,
      [
        'node_modules/lighthouse/cli/index.js',
        base + path,
        '--only-categories=performance',
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
        `--chrome-flags=${chromeFlags.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const report = JSON.parse(readFileSync(out, 'utf8'));
    return Math.round(report.categories.performance.score * 100);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  await waitForServer();
  const rows: string[] = [];
  for (const [type, path] of Object.entries(pages)) {
    const js = await jsBytes(path);
    const score = lighthouse(path);
    rows.push(
      `${type.padEnd(10)} ${path.padEnd(32)} ${String(js.files).padStart(5)} ${(js.raw / 1024).toFixed(1).padStart(9)} ${(js.gzip / 1024).toFixed(1).padStart(9)} ${String(score).padStart(11)}`,
    );
  }
  console.log(
    `${'page'.padEnd(10)} ${'path'.padEnd(32)} ${'files'.padStart(5)} ${'JS KiB'.padStart(9)} ${'gzip KiB'.padStart(9)} ${'LH perf'.padStart(11)}`,
  );
  for (const row of rows) console.log(row);
} finally {
  server.kill();
}
