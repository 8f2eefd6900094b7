import { expect, test } from '@playwright/test';

test('landing page explains the course and Start opens the first lesson', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'What you will learn' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Who it is for' })).toBeVisible();
  await expect(page.locator('li.module')).toHaveCount(9);
  await expect(page.locator('.levels dt')).toHaveText(['Basic', 'Intermediate', 'Advanced']);

  await page.getByRole('link', { name: 'Start the course' }).click();
  await expect(page).toHaveURL(/\/foundations\/what-is-a-role\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'What an IAM role is' })).toBeVisible();
  // The lesson layout: sidebar grouped by module, table of contents.
  const sidebar = page.locator('nav[aria-label="Main"]');
  await expect(sidebar.getByText('Foundations')).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'What an IAM role is' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.locator('starlight-toc').first()).toBeAttached();
});

test('search finds the first lesson by a word from its body', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Search' }).fill('SessionToken');
  const hit = dialog.locator('a[href*="/foundations/what-is-a-role/"]').first();
  await expect(hit).toBeVisible({ timeout: 15_000 });
  await hit.click();
  await expect(page).toHaveURL(/\/foundations\/what-is-a-role\//);
});

test('dark mode choice persists across reloads', async ({ page }) => {
  await page.goto('/foundations/what-is-a-role/');
  const select = page.locator('starlight-theme-select select').first();
  await select.selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await select.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('unknown pages answer with a helpful 404', async ({ page }) => {
  const response = await page.goto('/no-such-lesson/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
