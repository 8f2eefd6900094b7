import { expect, type Page, test } from '@playwright/test';

const LESSON = '/foundations/what-is-a-role/';
const KEY = 'iam-roles-lab:lab:what-is-a-role';

/** The terminal's screen, one string per row, as xterm's DOM renderer draws it. */
function screenRows(page: Page): Promise<string[]> {
  return page.$$eval('.xterm-rows > div', (rows) => rows.map((row) => (row.textContent ?? '').trimEnd()));
}

/** Starts the lab's terminal from the keyboard and waits for its first prompt. */
async function startTerminal(page: Page, name: RegExp = /Start the terminal/) {
  const start = page.getByRole('button', { name });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: /Terminal for lab what-is-a-role/ })).toBeFocused();
  await expect.poll(() => screenRows(page)).toContainEqual(expect.stringMatching(/^student@iam-lab:~\$/));
}

/** Types a line and waits until the shell has answered (a fresh prompt after it). */
async function typeLine(page: Page, line: string) {
  const prompts = (await screenRows(page)).filter((row) => row.startsWith('student@iam-lab')).length;
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await screenRows(page)).filter((row) => row.startsWith('student@iam-lab')).length)
    .toBeGreaterThan(prompts);
}

test('the lesson loads no terminal code until the learner starts it', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(LESSON, { waitUntil: 'networkidle' });
  await expect(page.getByRole('button', { name: 'Start the terminal' })).toBeVisible();
  await page.getByRole('button', { name: 'Start the terminal' }).scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((url) => /mount|xterm|client\./.test(url))).toEqual([]);
  await expect(page.locator('.xterm')).toHaveCount(0);

  await startTerminal(page);
  expect(scripts.some((url) => /mount\.[\w-]+\.js$/.test(url))).toBe(true);
});

test('a typed command runs and its output shows on screen and in the live region', async ({ page }) => {
  await page.goto(LESSON);
  await startTerminal(page);
  await typeLine(page, 'echo hello');
  expect(await screenRows(page)).toContain('hello');
  await expect(page.getByTestId('lab-announcer')).toHaveText('hello');

  await typeLine(page, 'cat missing.txt');
  await expect(page.getByTestId('lab-announcer')).toHaveText(
    'cat: missing.txt: No such file or directory Exit status 1.',
  );

  // Esc then Tab leaves the terminal, so keyboard users are never trapped in it.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: /Terminal for lab/ })).not.toBeFocused();
});

test('"Run in terminal" starts the terminal and runs the lesson\'s aws commands', async ({ page }) => {
  await page.goto(LESSON);
  await page.getByRole('button', { name: 'Run in terminal: aws sts get-caller-identity' }).click();
  await expect
    .poll(() => screenRows(page))
    .toContainEqual(expect.stringContaining('"Arn": "arn:aws:iam::111111111111:user/student"'));
  await expect(page.getByRole('textbox', { name: /Terminal for lab/ })).toBeFocused();
  await expect(page.getByTestId('lab-announcer')).toContainText('"Account": "111111111111"');

  await page.getByRole('button', { name: /^Run in terminal: aws iam create-role / }).click();
  await page.getByRole('button', { name: /^Run in terminal: aws iam get-role / }).click();
  await expect.poll(() => screenRows(page)).toContain('    3600');
  await page.getByRole('button', { name: /^Run in terminal: aws sts assume-role / }).click();
  // The credentials scroll past the visible rows; the live region has the whole answer.
  const announcer = page.getByTestId('lab-announcer');
  await expect(announcer).toContainText(/"AccessKeyId": "ASIA[A-Z0-9]{16}"/);
  await expect(announcer).toContainText('assumed-role/ReportsReader/alice-report-check');
});

test('history, files and the AWS world survive a reload; Reset lab starts afresh', async ({ page }) => {
  await page.goto(LESSON);
  await startTerminal(page);
  await typeLine(page, 'echo x > f.txt');
  await page.getByRole('button', { name: /^Run in terminal: aws iam create-role / }).click();
  await expect(page.getByTestId('lab-announcer')).toContainText('"RoleName": "ReportsReader"');
  const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? 'null');
  expect(saved).toMatchObject({
    version: 1,
    scenario: 'default',
    session: { format: 'iam-roles-lab/session@1' },
  });

  await page.reload();
  await startTerminal(page, /Resume the terminal/);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => screenRows(page)).toContain('student@iam-lab:~$ echo x > f.txt');
  await page.keyboard.press('Control+U');
  await typeLine(page, 'cat f.txt');
  expect(await screenRows(page)).toContain('x');
  // The AWS world is part of the saved session.
  await typeLine(page, "aws iam list-roles --query 'Roles[].RoleName' --output text");
  expect(await screenRows(page)).toContain('ReportsReader');

  await page.getByRole('button', { name: 'Reset lab' }).click();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, reset lab' }).click();
  await expect(page.getByText('Lab reset.')).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
  await page.getByRole('textbox', { name: /Terminal for lab/ }).focus();
  await typeLine(page, 'cat f.txt');
  expect(await screenRows(page)).toContain('cat: f.txt: No such file or directory');
});

test('an unreadable saved session is set aside with a notice, and the lab still works', async ({ page }) => {
  const raw = '{"version":1,"scenario":"default","hist';
  await page.goto(LESSON);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, raw] as const);
  await page.reload();
  await startTerminal(page, /Resume the terminal/);
  const notice = page.getByTestId('lab-set-aside');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('role', 'alert');
  await expect(notice).toContainText('could not be read (it is not valid JSON)');
  const backups = await page.evaluate(
    (key) =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith(`${key}:backup:`))
        .map((k) => localStorage.getItem(k)),
    KEY,
  );
  expect(backups).toEqual([raw]);

  await page.getByRole('textbox', { name: /Terminal for lab/ }).focus();
  await typeLine(page, 'echo still here');
  expect(await screenRows(page)).toContain('still here');

  // The notice stays until dismissed, even across a reload.
  await page.reload();
  await startTerminal(page, /Resume the terminal/);
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('Tab completes aws services, operations, options, profile names and file:// paths', async ({ page }) => {
  await page.goto(LESSON);
  await startTerminal(page);
  /** The line being edited: the last prompt row and the rows it wraps onto (trailing spaces trimmed). */
  const editing = async () => {
    const rows = await screenRows(page);
    return rows.slice(rows.findLastIndex((row) => row.startsWith('student@iam-lab'))).join('');
  };
  const tab = async (typed: string, shown: string) => {
    await page.keyboard.type(typed);
    await page.keyboard.press('Tab');
    await expect.poll(editing).toBe(`student@iam-lab:~$ ${shown}`);
  };
  await tab('aws ia', 'aws iam');
  await tab('create-r', 'aws iam create-role');
  await tab('--rol', 'aws iam create-role --role-name');
  await page.keyboard.press('Control+U');

  await typeLine(page, 'aws configure set region eu-west-1 --profile admin');
  await tab('aws sts get-caller-identity --profile ad', 'aws sts get-caller-identity --profile admin');
  await page.keyboard.press('Control+U');

  await typeLine(page, "echo '{}' > in.json");
  await tab(
    'aws iam list-roles --cli-input-json file://i',
    'aws iam list-roles --cli-input-json file://in.json',
  );
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lab-announcer')).toContainText('"Roles": [');
});

test('the terminal follows the light and dark themes', async ({ page }) => {
  await page.goto(LESSON);
  await startTerminal(page);
  const colour = () => page.$eval('.xterm-rows', (rows) => getComputedStyle(rows).color);
  const select = page.locator('starlight-theme-select select').first();
  await select.selectOption('light');
  await expect.poll(colour).toBe('rgb(23, 24, 28)');
  await select.selectOption('dark');
  await expect.poll(colour).toBe('rgb(230, 232, 238)');
});

test('Copy puts a command on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(LESSON);
  await page.getByRole('button', { name: 'Copy: aws sts get-caller-identity' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(
    'Copied: aws sts get-caller-identity',
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('aws sts get-caller-identity');
  await expect(page.locator('.xterm')).toHaveCount(0);
});

test('without storage the lab still runs and says its work will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(LESSON);
  await startTerminal(page);
  await typeLine(page, 'echo hello');
  expect(await screenRows(page)).toContain('hello');
  await expect(page.getByTestId('lab-unsaved')).toContainText('lasts until you close the tab');
});

test('web identity federation runs in the browser: a signed token is verified (WebCrypto) and the role assumed', async ({
  page,
}) => {
  await page.goto(LESSON);
  await startTerminal(page);
  const host = 'token.actions.githubusercontent.com';
  const trust = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::111111111111:oidc-provider/${host}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringLike: { [`${host}:sub`]: 'repo:org/app:*' } },
      },
    ],
  });
  await typeLine(
    page,
    `aws iam create-open-id-connect-provider --url https://${host} --client-id-list sts.amazonaws.com > /dev/null`,
  );
  await typeLine(
    page,
    `aws iam create-role --role-name Gha --assume-role-policy-document '${trust}' > /dev/null`,
  );
  await typeLine(page, 'gh-oidc-token --repo org/app > token');
  await typeLine(
    page,
    'aws sts assume-role-with-web-identity --role-arn arn:aws:iam::111111111111:role/Gha --role-session-name gha --web-identity-token file://token --query AssumedRoleUser.Arn --output text',
  );
  await expect(page.getByTestId('lab-announcer')).toHaveText(
    'arn:aws:sts::111111111111:assumed-role/Gha/gha',
  );
  // Older prompts have scrolled away; a clear screen lets typeLine count prompts again.
  await page.keyboard.type('clear');
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await screenRows(page)).filter((row) => row.startsWith('student@iam-lab')).length)
    .toBe(1);
  await typeLine(page, 'gh-oidc-token --repo org/other > token');
  await typeLine(
    page,
    'aws sts assume-role-with-web-identity --role-arn arn:aws:iam::111111111111:role/Gha --role-session-name gha --web-identity-token file://token',
  );
  await expect(page.getByTestId('lab-announcer')).toContainText(
    'Not authorized to perform sts:AssumeRoleWithWebIdentity',
  );
});
