// Every screen agrees at once: after a change, the pages a person moves to
// inside the app (menu links, never a reload) show it, because the cache is
// kept by entity and every change invalidates what depends on it.
import { expect, test, type Page } from '@playwright/test';
import { apiAs, signIn } from './helpers';

const PLAN = '298/KH-UBND';
const TASK = 'Công bố danh mục văn bản quy phạm pháp luật hết hiệu lực';

/** A menu link, followed until its page is shown (the old page stays on screen while the new one loads its data). */
async function menu(page: Page, name: string) {
  const link = page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name, exact: true });
  const href = (await link.getAttribute('href')) ?? '';
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[/?]/g, '\\$&')}(\\?.*)?$`));
}

/** The task list searched for the task, reached through the menu. */
async function taskListRow(page: Page) {
  await menu(page, 'Nhiệm vụ');
  await page.getByRole('searchbox').fill('cong bo danh muc van ban het hieu luc');
  const row = page.getByRole('row').filter({ hasText: TASK });
  await expect(row).toHaveCount(1);
  return row;
}

/** The task's row on its plan's page, reached through the menu. */
async function planRow(page: Page) {
  await menu(page, 'Kế hoạch');
  await page.getByRole('listitem').filter({ hasText: PLAN }).getByRole('link').first().click();
  await expect(page.getByTestId('plan-ratio')).toBeVisible();
  return page.getByRole('row').filter({ hasText: TASK });
}

/** The dashboard, reached through the menu, on the task's plan (other tests may have issued newer plans). */
async function openDashboard(page: Page) {
  await menu(page, 'Tổng quan');
  await page.getByLabel('Kế hoạch', { exact: true }).selectOption({ label: `${PLAN} — 2026` });
  await expect(page).toHaveURL(/[?&]plan=/);
  await expect(page.getByTestId('dashboard-done')).toBeVisible();
}

/** "12/40" from the dashboard's headline. */
async function dashboardDone(page: Page): Promise<[number, number]> {
  await openDashboard(page);
  const text = (await page.getByTestId('dashboard-done').textContent()) ?? '';
  const m = /(\d+)\/(\d+)/.exec(text.replace(/\./g, ''));
  expect(m, text).not.toBeNull();
  return [Number(m![1]), Number(m![2])];
}

test('after a head of unit reports a task done, every page shows it without a reload', async ({ browser }) => {
  test.slow();
  const head = await (await browser.newContext()).newPage();
  const interior = await (await browser.newContext()).newPage();
  let reloads = 0;
  head.on('load', () => (reloads += 1));

  // The head of Sở Tư pháp sees the returned task on every page first (so each is cached).
  await signIn(head, 'tuphap@example.vn', undefined, { landing: '/' });
  await expect(head.getByRole('heading', { level: 1, name: 'Đơn vị của tôi' })).toBeVisible();
  await expect(head.getByRole('region', { name: /^Bị trả lại/ }).getByRole('link', { name: new RegExp(TASK) })).toBeVisible();
  await expect(await taskListRow(head)).toContainText('Trả lại');
  await expect(await planRow(head)).toContainText('Trả lại');

  // Home Affairs has the dashboard and the (empty of it) queue open already.
  await signIn(interior, 'noivu@example.vn');
  const [doneBefore, total] = await dashboardDone(interior);
  await menu(interior, 'Chờ xác nhận');
  await expect(interior.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(interior.getByRole('listitem', { name: new RegExp(`^${TASK}`) })).toHaveCount(0);

  // The head reports it done from the task page.
  // The click goes to the link element itself, not to a point on the screen: a row that moves as the
  // plan's data refreshes must not send the click to the task below.
  await (await planRow(head)).getByRole('link', { name: new RegExp(`^${TASK}`) }).dispatchEvent('click');
  await expect(head.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^${TASK}`));
  const loadsBefore = reloads;
  await head.getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
  await head.getByRole('dialog').getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
  await expect(head.getByRole('heading', { level: 1 }).locator('..').getByText('Chờ xác nhận')).toBeVisible();

  // Without a reload: the task list, "Đơn vị của tôi" and the plan page show it waiting.
  await expect(await taskListRow(head)).toContainText('Chờ xác nhận');
  await menu(head, 'Đơn vị của tôi');
  await expect(head.getByRole('region', { name: /^Chờ xác nhận/ }).getByRole('link', { name: new RegExp(TASK) })).toBeVisible();
  await expect(head.getByRole('region', { name: /^Bị trả lại/ }).getByRole('link', { name: new RegExp(TASK) })).toHaveCount(0);
  await expect(await planRow(head)).toContainText('Chờ xác nhận');
  expect(reloads).toBe(loadsBefore);

  // Home Affairs' queue shows it; confirming it moves the dashboard's headline at once.
  await menu(interior, 'Tổng quan');
  await menu(interior, 'Chờ xác nhận');
  const item = interior.getByRole('listitem', { name: new RegExp(`^${TASK}`) });
  await expect(item).toHaveCount(1);
  await item.getByRole('button', { name: 'Xác nhận hoàn thành' }).click();
  await interior.getByRole('dialog').getByRole('button', { name: 'Xác nhận hoàn thành' }).click();
  await expect(item).toHaveCount(0);
  await openDashboard(interior);
  await expect(interior.getByTestId('dashboard-done')).toContainText(`${doneBefore + 1}/${total}`);
});

test.describe('a renamed unit', () => {
  // The unit gets its demo name back, so a retry and the specs after this one start from it.
  test.afterEach(async () => {
    const admin = await apiAs('admin@example.vn');
    const { error } = await admin.from('units').update({ name: 'Sở Tư pháp', short_name: 'Sở Tư pháp' }).eq('code', 'STP');
    expect(error).toBeNull();
  });

  test('after an administrator renames a unit, every page shows the new name', async ({ page }) => {
    test.slow();
    const NEW_NAME = 'Sở Tư pháp tỉnh Bình An';
    await signIn(page, 'admin@example.vn');
    let loads = 0;
    page.on('load', () => (loads += 1));

    // Pages that show the unit, visited first so each is cached.
    await expect(await planRow(page)).toContainText('Sở Tư pháp');
    await menu(page, 'Nhiệm vụ');
    await expect(page.getByLabel('Đơn vị chủ trì').locator('option', { hasText: /^Sở Tư pháp$/ })).toHaveCount(1);
    await menu(page, 'Tài khoản');
    await expect(page.getByRole('listitem').filter({ hasText: 'tuphap@example.vn' })).toContainText('Sở Tư pháp');

    // Rename it (name and short name).
    await menu(page, 'Đơn vị');
    // The unit's item: the one showing its code (the tree's items sit side by side, not nested).
    const unit = page.getByRole('list', { name: 'Cây đơn vị' }).getByRole('listitem').filter({ has: page.getByText('STP', { exact: true }) });
    await unit.getByRole('button', { name: /^Sửa/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên đơn vị').fill(NEW_NAME);
    await dialog.getByLabel('Tên viết tắt').fill(NEW_NAME);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
    await expect(unit).toContainText(NEW_NAME);

    // Every page shows the new name, reached through the menu.
    await expect(await planRow(page)).toContainText(NEW_NAME);
    await expect(await taskListRow(page)).toContainText(NEW_NAME);
    await expect(page.getByLabel('Đơn vị chủ trì').locator('option', { hasText: NEW_NAME })).toHaveCount(1);
    await menu(page, 'Tổng quan');
    await expect(page.getByRole('table').filter({ hasText: NEW_NAME }).first()).toBeVisible();
    await menu(page, 'Tài khoản');
    await expect(page.getByRole('listitem').filter({ hasText: 'tuphap@example.vn' })).toContainText(NEW_NAME);
    expect(loads).toBe(0);
  });
});
