import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

const ID = 'ec2-read-one-bucket';
const SOLUTION = readFileSync(join('exercises', ID, 'solution.sh'), 'utf8');
const CHECKS = 10;

/** The terminal's screen, one string per row, as xterm's DOM renderer draws it. */
function screenRows(page: Page): Promise<string[]> {
  return page.$$eval('.xterm-rows > div', (rows) => rows.map((row) => (row.textContent ?? '').trimEnd()));
}

/** Waits for the exercise's terminal, focuses it and waits for the first prompt. */
async function openTerminal(page: Page) {
  const input = page.getByRole('textbox', { name: /^Terminal for exercise / });
  await expect(input).toHaveCount(1);
  await input.focus();
  await expect.poll(() => screenRows(page)).toContainEqual(expect.stringMatching(/^student@iam-lab:~\$/));
}

/** Types a script into the terminal key by key, line by line, and waits until the shell has run all of it. */
async function typeScript(page: Page, script: string) {
  for (const line of script.replace(/\n$/, '').split('\n')) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.type('echo typed-it-all');
  await page.keyboard.press('Enter');
  await expect.poll(() => screenRows(page), { timeout: 15_000 }).toContain('typed-it-all');
}

test.describe.configure({ timeout: 60_000 }); // typing whole solutions key by key takes a while

const checkButton = (page: Page) => page.getByRole('button', { name: 'Check my work' });
const passing = (page: Page) => page.locator('[data-check][data-passed="true"]');

test('type the solution, check: all green; the score survives a reload', async ({ page }) => {
  await page.goto(`/exercises/${ID}/`);
  await openTerminal(page);

  // Unsolved at the start: the checks say what is missing.
  await checkButton(page).click();
  await expect(page.getByTestId('exercise-summary')).toContainText(/still fail/);
  await expect(page.getByTestId('exercise-announcer')).toContainText(/still fail/);
  const failing = await page.locator('[data-check][data-passed="false"]').count();
  expect(failing).toBeGreaterThan(0);

  await page.getByRole('textbox', { name: /^Terminal for exercise / }).focus();
  await typeScript(page, SOLUTION);
  await checkButton(page).click();
  await expect(passing(page)).toHaveCount(CHECKS);
  await expect(page.locator('[data-check][data-passed="false"]')).toHaveCount(0);
  await expect(page.getByTestId('exercise-summary')).toHaveText(
    'Every check passes: 10 of 10 points. Exercise complete.',
  );
  // What flipped since the first check, and the live region says so too.
  await expect(page.getByTestId('exercise-flips').locator('[data-change="fixed"]')).toHaveCount(failing);
  await expect(page.getByTestId('exercise-announcer')).toContainText(
    `Since your last check, ${failing} now pass and 0 now fail.`,
  );
  await expect(page.getByTestId('exercise-best')).toHaveText('Best score: 10 / 10 — passed (2 checks)');

  await page.reload();
  await expect(page.getByTestId('exercise-best')).toHaveText('Best score: 10 / 10 — passed (2 checks)');
  await expect(page.getByTestId('exercise-summary')).toHaveText(
    'Your last check: Every check passes: 10 of 10 points. Exercise complete.',
  );
  // The world came back with the page: checking again still passes.
  await openTerminal(page);
  await checkButton(page).click();
  await expect(passing(page)).toHaveCount(CHECKS);
  await expect(page.getByTestId('exercise-flips')).toHaveText('No check changed since your last check.');

  await page.goto('/exercises/');
  await expect(page.locator(`[data-exercise="${ID}"] [data-exercise-mark]`)).toHaveText('✓ Passed (10/10)');
});

test('hints one at a time, the solution on request, and a reset scoped to the exercise', async ({ page }) => {
  await page.goto(`/exercises/${ID}/`);
  await openTerminal(page);
  await page.getByRole('button', { name: 'Show a hint (1 of 3)' }).click();
  await expect(page.getByTestId('exercise-hints').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('exercise-hints').locator('li').first()).toBeFocused();
  await page.getByRole('button', { name: 'Show the next hint (2 of 3)' }).click();
  await expect(page.getByTestId('exercise-hints').locator('li').nth(1)).toBeFocused();

  const show = page.getByRole('button', { name: 'Show solution' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('exercise-solution')).toBeHidden();
  await show.click();
  await expect(page.getByTestId('exercise-solution')).toContainText('aws iam create-instance-profile');

  await page.getByRole('textbox', { name: /^Terminal for exercise / }).focus();
  await typeScript(page, 'aws iam create-instance-profile --instance-profile-name assets > /dev/null');
  const other = 'iam-roles-lab:lab:exercise:lambda-missing-logs';
  await page.evaluate((key) => localStorage.setItem(key, 'another exercise'), other);
  await page.getByRole('button', { name: 'Reset exercise' }).click();
  await expect(page.getByText('Only this exercise is reset')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, reset this exercise' }).click();
  await expect(page.getByText('Exercise reset: a fresh start.')).toBeVisible();
  await openTerminal(page);
  await typeScript(page, 'aws iam list-instance-profiles --query "length(InstanceProfiles)"');
  expect(await screenRows(page)).toContain('0');
  // Hints stay revealed, and other exercises' sessions are untouched.
  await expect(page.getByTestId('exercise-hints').locator('li')).toHaveCount(2);
  expect(await page.evaluate((key) => localStorage.getItem(key), other)).toBe('another exercise');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the exercise page with results, a hint and the solution has no serious axe violations (${theme})`, async ({
    page,
  }) => {
    await page.addInitScript((name) => localStorage.setItem('starlight-theme', name), theme);
    await page.goto(`/exercises/${ID}/`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await openTerminal(page);
    await checkButton(page).click();
    await page.getByRole('button', { name: 'Show a hint (1 of 3)' }).click();
    await page.getByRole('button', { name: 'Show solution' }).click();
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .exclude('.xterm')
      .analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  test(`the exercises index, the labs and a lab page have no serious axe violations (${theme})`, async ({
    page,
  }) => {
    await page.addInitScript((name) => localStorage.setItem('starlight-theme', name), theme);
    for (const path of ['/exercises/', '/labs/', '/labs/iam-roles-workshop/']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(
        violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
        path,
      ).toEqual([]);
    }
  });
}

test('a lab hides solutions, and its exported report replays clean with lab grade', async ({ page }) => {
  await page.goto(`/labs/iam-roles-workshop/${ID}/`);
  await expect(page.getByText('Your instructor has hidden the solutions for this lab.')).toBeVisible();
  expect(await page.content()).not.toContain('create-instance-profile --instance-profile-name assets');
  await openTerminal(page);
  // An unfinished quote dropped with Ctrl-C: the transcript records it so the replay drops it too.
  await page.keyboard.type('echo "unfinished');
  await page.keyboard.press('Enter');
  await expect.poll(() => screenRows(page)).toContain('>');
  await page.keyboard.press('Control+C');
  await typeScript(page, SOLUTION);
  await checkButton(page).click();
  await expect(passing(page)).toHaveCount(CHECKS);

  await page.goto('/labs/iam-roles-workshop/');
  await expect(page.locator(`[data-lab-exercise="${ID}"] [data-lab-status]`)).toHaveText('✓ Passed: 10/10');
  await page.getByLabel('Your name, as your instructor knows you').fill('Ada Lovelace');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export lab report' }).click();
  const file = join(test.info().outputPath(), 'report.json');
  await (await download).saveAs(file);
  const report = JSON.parse(readFileSync(file, 'utf8'));
  expect(report).toMatchObject({
    format: 'iam-roles-lab/lab-report@1',
    lab: 'iam-roles-workshop',
    learner: 'Ada Lovelace',
  });
  const [submission] = report.exercises;
  expect(submission.transcript.slice(0, 2)).toEqual([
    { at: expect.any(String), line: 'echo "unfinished' },
    { at: expect.any(String), interrupt: true },
  ]);
  expect(submission.claimed).toMatchObject({
    score: 10,
    maxScore: 10,
    passed: true,
    after: submission.transcript.length,
  });

  // The instructor's side: the replay in the headless shell reproduces what the browser claimed.
  const run = spawnSync(join('node_modules', '.bin', 'node'), ['src/cli/lab.ts', 'grade', file], {
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  expect(run.stdout).toContain('1 report: every claim matches its replay');
  expect(run.status).toBe(0);
});
