// A plan of 1,200 tasks (a ministry's size) on the plan page: the task tables
// are drawn a window at a time, keep their row count and positions for
// assistive technology, reach the last task by scrolling, and print whole.
import { expect, test } from '@playwright/test';
import type { SupabaseClient } from '@supabase/supabase-js';
import { apiAs, signIn } from './helpers';

const TASKS = 1200;
const PER_AREA = TASKS / 6;

let api: SupabaseClient;
let planId: string;

test.beforeAll(async () => {
  api = await apiAs('noivu@example.vn');
  const plan = await api
    .from('plans')
    .insert({ doc_number: `${Date.now() % 100000}/KH-LON`, title: 'Kế hoạch lớn của bộ (thử cuộn bảng)', year: 2099, issuer: 'Bộ thử nghiệm' })
    .select('id')
    .single();
  expect(plan.error).toBeNull();
  planId = plan.data!.id;
  const rows = Array.from({ length: TASKS }, (_, i) => ({
    ordinal: `${1 + Math.floor(i / PER_AREA)}.${1 + (i % PER_AREA)}`,
    area: String(1 + Math.floor(i / PER_AREA)),
    title: `Nhiệm vụ thử cuộn số ${i + 1}`,
    lead_unit: 'STP',
  }));
  // The import takes at most 1,000 rows a call.
  for (const part of [rows.slice(0, 600), rows.slice(600)]) {
    const { error: importError } = await api.rpc('import_tasks', { p_plan_id: planId, p_rows: part });
    expect(importError).toBeNull();
  }
});

test.afterAll(async () => {
  if (planId) await api.rpc('delete_draft_plan', { p_plan_id: planId });
});

test('a plan of 1,200 tasks draws only a window of rows, reaches the last one by scrolling, and prints every row', async ({ page }) => {
  await signIn(page, 'noivu@example.vn');
  await page.goto(`/plans/${planId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Kế hoạch lớn của bộ (thử cuộn bảng)' })).toBeVisible({ timeout: 30_000 });
  const firstArea = page.getByRole('region', { name: /^1\. / }).getByRole('table');
  await expect(firstArea.getByRole('link', { name: 'Nhiệm vụ thử cuộn số 1', exact: true })).toBeVisible();
  // Each table says how many rows it has (header + 200), though it draws fewer.
  await expect(firstArea).toHaveAttribute('aria-rowcount', String(PER_AREA + 1));
  const drawn = await page.getByRole('row').count();
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(TASKS / 4);

  // Scrolling to the end draws the last task, with its position in its table.
  const last = page.getByRole('link', { name: `Nhiệm vụ thử cuộn số ${TASKS}`, exact: true });
  await expect(last).toHaveCount(0);
  for (let i = 0; i < 40 && (await last.count()) === 0; i += 1) {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(150);
  }
  await expect(last).toBeVisible();
  await expect(page.getByRole('row').filter({ has: last })).toHaveAttribute('aria-rowindex', String(PER_AREA + 1));
  expect(await page.getByRole('row').count()).toBeLessThan(TASKS / 4);

  // Printing draws every row.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('row')).toHaveCount(TASKS + 6); // and the six header rows
  await page.emulateMedia({ media: 'screen' });
  await expect.poll(() => page.getByRole('row').count()).toBeLessThan(TASKS / 4);
});
