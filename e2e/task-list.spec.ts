// Daily work: the task list (filters in the URL, search without diacritics,
// saved views, export), "Đơn vị của tôi" for department heads, and the
// notification bell.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { signIn } from './helpers';

const resultCount = (page: Page) => page.getByTestId('result-count');
const rowLinks = (page: Page) => page.getByRole('table').getByRole('link');
const bell = (page: Page) => page.getByRole('button', { name: /^(Thông báo|Notifications)/ });

/** Waits until the rows shown are those of the address bar's filters (not the previous list's). */
async function settled(page: Page) {
  await expect(async () => {
    const search = decodeURIComponent(new URL(page.url()).search.slice(1)).replace(/\+/g, ' ');
    const shown = decodeURIComponent((await resultCount(page).getAttribute('data-search')) ?? '').replace(/\+/g, ' ');
    expect(shown).toBe(search);
    expect(await resultCount(page).getAttribute('data-settled')).toBe('true');
  }).toPass();
}

async function planValue(page: Page, docNumber: string): Promise<string> {
  const value = await page.locator('#filter-plan option', { hasText: docNumber }).getAttribute('value');
  expect(value).toBeTruthy();
  return value!;
}

async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('search without diacritics and filters find the right tasks', async ({ page }) => {
  await signIn(page, 'committee@example.vn');
  await page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Nhiệm vụ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Danh sách nhiệm vụ' })).toBeVisible();

  await page.getByLabel('Tìm kiếm').fill('chu ky so');
  await expect(resultCount(page)).toHaveAttribute('data-total', '3');
  await expect(page).toHaveURL(/q=chu\+ky\+so/);
  await expect(rowLinks(page)).toHaveText([
    'Triển khai chữ ký số cho người dân khi thực hiện dịch vụ công trực tuyến',
    /^Bồi dưỡng kỹ năng số/,
    /^Triển khai chữ ký số cho cán bộ, công chức/,
  ]);

  await page.getByLabel('Kế hoạch').selectOption(await planValue(page, '298/KH-UBND'));
  await expect(resultCount(page)).toHaveAttribute('data-total', '1');
  await expect(rowLinks(page)).toHaveText(['Triển khai chữ ký số cho người dân khi thực hiện dịch vụ công trực tuyến']);

  // Upper case and diacritics typed the other way round find the same task.
  await page.getByLabel('Tìm kiếm').fill('THANH TOÁN trực tuyen');
  await expect(resultCount(page)).toHaveAttribute('data-total', '1');
  await expect(rowLinks(page)).toHaveText([/^Tích hợp thanh toán trực tuyến phí, lệ phí/]);

  // Status and timeliness filters narrow the plan's tasks.
  await page.getByLabel('Tìm kiếm').fill('');
  // 31 tasks of its own and 2 carried over from the 2025 plan
  await expect(resultCount(page)).toHaveAttribute('data-total', '33');
  await page.getByRole('checkbox', { name: 'Trả lại' }).check();
  await expect(page).toHaveURL(/status=returned/);
  await settled(page);
  const badges = page.getByRole('table').locator('.badge');
  expect(await badges.count()).toBeGreaterThanOrEqual(3);
  for (const text of await badges.allTextContents()) expect(text).toBe('Trả lại');

  await page.getByRole('checkbox', { name: 'Trả lại' }).uncheck();
  await page.getByLabel('Tiến độ so với thời hạn').selectOption('open_overdue');
  await page.getByLabel('Số ngày quá hạn').selectOption('90');
  await expect(page).toHaveURL(/timeliness=open_overdue&late=90/);
  await settled(page);
  const late = await page.getByRole('table').locator('.timeliness').allTextContents();
  expect(late.length).toBeGreaterThan(0);
  for (const text of late) expect(Number(/(\d+)/.exec(text)![1])).toBeGreaterThan(90);

  // A task's title opens the task.
  await rowLinks(page).first().click();
  await expect(page).toHaveURL(/\/tasks\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('region', { name: 'Lịch sử thay đổi' })).toBeVisible();
});

test('a copied list link opens the same filters, sort, page and rows', async ({ page, context }) => {
  await signIn(page, 'committee@example.vn');
  await page.goto('/tasks');
  await page.getByRole('checkbox', { name: 'Đang thực hiện' }).check();
  await page.getByRole('checkbox', { name: 'Hoàn thành', exact: true }).check();
  await page.getByLabel('Thời hạn từ ngày').fill('01/01/2024');
  await page.getByLabel('Sắp xếp theo').selectOption('due');
  await page.getByLabel('Thứ tự').selectOption('desc');
  await page.getByLabel('Số dòng mỗi trang').selectOption('25');
  await expect(page).toHaveURL(/status=in_progress,done&from=2024-01-01&sort=-due/);
  await page.getByRole('button', { name: 'Trang sau' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText('Trang 2/')).toBeVisible();
  await settled(page);
  const url = page.url();
  const rows = await rowLinks(page).allTextContents();
  const total = await resultCount(page).getAttribute('data-total');
  expect(rows.length).toBeGreaterThan(0);

  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole('heading', { level: 1, name: 'Danh sách nhiệm vụ' })).toBeVisible();
  await settled(other);
  await expect(resultCount(other)).toHaveAttribute('data-total', total!);
  await expect(other.getByLabel('Lĩnh vực')).toHaveValue('');
  await expect(other.getByLabel('Thời hạn từ ngày')).toHaveValue('01/01/2024');
  await expect(other.getByRole('checkbox', { name: 'Đang thực hiện' })).toBeChecked();
  await expect(other.getByRole('checkbox', { name: 'Hoàn thành', exact: true })).toBeChecked();
  await expect(other.getByRole('checkbox', { name: 'Trả lại' })).not.toBeChecked();
  await expect(other.getByLabel('Sắp xếp theo')).toHaveValue('due');
  await expect(other.getByLabel('Thứ tự')).toHaveValue('desc');
  await expect(other.getByRole('columnheader', { name: /Thời hạn/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(other.getByText('Trang 2/')).toBeVisible();
  await expect(rowLinks(other)).toHaveText(rows);
  await other.close();
});

test('saved views: save the current filters under a name, reopen and delete them', async ({ page }) => {
  await signIn(page, 'noivu@example.vn');
  await page.goto('/tasks');
  await page.getByRole('checkbox', { name: 'Chờ xác nhận' }).check();
  await page.getByLabel('Sắp xếp theo').selectOption('unit');
  await expect(page).toHaveURL(/status=submitted&sort=unit/);
  await settled(page);
  const total = await resultCount(page).getAttribute('data-total');

  const saved = page.getByRole('region', { name: 'Bộ lọc đã lưu' });
  await expect(saved.getByText('Chưa lưu bộ lọc nào.')).toBeVisible();
  await saved.getByRole('button', { name: 'Lưu bộ lọc' }).click();
  await saved.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(saved.getByText('Vui lòng đặt tên cho bộ lọc.')).toBeVisible();
  await saved.getByLabel('Tên bộ lọc').fill('Việc chờ xác nhận');
  await saved.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(saved.getByRole('link', { name: 'Việc chờ xác nhận' })).toBeVisible();

  // The same name twice is refused, in Vietnamese.
  await saved.getByRole('button', { name: 'Lưu bộ lọc' }).click();
  await saved.getByLabel('Tên bộ lọc').fill('Việc chờ xác nhận');
  await saved.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(saved.getByRole('alert')).toHaveText('Bạn đã có bộ lọc cùng tên. Hãy chọn tên khác.');
  await saved.getByRole('button', { name: 'Hủy bỏ' }).click();

  await page.getByRole('button', { name: 'Bỏ lọc' }).click();
  await expect(page).toHaveURL(/\/tasks\?sort=unit$/);
  await saved.getByRole('link', { name: 'Việc chờ xác nhận' }).click();
  await expect(page).toHaveURL(/\/tasks\?status=submitted&sort=unit$/);
  await expect(page.getByRole('checkbox', { name: 'Chờ xác nhận' })).toBeChecked();
  await expect(resultCount(page)).toHaveAttribute('data-total', total!);

  await saved.getByRole('button', { name: 'Xóa bộ lọc đã lưu “Việc chờ xác nhận”' }).click();
  await expect(saved.getByText('Chưa lưu bộ lọc nào.')).toBeVisible();
});

test('export downloads the whole filtered list as Excel and CSV, not just the page', async ({ page }) => {
  await signIn(page, 'committee@example.vn');
  await page.goto('/tasks');
  await page.getByLabel('Kế hoạch').selectOption(await planValue(page, '250/KH-UBND'));
  await page.getByLabel('Số dòng mỗi trang').selectOption('25');
  await expect(resultCount(page)).toHaveAttribute('data-total', '52');
  await expect(rowLinks(page)).toHaveCount(25);

  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel' }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^danh-sach-nhiem-vu-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await xlsx.path())!);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.rowCount).toBe(53);
  expect(sheet.getRow(1).getCell(4).value).toBe('Nhiệm vụ');
  expect(sheet.getRow(2).getCell(1).value).toBe('250/KH-UBND (2022)');
  await expect(page.getByText('Đã xuất 52 nhiệm vụ.')).toBeVisible();

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất CSV' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const text = readFileSync((await csv.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.data).toHaveLength(53);
  expect(parsed.data[1]![10]).toBe('Hoàn thành');
});

test("a department head lands on My unit; each count opens the list it counts", async ({ page }) => {
  test.slow(); // five round trips through the list, then a second sign-in
  await signIn(page, 'tuphap@example.vn', undefined, { landing: '/' });
  await expect(page).toHaveURL(/\/my-unit$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Đơn vị của tôi' })).toBeVisible();
  await expect(page.getByText(/Việc cần chú ý của Sở Tư pháp/)).toBeVisible();

  for (const testId of ['count-overdue', 'count-overdue-90', 'count-dueSoon', 'count-returned', 'count-submitted']) {
    const link = page.getByTestId(testId);
    const label = (await link.getAttribute('aria-label')) ?? '';
    const count = /(\d+)/.exec(testId === 'count-overdue-90' ? label : ((await link.locator('.count-figure').textContent()) ?? ''))![1]!;
    await link.click();
    await expect(page).toHaveURL(/\/tasks\?unit=[0-9a-f-]{36}/);
    await expect(resultCount(page)).toHaveAttribute('data-total', count);
    await expect(page.getByLabel('Đơn vị chủ trì')).toHaveValue(/[0-9a-f-]{36}/);
    await expect(page.getByLabel('Đơn vị chủ trì').locator('option:checked')).toHaveText('Sở Tư pháp');
    if (testId.startsWith('count-overdue')) {
      await expect(page.getByLabel('Tiến độ so với thời hạn')).toHaveValue('open_overdue');
    }
    if (testId === 'count-overdue-90') await expect(page.getByLabel('Số ngày quá hạn')).toHaveValue('90');
    if (testId === 'count-returned') await expect(page.getByRole('checkbox', { name: 'Trả lại' })).toBeChecked();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Đơn vị của tôi' })).toBeVisible();
  }

  // The short lists under the counts link to the tasks.
  const returned = page.getByRole('region', { name: /^Bị trả lại/ });
  await expect(returned.getByRole('link', { name: /Công bố danh mục văn bản quy phạm pháp luật hết hiệu lực/ }).first()).toBeVisible();

  // Others keep the plans as their landing page.
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await signIn(page, 'committee@example.vn', undefined, { landing: '/' });
  await expect(page).toHaveURL(/\/plans$/);
  await expect(page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Đơn vị của tôi' })).toHaveCount(0);
});

test('the plan page links each area to the task list of that plan and area', async ({ page }) => {
  await signIn(page, 'committee@example.vn');
  await page.getByRole('listitem').filter({ hasText: '298/KH-UBND' }).getByRole('link').first().click();
  const area = page.getByRole('region', { name: '1. Cải cách thể chế' });
  await expect(area.getByRole('table')).toBeVisible();
  const tasksInArea = await area.getByRole('table').locator('tbody tr').count();
  await page.getByRole('link', { name: /xem các nhiệm vụ lĩnh vực Cải cách thể chế/ }).click();
  await expect(page).toHaveURL(/\/tasks\?plan=[0-9a-f-]{36}&area=1$/);
  await expect(resultCount(page)).toHaveAttribute('data-total', String(tasksInArea));
  await expect(page.getByLabel('Lĩnh vực')).toHaveValue('1');
});

test('the bell lists notifications and "mark all read" clears the count', async ({ page }) => {
  await signIn(page, 'tuphap@example.vn');
  await expect(bell(page)).toHaveAccessibleName(/^Thông báo, \d+ chưa đọc$/);
  await expect(page.getByTestId('bell-count')).toBeVisible();
  await bell(page).click();
  const panel = page.getByRole('region', { name: 'Thông báo' });
  await expect(panel.getByRole('listitem').first()).toBeVisible();
  await expect(panel.getByText('Quá hạn', { exact: true }).first()).toBeVisible();
  await expect(panel.getByText('Bị trả lại', { exact: true }).first()).toBeVisible();

  await panel.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
  await expect(bell(page)).toHaveAccessibleName('Thông báo');
  await expect(page.getByTestId('bell-count')).toHaveCount(0);
  await expect(panel.getByRole('listitem').first()).toBeVisible();

  // An item opens its task; the read mark is kept.
  await panel.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/tasks\/[0-9a-f-]{36}$/);
  await page.reload();
  await expect(bell(page)).toHaveAccessibleName('Thông báo');

  // Escape closes the panel and gives the focus back to the bell.
  await bell(page).click();
  await expect(page.getByRole('region', { name: 'Thông báo' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Thông báo' })).toHaveCount(0);
  await expect(bell(page)).toBeFocused();
});

const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

for (const size of sizes) {
  test(`task list, My unit and notifications fit a ${size.name} screen in both languages`, async ({ page }) => {
    test.slow(); // three pages, two languages, six full-page screenshots
    await page.setViewportSize({ width: size.width, height: size.height });
    await signIn(page, 'tttt@example.vn', undefined, { landing: '/' });
    await expect(page.getByRole('heading', { level: 1, name: 'Đơn vị của tôi' })).toBeVisible();
    await expect(page.getByTestId('count-overdue')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: `test-results/screenshots/my-unit-vi-${size.name}.png`, fullPage: true });

    await page.goto('/tasks?status=in_progress,returned&sort=due');
    await expect(rowLinks(page).first()).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: `test-results/screenshots/task-list-vi-${size.name}.png`, fullPage: true });

    await bell(page).click();
    await expect(page.getByRole('region', { name: 'Thông báo' }).getByRole('listitem').first()).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: `test-results/screenshots/notifications-vi-${size.name}.png` });
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Task list' })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: `test-results/screenshots/task-list-en-${size.name}.png`, fullPage: true });
    await bell(page).click();
    await expect(page.getByRole('region', { name: 'Notifications' }).getByRole('listitem').first()).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/notifications-en-${size.name}.png` });
    await page.keyboard.press('Escape');
    await page.goto('/my-unit');
    await expect(page.getByRole('heading', { level: 1, name: 'My unit' })).toBeVisible();
    await expect(page.getByTestId('count-overdue')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: `test-results/screenshots/my-unit-en-${size.name}.png`, fullPage: true });
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  });
}
