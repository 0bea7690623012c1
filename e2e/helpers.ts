import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import ws from 'ws';

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

/**
 * A supabase-js client of the server under test, signed in as a demo user:
 * for specs that set up their own data through the API (as the app would).
 */
export async function apiAs(email: string, password = DEMO_PASSWORD): Promise<SupabaseClient> {
  const env = Object.fromEntries(
    readFileSync(path.resolve(process.cwd(), '.env'), 'utf8')
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')).trim(), line.slice(line.indexOf('=') + 1).trim()]),
  );
  const port = Number(process.env.E2E_PORT ?? 5174);
  const client = createClient(`http://127.0.0.1:${port}`, env.SUPABASE_PUBLISHABLE_KEY!, {
    auth: { persistSession: false, autoRefreshToken: false },
    realtime: { transport: ws as never },
  });
  const { error } = await client.auth.signInWithPassword({ email, password });
  expect(error).toBeNull();
  return client;
}
