import { expect, type Page, test } from '@playwright/test';

const FIRST = '/foundations/what-is-a-role/';
const SECOND = '/foundations/temporary-credentials/';

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('marking a lesson complete shows a ✓ against it in the sidebar, on every page', async ({ page }) => {
  await page.goto(FIRST);
  const nav = sidebar(page);
  await expect(nav.getByRole('link', { name: 'What an IAM role is', exact: true })).toBeVisible();

  await page.getByRole('checkbox', { name: 'Mark lesson complete' }).check();
  // The mark appears at once, and screen readers hear it as part of the link's name.
  const done = nav.getByRole('link', { name: 'What an IAM role is (completed)', exact: true });
  await expect(done).toBeVisible();
  await expect(done).toContainText('✓');

  // Another lesson's sidebar shows it too, and only for the lesson that was marked.
  await page.goto(SECOND);
  await expect(sidebar(page).getByRole('link', { name: 'What an IAM role is (completed)' })).toBeVisible();
  await expect(sidebar(page).getByRole('link', { name: /\(completed\)$/ })).toHaveCount(1);

  // So does a page without a lesson checkbox.
  await page.goto('/progress/');
  await expect(sidebar(page).getByRole('link', { name: 'What an IAM role is (completed)' })).toBeVisible();
});

test('unmarking a lesson takes its ✓ away, here and after a reload', async ({ page }) => {
  await page.goto(FIRST);
  const toggle = page.getByRole('checkbox', { name: 'Mark lesson complete' });
  await toggle.check();
  await expect(sidebar(page).getByRole('link', { name: /\(completed\)$/ })).toHaveCount(1);

  await toggle.uncheck();
  await expect(sidebar(page).getByRole('link', { name: /\(completed\)$/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Mark lesson complete' })).not.toBeChecked();
  await expect(sidebar(page).getByRole('link', { name: /\(completed\)$/ })).toHaveCount(0);
});

test('a lesson completed in another tab gets its ✓ without a reload', async ({ context }) => {
  const reader = await context.newPage();
  await reader.goto(SECOND);
  const writer = await context.newPage();
  await writer.goto(FIRST);
  await writer.getByRole('checkbox', { name: 'Mark lesson complete' }).check();
  await expect(sidebar(reader).getByRole('link', { name: 'What an IAM role is (completed)' })).toBeVisible();
});

test('each lesson points to graded exercises', async ({ page }) => {
  await page.goto('/service-roles/ec2-instance-profiles/');
  const links = page.getByTestId('related-exercise');
  await expect(links.first()).toBeVisible();
  await links.first().click();
  await expect(page).toHaveURL(/\/exercises\/[a-z0-9-]+\/$/);
});
