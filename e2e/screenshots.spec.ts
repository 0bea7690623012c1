// Captures the main pages in both languages at desktop and phone widths into
// test-results/screenshots/, and checks the layout does not overflow a phone.
import { expect, test } from '@playwright/test';
import { openTask, signIn } from './helpers';

const widths = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

for (const size of widths) {
  test(`pages render without horizontal overflow at ${size.name} width`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto('/sign-in');
    await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/sign-in-vi-${size.name}.png`, fullPage: true });

    await signIn(page, 'tuphap@example.vn');
    await page.screenshot({ path: `test-results/screenshots/plans-vi-${size.name}.png`, fullPage: true });
    await page.getByRole('listitem').filter({ hasText: '315/KH-UBND' }).getByRole('link').click();
    await expect(page.getByTestId('plan-ratio')).toBeVisible();
    await expect(page.getByRole('table').first()).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/plan-vi-${size.name}.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Progress by reform area' })).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/plan-en-${size.name}.png`, fullPage: true });
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();

    await openTask(page, '298/KH-UBND', 'Công bố danh mục văn bản quy phạm pháp luật hết hiệu lực');
    await expect(page.getByRole('region', { name: 'Lịch sử thay đổi' }).getByRole('listitem').first()).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/task-vi-${size.name}.png`, fullPage: true });
    const taskOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(taskOverflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/task-en-${size.name}.png`, fullPage: true });
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();

    // CCHC index: the unit's own score sheet and last year's published ranking
    await page.goto('/chi-so-cchc');
    await page.getByRole('region', { name: /Kết quả tự đánh giá của/ }).getByRole('link', { name: /năm 2026/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Chấm điểm Chỉ số CCHC năm/ })).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/cchc-sheet-vi-${size.name}.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /PAR index/ })).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/cchc-sheet-en-${size.name}.png`, fullPage: true });
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.goto('/chi-so-cchc');
    await page.getByRole('region', { name: 'Bộ chỉ số theo năm' }).getByRole('link', { name: /sở, ban, ngành tỉnh Bình An năm 2025/ }).click();
    await expect(page.getByRole('region', { name: 'Bảng xếp hạng' })).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/cchc-results-vi-${size.name}.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('region', { name: 'Ranking' })).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/cchc-results-en-${size.name}.png`, fullPage: true });
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  });
}
