import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

test('the committee reads the dashboard of the 2022 plan: 52/52, every area complete', async ({ page }) => {
  await signIn(page, 'committee@example.vn');
  await page.getByRole('link', { name: 'Tổng quan' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan tiến độ' })).toBeVisible();
  await page.getByLabel('Kế hoạch', { exact: true }).selectOption({ label: '250/KH-UBND — 2022' });
  await expect(page.getByTestId('dashboard-done')).toHaveText('Đã hoàn thành 52/52 nhiệm vụ (100%)');
  await expect(page.getByTestId('dashboard-overdue')).toHaveText('Quá hạn chiếm 0%');
  for (const [area, ratio] of [[1, '8/8 (100%)'], [2, '10/10 (100%)'], [6, '13/13 (100%)']] as const) {
    await expect(page.getByTestId(`dashboard-area-${area}`)).toHaveText(ratio);
  }
  await expect(page.getByRole('link', { name: /Hoàn thành quá hạn/ })).toContainText('4');
  await expect(page.getByRole('region', { name: 'Xếp hạng đơn vị chủ trì' }).getByRole('row')).not.toHaveCount(0);
});

test('a figure leads to the tasks it counts, and a past date recomputes the figures', async ({ page }) => {
  await signIn(page, 'committee@example.vn');
  await page.goto('/dashboard');
  await page.getByLabel('Kế hoạch', { exact: true }).selectOption({ label: '250/KH-UBND — 2022' });
  await page.getByLabel('Số liệu tính đến ngày').fill('30/06/2022');
  await expect(page.getByTestId('dashboard-done')).not.toHaveText('Đã hoàn thành 52/52 nhiệm vụ (100%)');
  await expect(page).toHaveURL(/asOf=2022-06-30/);
  await page.getByLabel('Số liệu tính đến ngày').fill('');
  await expect(page.getByTestId('dashboard-done')).toHaveText('Đã hoàn thành 52/52 nhiệm vụ (100%)');

  await page.getByRole('link', { name: /Hoàn thành quá hạn/ }).click();
  await expect(page).toHaveURL(/\/tasks\?plan=[0-9a-f-]+&timeliness=done_late/);
});

for (const size of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`the dashboard fits a ${size.name} screen`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await signIn(page, 'committee@example.vn');
    await page.goto('/dashboard');
    await expect(page.getByTestId('dashboard-done')).toBeVisible();
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/dashboard-vi-${size.name}.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Progress overview' })).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/dashboard-en-${size.name}.png`, fullPage: true });
  });
}
