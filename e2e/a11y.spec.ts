import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

// Pages a learner meets: the landing page, progress, and lessons with labs (one-line commands, here-documents,
// commands marked to fail) and diagrams (a sequence, a flowchart, a troubleshooting tree).
const PAGES = [
  '/',
  '/progress/',
  '/foundations/what-is-a-role/',
  '/foundations/assume-role-flow/',
  '/trust-and-permissions/policy-evaluation/',
  '/troubleshooting/access-denied/',
];
const THEMES = ['light', 'dark'] as const;

// Known, reported, outside these pages' components: the terminal island's dimmed welcome line (SGR 2) is
// 3.3:1 on the light theme (src/islands/terminal/lab-terminal.ts). Remove the entry once it is fixed.

/** axe's WCAG 2.x A and AA rules; only serious and critical findings fail the test. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary}`));
}

/** Opens `path` in Starlight's `theme` (what its theme picker stores) and waits for the page to settle. */
async function open(page: Page, path: string, theme: (typeof THEMES)[number]) {
  await page.addInitScript((name) => localStorage.setItem('starlight-theme', name), theme);
  await page.goto(path, { waitUntil: 'networkidle' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

for (const theme of THEMES) {
  for (const path of PAGES) {
    test(`${path} has no serious accessibility violations (${theme})`, async ({ page }) => {
      await open(page, path, theme);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test(`a lesson in use, terminal started and marked complete (${theme})`, async ({ page }) => {
    await open(page, '/foundations/what-is-a-role/', theme);
    await page.getByRole('checkbox', { name: 'Mark lesson complete' }).check();
    await page.getByRole('button', { name: 'Start the terminal' }).click();
    await expect(page.getByTestId('lab-terminal')).toBeVisible();
    await expect(page.getByRole('link', { name: 'What an IAM role is (completed)' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
