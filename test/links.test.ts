// Every internal link in the lessons, site pages and components leads somewhere: a route that the content files and
// src/pages produce (so no build is needed), and, for `#anchor`, a heading or id on that page.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const lessonsDir = join(root, 'content/lessons');
const pagesDir = join(root, 'src/pages');

const filesIn = (dir: string, pattern: RegExp) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => pattern.test(f) && !f.split('/').pop()?.startsWith('_'))
    .sort();

/** Heading ids as Starlight writes them (github-slugger): lower case, punctuation dropped, spaces to hyphens. */
function headingIds(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const ids = new Set(['_top']);
  const withoutCode = markdown.replace(/^(`{3,}|~{3,})[\s\S]*?^\1[ \t]*$/gm, '');
  for (const [, text] of withoutCode.matchAll(/^#{1,6}[ \t]+(.+?)[ \t]*#*$/gm)) {
    const plain = (text ?? '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '');
    const base = plain
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    ids.add(count === 0 ? base : `${base}-${count}`);
  }
  for (const [, id] of markdown.matchAll(/\bid="([^"]+)"/g)) ids.add(id ?? '');
  return ids;
}

interface Page {
  /** The file, relative to the project. */
  readonly file: string;
  /** Its URL path, with a trailing slash; a `[param]` segment stands for any value. */
  readonly route: string;
  readonly text: string;
}

const lessons: Page[] = filesIn(lessonsDir, /\.mdx?$/).map((f) => ({
  file: relative(root, join(lessonsDir, f)),
  route: `/${f.replace(/\.mdx?$/, '')}/`,
  text: readFileSync(join(lessonsDir, f), 'utf8'),
}));

const sitePages: Page[] = filesIn(pagesDir, /\.(astro|mdx?)$/).map((f) => ({
  file: relative(root, join(pagesDir, f)),
  route: `/${f.replace(/\.(astro|mdx?)$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/'),
  text: readFileSync(join(pagesDir, f), 'utf8'),
}));

// Starlight adds the 404 page itself.
const routes: Page[] = [...lessons, ...sitePages, { file: '(starlight)', route: '/404/', text: '' }];

/** The page a URL path leads to; `[param]` and `[...rest]` segments match anything. */
function pageAt(path: string): Page | undefined {
  const wanted = path.endsWith('/') ? path : `${path}/`;
  return routes.find((page) => {
    const pattern = page.route
      .split('/')
      .map((part) => (/^\[\.\.\..+\]$/.test(part) ? '.*' : /^\[.+\]$/.test(part) ? '[^/]+' : part))
      .join('/');
    return new RegExp(`^${pattern}$`).test(wanted);
  });
}

/** Internal links in a page: Markdown links, `href="…"` and `link: '…'` string literals. */
function linksIn(text: string): string[] {
  const patterns = [
    /\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g,
    /\bhref=["']([^"']+)["']/g,
    /\b(?:link|href)\s*[:=]\s*['"]([^'"]+)['"]/g,
  ];
  const found = patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[1] ?? ''));
  return [...new Set(found)].filter((href) => /^(\/(?!\/)|\.\.?\/|#)/.test(href));
}

/** Why `href` on `from` leads nowhere, or null when it resolves. */
function brokenReason(from: Page, href: string): string | null {
  const url = new URL(href, `https://site.invalid${from.route}`);
  const target = pageAt(url.pathname);
  if (!target) return `no page at ${url.pathname}`;
  if (url.pathname !== '/' && !url.pathname.endsWith('/')) return `${url.pathname} needs a trailing slash`;
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (anchor && !headingIds(target.text).has(anchor))
    return `${target.file} has no heading or id "${anchor}"`;
  return null;
}

describe('internal links', () => {
  for (const page of [...lessons, ...sitePages]) {
    it(`${page.file}: every internal link resolves`, () => {
      const broken = linksIn(page.text)
        .map((href) => ({ href, reason: brokenReason(page, href) }))
        .filter((b) => b.reason !== null)
        .map((b) => `${b.href}: ${b.reason}`);
      expect(broken).toEqual([]);
    });
  }

  it('absolute links in components and islands lead to a page', () => {
    const broken = ['src/components', 'src/islands'].flatMap((dir) =>
      filesIn(join(root, dir), /^(?!.*\.test\.).*\.(astro|tsx?)$/).flatMap((f) => {
        const page = { file: join(dir, f), route: '/', text: readFileSync(join(root, dir, f), 'utf8') };
        return linksIn(page.text)
          .filter((href) => href.startsWith('/'))
          .map((href) => ({ href, reason: brokenReason(page, href) }))
          .filter((b) => b.reason !== null)
          .map((b) => `${page.file}: ${b.href}: ${b.reason}`);
      }),
    );
    expect(broken).toEqual([]);
  });

  it('the checker finds pages, relative links and anchors, and catches the broken ones', () => {
    const lesson = lessons.find((l) => l.route === '/foundations/assume-role-flow/') as Page;
    expect(brokenReason(lesson, '/foundations/what-is-a-role/')).toBeNull();
    expect(brokenReason(lesson, '../temporary-credentials/#the-sts-operations')).toBeNull();
    expect(brokenReason(lesson, '#switching-your-shell-to-the-role')).toBeNull();
    expect(brokenReason(lesson, '/progress/')).toBeNull();
    expect(brokenReason(lesson, '/foundations/no-such-lesson/')).toBe(
      'no page at /foundations/no-such-lesson/',
    );
    expect(brokenReason(lesson, '/foundations/what-is-a-role')).toMatch(/needs a trailing slash/);
    expect(brokenReason(lesson, '#nowhere')).toMatch(/has no heading or id "nowhere"/);
    expect(linksIn('[a](/x/) [b](https://aws.amazon.com/) <a href="#y">c</a> { link: "/z/" }')).toEqual([
      '/x/',
      '#y',
      '/z/',
    ]);
  });

  it('heading ids follow github-slugger for code, quotes and punctuation', () => {
    const ids = headingIds('## What `"AWS": "123456789012"` really means\n## A checklist\n## A checklist\n');
    expect([...ids]).toEqual(['_top', 'what-aws-123456789012-really-means', 'a-checklist', 'a-checklist-1']);
  });
});
