import { expect, test, type Page, type Request } from '@playwright/test';
import { signIn } from './helpers';

/** Every request the page makes to one API function, as it happens. */
function rpcCalls(page: Page, fn: string): Request[] {
  const calls: Request[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith(`/rest/v1/rpc/${fn}`)) calls.push(r);
  });
  return calls;
}

test('resting the pointer on a plan, then on a task, asks for its page before the click; the click then asks nothing', async ({ page }) => {
  await signIn(page, 'committee@example.vn');
  const planCalls = rpcCalls(page, 'plan_page');
  const plan = page.getByRole('listitem').filter({ hasText: '315/KH-UBND' }).getByRole('link');
  await plan.hover();
  await expect.poll(() => planCalls.length).toBe(1);
  await plan.click();
  await expect(page.getByTestId('plan-ratio')).toBeVisible();
  expect(planCalls.length).toBe(1);

  const taskCalls = rpcCalls(page, 'task_page');
  const task = page.getByRole('link', { name: /^Rà soát/ }).first();
  const title = (await task.textContent())!.trim();
  expect(taskCalls.length).toBe(0);
  await task.hover();
  await expect.poll(() => taskCalls.length).toBe(1);
  await task.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  expect(taskCalls.length).toBe(1);
});

test('moving the keyboard focus onto a task link asks for its page too', async ({ page }) => {
  await signIn(page, 'committee@example.vn');
  await page.getByRole('listitem').filter({ hasText: '315/KH-UBND' }).getByRole('link').click();
  await expect(page.getByTestId('plan-ratio')).toBeVisible();
  const taskCalls = rpcCalls(page, 'task_page');
  const links = page.getByRole('link', { name: /^Rà soát/ });
  await links.nth(0).focus();
  await expect.poll(() => taskCalls.length).toBe(1);
  // Data already fresh in the cache is not asked for again.
  await links.nth(0).hover();
  await page.waitForTimeout(500);
  expect(taskCalls.length).toBe(1);
});
