// A first load and a walk through the menu leave the browser's console clean
// (no router warnings, no errors) and cancel no request on the way; and a
// crafted address to come back to after signing in never leaves the person on
// an error screen.
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

function watch(page: Page) {
  const messages: string[] = [];
  const failed: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    const url = new URL(r.url());
    // The browser fetches the tab's icon on its own after a document loads and
    // drops that fetch when the next document starts: not a request of the app.
    if (url.pathname === '/favicon.svg') return;
    failed.push(`${r.method()} ${url.pathname}${url.search} — ${r.failure()?.errorText}`);
  });
  return { messages, failed };
}

test('a first load and a walk through the menu: no warning, no error, no cancelled request', async ({ page }) => {
  const seen = watch(page);
  await signIn(page, 'noivu@example.vn');
  for (const name of ['Tổng quan', 'Kế hoạch', 'Nhiệm vụ', 'Chờ xác nhận', 'Báo cáo', 'Chỉ tiêu']) {
    const link = page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name, exact: true });
    if ((await link.count()) === 0) continue;
    await link.click();
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
  }
  expect(seen.messages).toEqual([]);
  expect(seen.failed).toEqual([]);
  // a first load of a deep page, as after a reload (a reload may cut what the last page still had in flight)
  seen.messages.length = 0;
  seen.failed.length = 0;
  await page.goto('/tasks');
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(seen.messages).toEqual([]);
  expect(seen.failed).toEqual([]);
});

const CRAFTED = [
  '//evil.example/plans',
  '/\\evil.example',
  'https://evil.example/',
  'javascript:alert(1)',
  '/%E0%A4%A',
  '/tasks/%',
  '/plans?x=%',
  '/%2F%2Fevil.example',
  '/' + 'a'.repeat(5000),
];

for (const next of CRAFTED) {
  test(`after sign-in, next=${next.slice(0, 40)} lands inside the app`, async ({ page }) => {
    const seen = watch(page);
    await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    await page.getByLabel('Thư điện tử').fill('committee@example.vn');
    await page.getByLabel('Mật khẩu').fill('Demo@12345');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page).not.toHaveURL(/\/sign-in/);
    expect(new URL(page.url()).host).toBe(new URL(page.url()).host);
    expect(new URL(page.url()).origin).toBe(new URL(String(test.info().project.use.baseURL)).origin);
    // a page of the app (its own page or "not found"), never the router's error screen
    await expect(page.getByRole('navigation', { name: 'Menu chính' })).toBeVisible();
    await expect(page.getByText(/Unexpected Application Error|Hey developer/)).toHaveCount(0);
    expect(seen.messages.filter((m) => !/Failed to load resource/.test(m))).toEqual([]);
  });
}

test('the task page says a task is late, and an extension approved after its deadline says what it will not change', async ({ page }) => {
  await signIn(page, 'noivu@example.vn');
  await page.goto('/tasks?timeliness=open_overdue&sort=late.desc');
  const row = page.getByRole('row').filter({ hasText: /Quá hạn \d+ ngày/ }).first();
  const late = (await row.getByText(/Quá hạn \d+ ngày/).textContent())!.trim();
  await row.getByRole('link').first().click();
  await expect(page.getByTestId('task-timeliness')).toHaveText(late);
  // the extension form: approved today, after the deadline already passed
  await page.getByRole('button', { name: 'Gia hạn nhiệm vụ' }).click();
  await expect(page.getByTestId('extension-too-late')).toContainText('nhiệm vụ vẫn được tính đúng hạn hay quá hạn theo ngày');
  // approved on a day before the deadline: no warning
  await page.getByLabel('Ngày chấp thuận').fill('01/01/2000');
  await expect(page.getByTestId('extension-too-late')).toHaveCount(0);
});
