// Year end as Home Affairs lives it: close the 2025 plan, carry three of its
// unfinished tasks into the 2026 plan, and find the links on both plans and
// on the carried task; then publish the closed plan and read it signed out.
// (It closes the demo's 2025 plan: the file runs after the others.)
import { expect, test, type Page } from '@playwright/test';
import { signIn, signOut } from './helpers';

const YEAR = new Date().getFullYear();
test.skip(YEAR !== 2026, 'the demo has a 2025 plan and its successor only when the current year is 2026');

const CARRIED = [
  { ordinal: '1.3', title: 'Xây dựng quy định phân cấp quản lý đầu tư công trên địa bàn tỉnh' },
  { ordinal: '3.2', title: 'Kiện toàn tổ chức bộ máy quản lý đất đai và môi trường cấp xã' },
  { ordinal: '6.2', title: 'Số hóa hồ sơ cấp giấy phép lái xe, đăng ký phương tiện' },
];

async function openPlan(page: Page, docNumber: string, year: number) {
  await page.goto('/plans');
  await page.getByRole('listitem').filter({ hasText: docNumber }).filter({ hasText: String(year) }).getByRole('link').first().click();
  await expect(page.getByTestId('plan-ratio')).toBeVisible();
}

const row = (page: Page, title: string) => page.getByRole('row').filter({ hasText: title });

test('Home Affairs closes the 2025 plan and carries three tasks into 2026; both plans show the links', async ({ page }) => {
  test.slow();
  await signIn(page, 'noivu@example.vn');
  await openPlan(page, '186/KH-UBND', 2025);
  const before = await page.getByTestId('plan-ratio').textContent();

  // Close the plan (the carry-over can follow, from the closed plan).
  const bar = page.getByRole('region', { name: 'Quản lý kế hoạch' });
  await bar.getByRole('button', { name: 'Kết thúc kế hoạch' }).click();
  await bar.getByRole('button', { name: 'Xác nhận kết thúc' }).click();
  await expect(bar.getByText('Kế hoạch đã kết thúc: chỉ được xem, không sửa.')).toBeVisible();

  await bar.getByRole('link', { name: 'Chuyển nhiệm vụ sang năm sau' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chuyển nhiệm vụ chưa hoàn thành sang năm sau' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Chọn nhiệm vụ chuyển sang kế hoạch năm 2026' });
  const target = form.getByLabel('Kế hoạch nhận');
  const option = await target.locator('option', { hasText: '298/KH-UBND (2026)' }).getAttribute('value');
  await target.selectOption(option!);
  // Nothing chosen: a message, nothing written.
  await form.getByRole('button', { name: /^Chuyển 0 nhiệm vụ/ }).click();
  await expect(form.getByRole('alert')).toHaveText('Chọn ít nhất một nhiệm vụ để chuyển.');
  // Tasks already carried last time cannot be chosen again.
  await expect(form.getByRole('checkbox', { name: /^Chuyển nhiệm vụ 6\.1:/ })).toBeDisabled();

  for (const task of CARRIED) await form.getByRole('checkbox', { name: `Chuyển nhiệm vụ ${task.ordinal}: ${task.title}` }).check();
  // The proposed due date is a year later; one is moved by hand.
  const due = form.getByLabel('Thời hạn mới của nhiệm vụ 3.2');
  await expect(due).toHaveValue('31/08/2026');
  await due.fill('15/01/2027');
  await form.getByRole('button', { name: 'Chuyển 3 nhiệm vụ sang Kế hoạch số 298/KH-UBND' }).click();
  await expect(form.getByRole('alert')).toHaveText('Thời hạn mới của nhiệm vụ 3.2 phải trong năm 2026.');
  await due.fill('30/09/2026');
  await form.getByRole('button', { name: 'Chuyển 3 nhiệm vụ sang Kế hoạch số 298/KH-UBND' }).click();
  await expect(form.getByRole('status')).toContainText('Đã chuyển 3 nhiệm vụ sang Kế hoạch số 298/KH-UBND');

  for (const size of [{ w: 1280, h: 800, name: '1280' }, { w: 390, h: 844, name: '390' }]) {
    await page.setViewportSize({ width: size.w, height: size.h });
    await page.screenshot({ path: `test-results/screenshots/carry-over-vi-${size.name}.png`, fullPage: true });
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Carry unfinished tasks into next year' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screenshots/carry-over-en-${size.name}.png`, fullPage: true });
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  // The old plan: the tasks stay not done there, marked where they went.
  await openPlan(page, '186/KH-UBND', 2025);
  await expect(page.getByTestId('plan-ratio')).toHaveText(before!);
  for (const task of CARRIED) await expect(row(page, task.title)).toContainText('chuyển sang Kế hoạch số 298/KH-UBND');

  // The new plan: the same tasks, new numbers, marked where they came from.
  await openPlan(page, '298/KH-UBND', 2026);
  for (const task of CARRIED) await expect(row(page, task.title)).toContainText('chuyển tiếp từ Kế hoạch số 186/KH-UBND');
  await row(page, CARRIED[2]!.title).getByRole('link', { name: CARRIED[2]!.title }).click();
  const chain = page.getByRole('region', { name: 'Chuyển tiếp qua các năm' });
  await expect(chain.getByRole('listitem')).toHaveCount(2);
  await expect(chain.getByRole('link', { name: 'Kế hoạch số 186/KH-UBND (2025) · nhiệm vụ 6.2' })).toBeVisible();

  // The task list filters them.
  await page.goto('/tasks?carried=from');
  for (const task of CARRIED) await expect(row(page, task.title).filter({ hasText: '298/KH-UBND' })).toHaveCount(1);

  // Publish the closed plan; a signed-out visitor reads it on /cong-khai.
  await openPlan(page, '186/KH-UBND', 2025);
  await bar.getByRole('button', { name: 'Công khai tiến độ' }).click();
  await expect(bar.getByText('Tiến độ kế hoạch đang được công khai', { exact: false })).toBeVisible();
  await signOut(page);
  await page.goto('/cong-khai');
  await expect(page.getByRole('region', { name: 'Kế hoạch cải cách hành chính tỉnh Bình An năm 2025' })).toBeVisible();
});
