import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

const accounts = [
  { email: 'committee@example.vn', role: 'Ban Chỉ đạo' },
  { email: 'noivu@example.vn', role: 'Chuyên viên Nội vụ · Sở Nội vụ' },
  { email: 'tuphap@example.vn', role: 'Thủ trưởng đơn vị · Sở Tư pháp' },
  { email: 'tttt@example.vn', role: 'Thủ trưởng đơn vị · Sở KH&CN' },
  { email: 'admin@example.vn', role: 'Quản trị hệ thống' },
];

for (const account of accounts) {
  test(`${account.email} signs in and sees the 2022 plan at 52/52`, async ({ page }) => {
    await signIn(page, account.email);
    await expect(page.getByText(account.role, { exact: true })).toBeVisible();

    const card = page.getByRole('listitem').filter({ hasText: '250/KH-UBND' });
    await expect(card.getByText('Đã hoàn thành 52/52 nhiệm vụ (100%)')).toBeVisible();

    await card.getByRole('link', { name: /năm 2022/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /năm 2022/ })).toBeVisible();
    await expect(page.getByTestId('plan-ratio')).toHaveText('Đã hoàn thành 52/52 nhiệm vụ (100%)');
    const perArea = ['8/8 (100%)', '10/10 (100%)', '7/7 (100%)', '8/8 (100%)', '6/6 (100%)', '13/13 (100%)'];
    for (const [index, ratio] of perArea.entries()) {
      await expect(page.getByTestId(`area-ratio-${index + 1}`)).toHaveText(ratio);
    }
    await expect(page.getByRole('heading', { name: '1. Cải cách thể chế' })).toBeVisible();
  });
}

test('a wrong password shows a clear error and keeps the user on the sign-in page', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Thư điện tử').fill('committee@example.vn');
  await page.getByLabel('Mật khẩu').fill('not-the-password');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert')).toHaveText('Thư điện tử hoặc mật khẩu không đúng.');
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('an empty form is refused at the fields', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText('Vui lòng nhập thư điện tử.')).toBeVisible();
  await expect(page.getByText('Vui lòng nhập mật khẩu.')).toBeVisible();
});

test('pages behind sign-in send a visitor to the sign-in page and back', async ({ page }) => {
  await page.goto('/plans');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fplans$/);
  await page.getByLabel('Thư điện tử').fill('committee@example.vn');
  await page.getByLabel('Mật khẩu').fill('Demo@12345');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/plans$/);
});

test('the session survives a reload and sign-out ends it', async ({ page }) => {
  await signIn(page, 'noivu@example.vn');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Kế hoạch cải cách hành chính', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/plans');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('the English switch translates the interface and numbers', async ({ page }) => {
  await signIn(page, 'committee@example.vn');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Administrative reform plans', exact: true })).toBeVisible();
  const card = page.getByRole('listitem').filter({ hasText: '250/KH-UBND' });
  await expect(card.getByText('52/52 tasks completed (100%)')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('heading', { name: 'Kế hoạch cải cách hành chính', exact: true })).toBeVisible();
});
