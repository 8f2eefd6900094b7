import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { toQuizItem } from '../src/course/quiz-items.ts';
import { parseBank } from '../src/grading/quiz/bank.ts';
import { formatSeed } from '../src/islands/quiz/random.ts';
import { type PracticeFilter, practiceSet } from '../src/islands/quiz/select.ts';
import type { QuizItem } from '../src/islands/quiz/types.ts';

// The same questions the site builds from, with the engine's predict keys, so each answer is known.
const dir = join(import.meta.dirname, '../content/quizzes');
const items: QuizItem[] = parseBank(
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ path: f, text: readFileSync(join(dir, f), 'utf8') })),
).questions.map(toQuizItem);
const byId = new Map(items.map((q) => [q.id, q]));

/** A practice URL whose set starts with a question passing `first`, found by trying seeds. */
function practiceUrl(filter: PracticeFilter, size: number, first: (q: QuizItem) => boolean): string {
  for (let seed = 1; seed < 5000; seed++) {
    const set = practiceSet(items, filter, size, seed);
    if (set.length === size && set[0] && first(set[0])) {
      const query = new URLSearchParams({ ...filter, n: String(size), seed: formatSeed(seed) } as Record<
        string,
        string
      >);
      return `/quizzes/practice/?${query}`;
    }
  }
  throw new Error(`no seed starts ${JSON.stringify(filter)} as asked`);
}

/** The question on screen. */
async function current(page: Page): Promise<QuizItem> {
  const id = await page.locator('article[data-question-id]').getAttribute('data-question-id');
  const item = byId.get(id ?? '');
  if (!item) throw new Error(`no question ${id} in the bank`);
  return item;
}

/** Puts the steps in order with the Move up buttons, pressed from the keyboard. */
async function orderSteps(page: Page, item: Extract<QuizItem, { type: 'order' }>): Promise<void> {
  for (const [target, step] of item.steps.entries()) {
    const text = page.locator(`[id="qz-${item.id}-step-${step.id}"]`);
    for (;;) {
      const ids = await page.locator('.qz-step-text').evaluateAll((els) => els.map((e) => e.id));
      const at = ids.indexOf(`qz-${item.id}-step-${step.id}`);
      if (at <= target) break;
      const up = page.locator(`[id="qz-${item.id}-step-${step.id}-up"]`);
      await up.focus();
      await page.keyboard.press('Enter');
    }
    await expect(text).toBeVisible();
  }
}

/** Answers the question on screen, right or wrong, and submits it. */
async function answer(page: Page, right: boolean): Promise<QuizItem> {
  const item = await current(page);
  const form = page.locator('article[data-question-id] form');
  switch (item.type) {
    case 'single': {
      const pick = item.choices.find((c) => c.correct === right);
      await form.locator(`input[value="${pick?.id}"]`).check();
      break;
    }
    case 'multiple':
      for (const c of item.choices
        .filter((c) => (right ? c.correct : !c.correct))
        .slice(0, right ? undefined : 1))
        await form.locator(`input[value="${c.id}"]`).check();
      break;
    case 'true-false':
      await form.locator(`input[value="${String(item.answer === right)}"]`).check();
      break;
    case 'order':
      // The steps start scrambled, so submitting them as they are is wrong.
      if (right) await orderSteps(page, item);
      break;
    case 'predict': {
      const decisions = ['Allow', 'ExplicitDeny', 'ImplicitDeny'];
      const pick = right ? item.decision : decisions.find((d) => d !== item.decision);
      await form.locator(`input[value="${pick}"]`).check();
      break;
    }
    case 'fix-policy': {
      const editor = form.getByRole('textbox', { name: `${item.kindLabel} (JSON)` });
      await expect(form.getByText(`Valid ${item.kindLabel.toLowerCase()}.`)).toBeVisible();
      // The starting policy is valid but fails a check.
      if (right) await editor.fill(item.sampleJson);
      break;
    }
    case 'interview':
      await form.getByRole('button', { name: 'Reveal model answer' }).click();
      await expect(form.getByRole('heading', { name: 'Model answer' })).toBeFocused();
      if (right) for (const box of await form.getByRole('checkbox').all()) await box.check();
      break;
  }
  await form.locator('button[type="submit"]').click();
  return item;
}

const verdict = (page: Page) => page.getByTestId('quiz-feedback').locator('.qz-verdict');

test('practice: a wrong then a right answer, with explanations, and the score survives a reload', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Quizzes' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quizzes' })).toBeVisible();
  await expect(page.getByTestId('mistakes-count')).toHaveText('0');

  const url = practiceUrl({ level: 'basic' }, 2, (q) => q.type === 'single');
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible();

  const first = await answer(page, false);
  await expect(verdict(page)).toHaveText('✗ Not quite');
  await expect(verdict(page)).toBeFocused();
  await expect(page.getByTestId('quiz-announcer')).toHaveText('Not quite.');
  // Every choice says why it is right or wrong, and the explanation follows.
  if (first.type !== 'single') throw new Error('expected a single-choice question first');
  const feedback = page.getByTestId('quiz-feedback');
  await expect(feedback.locator('.qz-mark')).toHaveCount(first.choices.length);
  await expect(feedback.getByText('Your answer, wrong:')).toBeVisible();
  await expect(feedback.getByText('Right answer:')).toBeVisible();
  await expect(feedback.getByText('Explanation')).toBeVisible();

  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByRole('heading', { name: 'Question 2 of 2' })).toBeFocused();
  await answer(page, true);
  await expect(verdict(page)).toHaveText('✓ Correct');
  await expect(page.getByTestId('quiz-feedback').getByText('Explanation')).toBeVisible();
  await page.getByRole('button', { name: 'See your score' }).click();
  await expect(page.getByTestId('quiz-score')).toHaveText('1 out of 2');
  await expect(page.getByRole('heading', { name: /Your score/ })).toBeFocused();

  await page.reload();
  await expect(page.getByTestId('last-attempt')).toContainText('1 out of 2');
  await page.goto('/quizzes/');
  await expect(page.getByTestId('recent-results')).toContainText('Basic · all topics');
  await expect(page.getByTestId('recent-results')).toContainText('1 / 2');
  await expect(page.getByTestId('mistakes-count')).toHaveText('1');

  // The mistake comes back in review until it is answered right.
  await page.getByRole('link', { name: 'Review your mistakes' }).click();
  await expect(page.locator(`article[data-question-id="${first.id}"]`)).toBeVisible();
  await answer(page, true);
  await expect(verdict(page)).toHaveText('✓ Correct');
  await page.getByRole('button', { name: 'See your score' }).click();
  await page.goto('/quizzes/');
  await expect(page.getByTestId('mistakes-count')).toHaveText('0');
});

test('leaving a practice set part-way keeps the answers given', async ({ page }) => {
  await page.goto(practiceUrl({ level: 'intermediate' }, 3, (q) => q.type !== 'fix-policy'));
  await answer(page, false);
  await page.getByRole('button', { name: 'Next question' }).click();
  await page.getByRole('link', { name: 'Quizzes', exact: true }).first().click();
  await expect(page.getByTestId('recent-results')).toContainText('Intermediate · all topics');
  await expect(page.getByTestId('recent-results')).toContainText('0 / 1');
  await expect(page.getByTestId('mistakes-count')).toHaveText('1');
});

test('every question type can be answered right', async ({ page }) => {
  for (const type of [
    'single',
    'multiple',
    'true-false',
    'order',
    'predict',
    'fix-policy',
    'interview',
  ] as const) {
    const sample = items.find((q) => q.type === type);
    if (!sample) throw new Error(`the bank has no ${type} question`);
    await page.goto(practiceUrl({ lesson: sample.lesson }, 1, (q) => q.type === type));
    await answer(page, true);
    await expect(verdict(page), type).toHaveText('✓ Correct');
  }
});

test('a malformed policy is refused with IAM’s message, not graded', async ({ page }) => {
  await page.goto(practiceUrl({ level: 'intermediate' }, 1, (q) => q.type === 'fix-policy'));
  const item = await current(page);
  if (item.type !== 'fix-policy') throw new Error('expected a fix-the-policy question');
  const editor = page.getByRole('textbox', { name: `${item.kindLabel} (JSON)` });
  await editor.fill('{ "Version": "2012-10-17", ');
  await expect(page.locator('.qz-status')).toContainText('MalformedPolicyDocument: Syntax errors in policy.');
  await expect(editor).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('alert')).toContainText('IAM rejects this policy');
  await expect(editor).toBeFocused();
  await expect(page.getByTestId('quiz-feedback')).toHaveCount(0);
});

test('a mock interview runs against the clock and ends with the weakest topics', async ({ page }) => {
  await page.clock.install();
  await page.goto('/quizzes/interview/');
  await page.getByRole('radio', { name: '5', exact: true }).check();
  await page.getByRole('radio', { name: 'Basic only' }).check();
  await page.getByRole('radio', { name: '90 seconds' }).check();
  await page.getByRole('button', { name: 'Start the interview' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 5' })).toBeVisible();
  await expect(page.getByTestId('quiz-timer')).toContainText('1:30');

  // The first question runs out of time.
  const timedOut = await current(page);
  await page.clock.runFor(91_000);
  await expect(page.getByRole('heading', { name: 'Question 2 of 5' })).toBeFocused();
  await expect(page.getByTestId('quiz-announcer')).toHaveText('Time is up. Question 2 of 5.');

  // No feedback until the end.
  for (let i = 2; i <= 5; i++) {
    await answer(page, i === 2);
    if (i < 5) await expect(page.getByRole('heading', { name: `Question ${i + 1} of 5` })).toBeFocused();
    if (i < 5) await expect(page.getByTestId('quiz-feedback')).toHaveCount(0);
  }
  await expect(page.getByTestId('quiz-score')).toHaveText('1 out of 5');
  const weak = page.getByTestId('weak-topics');
  await expect(weak.getByRole('listitem').first()).toContainText('wrong');
  const lessonLink = weak.getByRole('link').first();
  await expect(lessonLink).toHaveAttribute('href', /^\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
  // Each answer is listed with its feedback; the first ran out of time.
  await expect(page.locator('.qz-answers > li')).toHaveCount(5);
  await expect(page.locator('.qz-answers > li').first()).toContainText('Time ran out:');
  await expect(page.locator(`.qz-answers > li[data-correct="false"]`)).toHaveCount(4);
  expect(timedOut.level).toBe('basic');

  await page.goto('/progress/');
  await expect(page.getByTestId('quiz-attempts')).toContainText('interview:basic:5');
});

test('keyboard only: choose, check, read the feedback, move on', async ({ page }) => {
  await page.goto(practiceUrl({ level: 'basic' }, 2, (q) => q.type === 'single'));
  const item = await current(page);
  if (item.type !== 'single') throw new Error('expected a single-choice question');
  // Tab from the page's skip link to the first choice.
  await page.keyboard.press('Tab');
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate(() => document.activeElement?.getAttribute('type') === 'radio')) break;
    await page.keyboard.press('Tab');
  }
  await expect(page.getByRole('radio').first()).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio').nth(1)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(verdict(page)).toBeFocused();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (
      await page.getByRole('button', { name: 'Next question' }).evaluate((b) => b === document.activeElement)
    )
      break;
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Question 2 of 2' })).toBeFocused();
});

test('order steps move with the keyboard and announce their new place', async ({ page }) => {
  await page.goto(practiceUrl({ level: 'intermediate' }, 1, (q) => q.type === 'order'));
  const item = await current(page);
  if (item.type !== 'order') throw new Error('expected an order question');
  const second = page.locator('.qz-step').nth(1);
  const text = ((await second.locator('.qz-step-text').textContent()) ?? '').trim();
  await second.getByRole('button', { name: /^↑? ?Move up/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.qz-step').first()).toContainText(text);
  // At the top, Move up is disabled, so focus moved to Move down of the same step.
  await expect(
    page
      .locator('.qz-step')
      .first()
      .getByRole('button', { name: /Move down/ }),
  ).toBeFocused();
  await expect(page.getByTestId('quiz-announcer')).toContainText(
    `moved to position 1 of ${item.steps.length}`,
  );
});

test('the review deck counts cards due today and schedules a rated card', async ({ page }) => {
  await page.goto('/quizzes/');
  const deckSize = items.filter((q) => q.type === 'interview').length;
  await expect(page.getByTestId('due-today')).toHaveText(String(deckSize));
  await page.getByRole('link', { name: 'Open the review deck' }).click();
  await expect(page.getByRole('heading', { name: `Card 1 of ${deckSize}` })).toBeVisible();
  await page.getByRole('button', { name: 'Reveal model answer' }).click();
  // Easy schedules a new card days ahead; Again or Good would bring it back later today.
  await page.getByRole('button', { name: /^Easy/ }).click();
  await expect(page.getByRole('heading', { name: `Card 2 of ${deckSize}` })).toBeFocused();
  await expect(page.getByTestId('quiz-announcer')).toContainText('Saved: this question comes back in');
  await page.goto('/quizzes/');
  await expect(page.getByTestId('due-today')).toHaveText(String(deckSize - 1));
});

test('a lesson links to its questions, and the quiz pages pass axe in both themes', async ({ page }) => {
  await page.goto('/foundations/what-is-a-role/');
  await page.getByTestId('check-yourself-link').click();
  await expect(page).toHaveURL(/\/quizzes\/practice\/\?lesson=foundations%2Fwhat-is-a-role/);
  await expect(page.getByTestId('practice-title')).toContainText('Lesson: What an IAM role is');

  for (const theme of ['dark', 'light']) {
    await page.goto('/quizzes/');
    await page.locator('starlight-theme-select select').first().selectOption(theme);
    await expect(page.getByTestId('due-today')).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations, `index, ${theme}`).toEqual([]);
    await page.goto(practiceUrl({ level: 'advanced' }, 2, (q) => q.type === 'predict'));
    await answer(page, false);
    await expect(verdict(page)).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations, `practice, ${theme}`).toEqual([]);
  }
});
