import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Demo@12345';

/**
 * Signs in and lands on the plans page.  (Without a `next`, a department head
 * lands on "Đơn vị của tôi": pass `landing: '/'` to sign in as a user would.)
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, { landing = '/plans' } = {}) {
  await page.goto(landing === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(landing)}`);
  await page.getByLabel('Thư điện tử').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  if (landing === '/plans') {
    await expect(page.getByRole('heading', { name: 'Kế hoạch cải cách hành chính', exact: true })).toBeVisible();
  } else {
    await expect(page).not.toHaveURL(/\/sign-in/);
  }
}

/** Opens a task of a plan from the plans list, by plan number and task title start. */
export async function openTask(page: Page, docNumber: string, titleStart: string) {
  await page.goto('/plans');
  await page.getByRole('listitem').filter({ hasText: docNumber }).getByRole('link').click();
  await expect(page.getByTestId('plan-ratio')).toBeVisible();
  await page.getByRole('link', { name: new RegExp(`^${titleStart}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${titleStart}`) })).toBeVisible();
}

export async function signOut(page: Page) {
  // On a phone "Đăng xuất" sits in the menu, which opens from its button.
  const menu = page.getByRole('button', { name: 'Menu chính' });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) === 'false') await menu.click();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

/**
 * Switches the interface language and waits until it is shown (the other
 * language's strings load first, and only then is the choice remembered for
 * the next page load).
 */
export async function switchLanguage(page: Page, lang: 'vi' | 'en') {
  await page.getByRole('button', { name: lang === 'en' ? 'English' : 'Tiếng Việt' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}
