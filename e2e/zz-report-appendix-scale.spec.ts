// The task appendix of a periodic report on a plan of 160 tasks (windowed from 150): folded, it
// draws no rows; unfolded, a window at a time, keeping its row count and
// positions for assistive technology; the last task is reached by scrolling
// and printing draws every row.
// A report needs an issued plan, and an issued plan cannot be deleted: the
// plan made here stays (its draft report is deleted), so the file runs after
// the others.
import { expect, test } from '@playwright/test';
import type { SupabaseClient } from '@supabase/supabase-js';
import { apiAs, signIn } from './helpers';

const TASKS = 160;
// A draft of this year's annual report: its figures are as of today, so the tasks made here count.
const YEAR = new Date().getFullYear();

let api: SupabaseClient;
let reportId: string;

test.beforeAll(async () => {
  test.setTimeout(400_000); // a busy machine imports hundreds of tasks slowly
  api = await apiAs('noivu@example.vn');
  const plan = await api
    .from('plans')
    .insert({ doc_number: `${Date.now() % 100000}/KH-PL`, title: 'Kế hoạch thử phụ lục dài', year: YEAR, issuer: 'Bộ thử nghiệm' })
    .select('id')
    .single();
  expect(plan.error).toBeNull();
  const planId = plan.data!.id;
  const rows = Array.from({ length: TASKS }, (_, i) => ({
    ordinal: `1.${i + 1}`,
    area: '1',
    title: `Nhiệm vụ thử phụ lục số ${i + 1}`,
    lead_unit: 'STP',
  }));
  const imported = await api.rpc('import_tasks', { p_plan_id: planId, p_rows: rows });
  expect(imported.error).toBeNull();
  const issued = await api.from('plans').update({ issued_on: `${YEAR}-01-02`, status: 'in_force' }).eq('id', planId);
  expect(issued.error).toBeNull();
  const report = await api.from('reports').insert({ plan_id: planId, period: 'annual', year: YEAR }).select('id').single();
  expect(report.error).toBeNull();
  reportId = report.data!.id;
});

test.afterAll(async () => {
  if (reportId) await api.from('reports').delete().eq('id', reportId);
});

test("a report's appendix of 160 tasks draws only a window of rows, reaches the last one by scrolling, and prints every row", async ({ page }) => {
  // A draft's figures are computed live from the plan's history: slow on a busy machine.
  test.setTimeout(400_000);
  await signIn(page, 'noivu@example.vn');
  await page.goto(`/reports/${reportId}`);
  const appendix = page.locator('details.report-appendix');
  const summary = appendix.locator('summary');
  await expect(summary).toHaveText(`Danh mục nhiệm vụ (${TASKS})`, { timeout: 240_000 });
  // Folded, the table is hidden from the accessibility tree: find it by its tag.
  const table = appendix.locator('table');
  const rows = table.locator('tr:not(.virtual-spacer)');
  // Folded: no task rows are drawn at all.
  await expect(rows).toHaveCount(1);

  await summary.click();
  await expect(table.getByRole('row').nth(1)).toHaveAttribute('aria-rowindex', '2');
  await expect(table).toHaveAttribute('data-windowed', 'true');
  await expect(table).toHaveAttribute('aria-rowcount', String(TASKS + 1));
  await expect(table.locator('tr[aria-rowindex="2"]')).toContainText(/Nhiệm vụ thử phụ lục số \d+/);
  const drawn = await rows.count();
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(TASKS / 2);

  // Scrolling to the end draws the last task, at its position.
  const last = table.locator(`tr[aria-rowindex="${TASKS + 1}"]`);
  await expect(last).toHaveCount(0);
  for (let i = 0; i < 40 && (await last.count()) === 0; i += 1) {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(150);
  }
  await expect(last).toBeVisible();
  await expect(last).toContainText(/Nhiệm vụ thử phụ lục số \d+/);
  expect(await rows.count()).toBeLessThan(TASKS / 2);

  // Printing draws every row.
  await page.emulateMedia({ media: 'print' });
  await expect(rows).toHaveCount(TASKS + 1);
  await page.emulateMedia({ media: 'screen' });
  await expect.poll(() => rows.count()).toBeLessThan(TASKS / 2);
});
