// The task list at 200 rows a page: the table is drawn a window at a time,
// keeps its row count and positions for assistive technology, reaches the
// page's last row by scrolling, and prints every row; on a phone too.
// The tasks belong to a draft plan made here and deleted again afterwards,
// so the specs that follow see the demo data as it was.
import { expect, test, type Page } from '@playwright/test';
import type { SupabaseClient } from '@supabase/supabase-js';
import { apiAs, signIn } from './helpers';

const TASKS = 450;
const PAGE = 200;

let api: SupabaseClient;
let planId: string;

test.beforeAll(async () => {
  test.setTimeout(180_000); // a busy machine imports hundreds of tasks slowly
  api = await apiAs('noivu@example.vn');
  const plan = await api
    .from('plans')
    .insert({ doc_number: `${Date.now() % 100000}/KH-DS`, title: 'Kế hoạch thử danh sách dài', year: 2099, issuer: 'Bộ thử nghiệm' })
    .select('id')
    .single();
  expect(plan.error).toBeNull();
  planId = plan.data!.id;
  const rows = Array.from({ length: TASKS }, (_, i) => ({
    ordinal: `1.${i + 1}`,
    area: '1',
    title: `Nhiệm vụ thử danh sách số ${i + 1}`,
    lead_unit: 'STP',
  }));
  const { error: importError } = await api.rpc('import_tasks', { p_plan_id: planId, p_rows: rows });
  expect(importError).toBeNull();
});

test.afterAll(async () => {
  if (planId) await api.rpc('delete_draft_plan', { p_plan_id: planId });
});

/** The list's table, its rows drawn now, and the page's last row reached by scrolling. */
async function checkWindowedPage(page: Page) {
  const table = page.getByRole('table');
  await expect(page.getByTestId('result-count')).toHaveAttribute('data-total', String(TASKS));
  await expect(table).toHaveAttribute('data-windowed', 'true');
  // The table says how many rows it has (header + 200), though it draws fewer.
  await expect(table).toHaveAttribute('aria-rowcount', String(PAGE + 1));
  const rows = table.getByRole('row');
  const drawn = await rows.count();
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(PAGE / 2);
  await expect(rows.nth(1)).toHaveAttribute('aria-rowindex', '2');

  // Scrolling to the end draws the page's last row, with its position.
  const last = table.locator(`tr[aria-rowindex="${PAGE + 1}"]`);
  await expect(last).toHaveCount(0);
  for (let i = 0; i < 40 && (await last.count()) === 0; i += 1) {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(150);
  }
  await expect(last).toBeVisible();
  await expect(last.getByRole('link')).toHaveText(/^Nhiệm vụ thử danh sách số \d+$/);
  expect(await rows.count()).toBeLessThan(PAGE / 2);
  // The pagination below the table is still there, and reachable.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.getByRole('navigation', { name: 'Phân trang' })).toBeInViewport();

  // Printing draws every row of the page.
  await page.emulateMedia({ media: 'print' });
  await expect(rows).toHaveCount(PAGE + 1);
  await page.emulateMedia({ media: 'screen' });
  await expect.poll(() => rows.count()).toBeLessThan(PAGE / 2);
}

test('a page of 200 tasks draws only a window of rows, reaches its last row by scrolling, and prints every row', async ({ page }) => {
  await signIn(page, 'noivu@example.vn');
  await page.goto(`/tasks?plan=${planId}&size=${PAGE}`);
  await expect(page.getByRole('link', { name: 'Nhiệm vụ thử danh sách số 1', exact: true })).toBeVisible({ timeout: 30_000 });
  await checkWindowedPage(page);

  // Keyboard: Tab from a row's link moves to the next row's link, drawing rows as it goes.
  await page.evaluate(() => window.scrollTo(0, 0));
  const table = page.getByRole('table');
  await table.locator('tr[aria-rowindex="2"]').getByRole('link').focus();
  for (let i = 0; i < 60; i += 1) await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex') ?? null);
  expect(focused).toBe('62');
  await expect(page.locator(':focus')).toBeInViewport();

  // The next page is another 200 (and its own window).
  await page.getByRole('navigation', { name: 'Phân trang' }).getByRole('button', { name: /^Trang sau/ }).click();
  await expect(page.getByTestId('result-count')).toContainText('201');
  await expect(table).toHaveAttribute('aria-rowcount', String(PAGE + 1));
});

test('on a phone the 200-row page is windowed too and its last row is reached by scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'noivu@example.vn');
  await page.goto(`/tasks?plan=${planId}&size=${PAGE}`);
  await expect(page.getByRole('link', { name: 'Nhiệm vụ thử danh sách số 1', exact: true })).toBeVisible({ timeout: 30_000 });
  await checkWindowedPage(page);
});
