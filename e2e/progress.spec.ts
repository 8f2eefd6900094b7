import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';

const LESSON = '/foundations/what-is-a-role/';
const KEY = 'iam-roles-lab:progress';

async function markFirstLessonComplete(page: Page) {
  await page.goto(LESSON);
  const toggle = page.getByRole('checkbox', { name: 'Mark lesson complete' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(page.getByRole('link', { name: 'See your progress' })).toBeVisible();
}

test('marking a lesson complete shows it on the progress page', async ({ page }) => {
  await markFirstLessonComplete(page);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Mark lesson complete' })).toBeChecked();

  await page.getByRole('link', { name: 'See your progress' }).click();
  await expect(page).toHaveURL(/\/progress\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  await expect(page.getByTestId('lessons-completed-count')).toHaveText('1');
  await expect(
    page.getByTestId('lessons-completed').getByRole('link', { name: 'What an IAM role is' }),
  ).toBeVisible();
  // The checkbox belongs to lessons only.
  await expect(page.getByTestId('lesson-complete-toggle')).toHaveCount(0);

  // Unmarking works from the keyboard too.
  await page.goto(LESSON);
  await page.getByRole('checkbox', { name: 'Mark lesson complete' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Mark lesson complete' })).not.toBeChecked();
  await page.goto('/progress/');
  await expect(page.getByTestId('lessons-completed-count')).toHaveText('0');
});

test('export, reset and import bring progress back', async ({ page }, testInfo) => {
  await markFirstLessonComplete(page);
  await page.goto('/progress/');
  const count = page.getByTestId('lessons-completed-count');
  await expect(count).toHaveText('1');

  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-button').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^iam-roles-lab-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8'));
  expect(exported).toMatchObject({ version: 1, lessons: { 'foundations/what-is-a-role': {} } });

  // Reset asks first; Escape backs out and focus returns to the button.
  const reset = page.getByTestId('reset-button');
  await reset.click();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(reset).toBeFocused();
  await expect(count).toHaveText('1');
  await reset.press('Enter');
  await page.getByTestId('reset-confirm').click();
  await expect(page.getByTestId('reset-status')).toHaveText('Progress reset.');
  await expect(count).toHaveText('0');

  await page.getByLabel('Import progress').setInputFiles(file);
  await expect(page.getByTestId('transfer-status')).toHaveText(
    `Progress imported from ${download.suggestedFilename()}.`,
  );
  await expect(count).toHaveText('1');
  await page.reload();
  await expect(count).toHaveText('1');
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? 'null')).toEqual(
    exported,
  );
});

test('unreadable saved progress is set aside and can be downloaded as it was', async ({ page }) => {
  const raw = '{"version":1,"lessons":{"foundations/what-is-a-role":{"completedAt":"2025-01-0';
  await page.goto('/progress/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, raw]);
  await page.reload();

  const notice = page.getByTestId('backup-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('role', 'alert');
  await expect(notice).toContainText('could not be read');
  await expect(page.getByTestId('lessons-completed-count')).toHaveText('0');

  const downloading = page.waitForEvent('download');
  await page.getByTestId('download-backup').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^iam-roles-lab-progress-backup-.+\.json$/);
  expect(await readFile(await download.path(), 'utf8')).toBe(raw);

  // The copy survives reloads, and lesson pages point to it, until the learner dismisses it.
  await page.goto(LESSON);
  await expect(page.getByText('Your saved progress could not be read')).toBeVisible();
  await page.goto('/progress/');
  await expect(notice).toBeVisible();
  await page.getByTestId('dismiss-backup').click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('progress-panel')).toBeVisible();
  await expect(notice).toHaveCount(0);
});

test('an invalid import file is refused with readable errors', async ({ page }) => {
  await markFirstLessonComplete(page);
  await page.goto('/progress/');
  const input = page.getByTestId('import-input');
  const bad = {
    version: 1,
    lessons: { foo: { completedAt: 'yesterday' } },
    exercises: {},
    quizzes: [],
    reviewDeck: {},
  };
  await input.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });

  const errors = page.getByTestId('import-errors');
  await expect(errors).toHaveAttribute('role', 'alert');
  await expect(errors).toContainText('bad.json could not be imported; your progress was not changed.');
  await expect(errors.getByRole('listitem')).toHaveText([
    'lessons.foo.completedAt: expected an ISO date',
    'updatedAt: is missing',
  ]);
  await expect(page.getByTestId('lessons-completed-count')).toHaveText('1');

  await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(errors.getByRole('listitem')).toHaveText([/^Not valid JSON: /]);
  await expect(errors).not.toContainText(' at ');
});

test('without storage, progress lasts for the tab and the page says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/progress/');
  await expect(page.getByTestId('storage-unavailable')).toHaveText(
    "Progress can't be saved in this browser (private mode or storage full); it will last until you close the tab.",
  );
  await page.goto(LESSON);
  const toggle = page.getByRole('checkbox', { name: 'Mark lesson complete' });
  await toggle.check();
  await expect(toggle).toBeChecked();
  await expect(page.getByText("Progress can't be saved in this browser")).toBeVisible();
});
