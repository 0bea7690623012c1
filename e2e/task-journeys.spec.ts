import { expect, test, type Page } from '@playwright/test';
import { openTask, signIn, signOut } from './helpers';

const PLAN = '298/KH-UBND';
const details = (page: Page) => page.getByRole('region', { name: 'Thông tin nhiệm vụ' });

test('a dept head updates progress, attaches a document and reports done; Home Affairs confirms', async ({ page }) => {
  // Two people sign in and a dozen steps run: more than one ordinary test's time.
  test.setTimeout(60_000);
  await signIn(page, 'tuphap@example.vn');
  await openTask(page, PLAN, 'Kiểm tra, rà soát văn bản quy phạm pháp luật do HĐND');
  const taskUrl = page.url();

  const report = page.getByRole('button', { name: 'Báo cáo hoàn thành' });
  await expect(report).toBeDisabled();
  await expect(page.getByText('Cần thêm ít nhất một minh chứng trước khi báo cáo hoàn thành.')).toBeVisible();

  await page.getByLabel('Tiến độ (%)').fill('80');
  await page.getByLabel('Ghi chú tiến độ').fill('Đã kiểm tra 9/11 huyện; đang hoàn thiện báo cáo.');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã kiểm tra 9/11 huyện; đang hoàn thiện báo cáo.').first()).toBeVisible();
  await expect(details(page).getByText('80%', { exact: true })).toBeVisible();

  // A bad document number is caught at the field, in Vietnamese.
  await page.getByLabel('Số, ký hiệu').fill('báo cáo số 15');
  await page.getByRole('button', { name: 'Thêm minh chứng' }).click();
  await expect(page.getByText('Số, ký hiệu chưa đúng dạng (ví dụ: 4247/UBND-KSTT).')).toBeVisible();

  await page.getByLabel('Số, ký hiệu').fill('15/BC-STP');
  await page.getByLabel('Ngày ban hành').fill('15/01/2026');
  await page.getByLabel('Cơ quan ban hành').fill('Sở Tư pháp');
  await page.getByLabel('Trích yếu').fill('Báo cáo kết quả kiểm tra văn bản quy phạm pháp luật cấp huyện');
  await page.getByRole('button', { name: 'Thêm minh chứng' }).click();
  await expect(page.getByRole('region', { name: /^Minh chứng/ }).getByText('15/BC-STP')).toBeVisible();

  await expect(report).toBeEnabled();
  await report.click();
  // Nothing happens on one click: the person confirms in a dialog first.
  const ask = page.getByRole('dialog', { name: 'Báo cáo nhiệm vụ đã hoàn thành?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
  await expect(page.getByRole('heading', { level: 1 }).locator('..').getByText('Chờ xác nhận')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Xác nhận hoàn thành' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Lịch sử thay đổi' }).getByText('Chuyển trạng thái').first()).toBeVisible();

  await signOut(page);
  await signIn(page, 'noivu@example.vn');
  await page.goto(taskUrl);
  await page.getByRole('button', { name: 'Xác nhận hoàn thành' }).click();
  await page.getByRole('dialog', { name: 'Xác nhận nhiệm vụ đã hoàn thành?' }).getByRole('button', { name: 'Xác nhận hoàn thành' }).click();
  await expect(page.getByRole('heading', { level: 1 }).locator('..').getByText('Hoàn thành', { exact: true })).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Ngày hoàn thành' })).toBeVisible();
});

test('Home Affairs returns a submitted task with a reason', async ({ page }) => {
  await signIn(page, 'noivu@example.vn');
  await openTask(page, PLAN, 'Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực hộ tịch');
  await page.getByRole('button', { name: 'Trả lại', exact: true }).click();
  await page.getByRole('region', { name: 'Cập nhật trạng thái' }).getByRole('button', { name: 'Trả lại' }).last().click();
  await expect(page.getByText('Vui lòng ghi rõ lý do (ít nhất 5 ký tự).')).toBeVisible();
  await page.getByLabel('Lý do trả lại').fill('Đề nghị bổ sung quyết định phê duyệt phương án đơn giản hóa.');
  await page.getByRole('region', { name: 'Cập nhật trạng thái' }).getByRole('button', { name: 'Trả lại' }).last().click();
  await expect(page.getByRole('heading', { level: 1 }).locator('..').getByText('Trả lại')).toBeVisible();
  await expect(page.getByText('Đề nghị bổ sung quyết định phê duyệt phương án đơn giản hóa.').first()).toBeVisible();
});

test("a dept head sees no edit controls on another unit's task", async ({ page }) => {
  await signIn(page, 'tttt@example.vn');
  await openTask(page, PLAN, 'Theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai');
  await expect(page.getByRole('region', { name: 'Minh chứng' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Cập nhật trạng thái' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lưu' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Thêm minh chứng' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Gửi ý kiến' })).toHaveCount(0);
});

test('two people edit the same task: the second is told and offered a reload', async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  for (const page of [first, second]) {
    await signIn(page, 'tuphap@example.vn');
    await openTask(page, PLAN, 'Theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai');
  }
  await first.getByLabel('Tiến độ (%)').fill('55');
  await first.getByRole('button', { name: 'Lưu' }).click();
  await expect(details(first).getByText('55%', { exact: true })).toBeVisible();

  await second.getByLabel('Tiến độ (%)').fill('65');
  await second.getByRole('button', { name: 'Lưu' }).click();
  await expect(second.getByRole('alert')).toContainText('đã được người khác cập nhật');
  await second.getByRole('button', { name: 'Tải lại' }).click();
  await expect(details(second).getByText('55%', { exact: true })).toBeVisible();
  await expect(second.getByLabel('Tiến độ (%)')).toHaveValue('55');
});

test('a file of the wrong type is refused before upload', async ({ page }) => {
  await signIn(page, 'tuphap@example.vn');
  await openTask(page, PLAN, 'Số hóa sổ hộ tịch lưu trữ');
  await page.getByRole('tab', { name: 'Tệp' }).click();
  await page.getByLabel('Chọn tệp').setInputFiles({ name: 'cai-dat.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') });
  await expect(page.getByText('Chỉ nhận tệp PDF, Word, Excel hoặc ảnh (PNG, JPG, WEBP).')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tải lên' })).toBeDisabled();

  await page.getByLabel('Chọn tệp').setInputFiles({ name: 'bien-ban.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\nBiên bản\n%%EOF\n') });
  await page.getByRole('button', { name: 'Tải lên' }).click();
  await expect(page.getByRole('button', { name: 'bien-ban.pdf', exact: true })).toBeVisible();
});
