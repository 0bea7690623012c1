// /cong-khai signed out: the published plans' figures, both languages, a
// phone width, no serious accessibility violation, and nothing else readable
// through the API with the public key.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const anonKey = /^SUPABASE_PUBLISHABLE_KEY=(.*)$/m.exec(readFileSync('.env', 'utf8'))?.[1]?.trim() ?? '';

test('a signed-out visitor reads the published plans at /cong-khai', async ({ page }) => {
  await page.goto('/cong-khai');
  await expect(page.getByRole('heading', { level: 1, name: 'Công khai tiến độ thực hiện kế hoạch cải cách hành chính' })).toBeVisible();
  const plan2022 = page.getByRole('region', { name: 'Kế hoạch cải cách hành chính tỉnh Bình An năm 2022' });
  await expect(plan2022.getByText('Đã hoàn thành 52/52 nhiệm vụ (100%)')).toBeVisible();
  await expect(plan2022.getByRole('row', { name: /1\. Cải cách thể chế 8 8 100%/ })).toBeVisible();
  await expect(plan2022.getByRole('heading', { name: 'Xếp hạng đơn vị chủ trì' })).toBeVisible();
  await expect(plan2022.locator('.public-tasks tbody tr')).toHaveCount(52);
  await expect(page).not.toHaveURL(/sign-in/);

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  await page.screenshot({ path: 'test-results/public-progress-vi-1280.png', fullPage: false });

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Public progress of the administrative reform plan' })).toBeVisible();
  await expect(plan2022.getByText('52 of 52 tasks done (100%)')).toBeVisible();
  const resultsEn = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(resultsEn.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: 'test-results/public-progress-en-1280.png' });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/public-progress-en-390.png' });
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await page.screenshot({ path: 'test-results/public-progress-vi-390.png' });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
});

test('with the public key, the API answers public_progress and nothing else', async ({ request }) => {
  const headers = { apikey: anonKey, Authorization: `Bearer ${anonKey}` };
  const rpc = await request.post('/rest/v1/rpc/public_progress', { headers, data: {} });
  expect(rpc.ok()).toBe(true);
  const plans = (await rpc.json()) as Array<{ plan: { plan: { doc_number: string } } }>;
  expect(plans.map((p) => p.plan.plan.doc_number)).toContain('250/KH-UBND');
  for (const table of ['units', 'profiles', 'plans', 'tasks', 'evidence', 'comments', 'task_events', 'task_list', 'reports', 'unit_reorganisations', 'unit_successions', 'unit_names']) {
    const res = await request.get(`/rest/v1/${table}?select=*&limit=1`, { headers });
    const body = res.ok() ? ((await res.json()) as unknown[]) : [];
    expect(body, table).toEqual([]);
  }
  const figures = await request.post('/rest/v1/rpc/plan_figures', { headers, data: { p_plan_id: '00000000-0000-0000-0000-000000000000' } });
  expect(figures.ok()).toBe(false);
});
