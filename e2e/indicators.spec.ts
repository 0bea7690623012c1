// Indicators (chỉ tiêu): the committee reads the latest figures against their
// targets; Home Affairs records and corrects values, with the rate shown as
// it is typed; bad values are refused at the field.  Also captures the pages
// in both languages at desktop and phone widths.
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, signIn, switchLanguage } from './helpers';

const ON_TIME = 'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn';
const DIGITISED = 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính';
const year = new Date().getFullYear();

async function openIndicator(page: Page, name: string) {
  await page.goto('/indicators');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

const valueForm = (page: Page) => page.getByRole('form', { name: /Ghi số liệu|Sửa số liệu/ });

test('the steering committee sees the on-time dossier rate with its value and the achieved badge', async ({ page }) => {
  await signIn(page, 'committee@example.vn');
  await page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Chỉ tiêu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chỉ tiêu cải cách hành chính' })).toBeVisible();

  const onTime = page.getByRole('listitem').filter({ hasText: ON_TIME });
  await expect(onTime).toContainText('331.470/334.480 = 99,1%');
  await expect(onTime).toContainText(`9 tháng/${year}`);
  await expect(onTime).toContainText('Phấn đấu ≥ 98%');
  await expect(onTime.getByText('Đạt', { exact: true })).toBeVisible();

  const sipas = page.getByRole('listitem').filter({ hasText: 'SIPAS' });
  await expect(sipas).toContainText('1.565/1.858 = 84,23%');
  await expect(sipas.getByText('Chưa đạt', { exact: true })).toBeVisible();

  // Grouped by reform area.
  await expect(page.getByRole('heading', { level: 2, name: 'Cải cách thủ tục hành chính' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số' })).toContainText('Tỷ lệ dịch vụ công trực tuyến toàn trình');

  // The committee reads but records nothing.
  await expect(page.getByRole('button', { name: 'Thêm chỉ tiêu' })).toHaveCount(0);
  await onTime.getByRole('link', { name: ON_TIME }).click();
  await expect(page.getByRole('heading', { level: 1, name: ON_TIME })).toBeVisible();
  await expect(page.getByRole('figure', { name: /Biểu đồ kết quả của Toàn tỉnh/ })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('row').filter({ hasText: `9 tháng/${year}` }).filter({ hasText: 'Toàn tỉnh' })).toContainText('331.470/334.480 = 99,1%');
  await expect(table.getByRole('row').filter({ hasText: 'Ủy ban nhân dân huyện Đông Sơn' }).first()).toContainText('Chưa đạt');
  await expect(page.getByRole('button', { name: 'Lưu số liệu' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Sửa số liệu/ })).toHaveCount(0);
});

test('Home Affairs records a new value, sees the rate as it types, then corrects it', async ({ page }) => {
  await signIn(page, 'noivu@example.vn', DEMO_PASSWORD, { landing: '/indicators' });
  await openIndicator(page, DIGITISED);
  const form = valueForm(page);
  await form.getByLabel('Năm').selectOption(String(year));
  await form.getByLabel('Kỳ báo cáo').selectOption({ label: 'Quý I (15/12 – 14/3)' });
  await form.getByLabel('Đơn vị').selectOption({ label: 'Sở Tư pháp' });
  await form.getByLabel('Tử số').fill('1.250');
  await form.getByLabel('Mẫu số').fill('1.600');
  // 1250 / 1600 = 78,125% → 78,13%, above the 70% target
  await expect(form.getByTestId('live-rate')).toHaveText('1.250/1.600 = 78,13%');
  await expect(form.getByText('Đạt', { exact: true })).toBeVisible();
  await form.screenshot({ path: 'test-results/screenshots/indicator-form-live-vi-desktop.png' });
  await form.getByRole('button', { name: 'Lưu số liệu' }).click();
  await expect(form.getByRole('status')).toHaveText(`Đã lưu số liệu Quý I/${year}: 1.250/1.600 = 78,13%.`);

  const row = page.getByRole('table').getByRole('row').filter({ hasText: `Quý I/${year}` }).filter({ hasText: 'Sở Tư pháp' });
  await expect(row).toContainText('1.250/1.600 = 78,13%');
  await expect(row).toContainText('Nguyễn Thị Lan');

  // Correct the denominator: the form fills with the saved figures.
  await row.getByRole('button', { name: `Sửa số liệu Quý I/${year} của Sở Tư pháp` }).click();
  const edit = page.getByRole('form', { name: 'Sửa số liệu' });
  await expect(edit.getByLabel('Tử số')).toHaveValue('1.250');
  await edit.getByLabel('Mẫu số').fill('1.700');
  await expect(edit.getByTestId('live-rate')).toHaveText('1.250/1.700 = 73,53%');
  await edit.getByRole('button', { name: 'Lưu số liệu' }).click();
  await expect(row).toContainText('1.250/1.700 = 73,53%');
  await expect(page.getByRole('form', { name: 'Ghi số liệu' })).toBeVisible();
});

test('a numerator above the denominator is refused at the field, and so is a period already recorded', async ({ page }) => {
  await signIn(page, 'noivu@example.vn', DEMO_PASSWORD, { landing: '/indicators' });
  await openIndicator(page, ON_TIME);
  const form = valueForm(page);
  const rows = page.getByRole('table').getByRole('row');
  const before = await rows.count();

  await form.getByLabel('Tử số').fill('2.000');
  await form.getByLabel('Mẫu số').fill('1.858');
  await form.getByRole('button', { name: 'Lưu số liệu' }).click();
  await expect(form.getByText('Tử số không được lớn hơn mẫu số: chỉ tiêu này là một tỷ lệ.')).toBeVisible();
  await expect(form.getByLabel('Tử số')).toHaveAttribute('aria-invalid', 'true');
  await form.screenshot({ path: 'test-results/screenshots/indicator-form-refused-vi-desktop.png' });

  await form.getByLabel('Mẫu số').fill('0');
  await form.getByLabel('Tử số').fill('0');
  await form.getByRole('button', { name: 'Lưu số liệu' }).click();
  await expect(form.getByText('Mẫu số phải lớn hơn 0.')).toBeVisible();

  await form.getByLabel('Mẫu số').fill('12,5');
  await expect(form.getByText('Số không đúng dạng (ví dụ 1.858 hoặc 84,5).')).toHaveCount(0);
  // "12.5" can only be a decimal here, so it is read too; text that is no number in either way is refused.
  await form.getByLabel('Mẫu số').fill('12.5');
  await form.getByLabel('Tử số').focus();
  await expect(form.getByText('Số không đúng dạng (ví dụ 1.858 hoặc 84,5).')).toHaveCount(0);
  await form.getByLabel('Mẫu số').fill('12,5,0');
  await form.getByLabel('Tử số').focus();
  await expect(form.getByText('Số không đúng dạng (ví dụ 1.858 hoặc 84,5).')).toBeVisible();

  // The whole province already has this year's Q1 figure: the database says so.
  await form.getByLabel('Năm').selectOption(String(year));
  await form.getByLabel('Kỳ báo cáo').selectOption({ label: 'Quý I (15/12 – 14/3)' });
  await form.getByLabel('Đơn vị').selectOption({ label: 'Toàn tỉnh' });
  await form.getByLabel('Tử số').fill('100');
  await form.getByLabel('Mẫu số').fill('200');
  await form.getByRole('button', { name: 'Lưu số liệu' }).click();
  await expect(form.getByRole('alert')).toHaveText('Đã có số liệu của chỉ tiêu này cho kỳ và đơn vị đã chọn; hãy sửa số liệu đó.');
  await expect(rows).toHaveCount(before);
  // The refusal was about what was sent: it goes as soon as the person changes the input.
  await form.getByLabel('Kỳ báo cáo').selectOption({ label: '9 tháng (15/12 – 14/9)' });
  await expect(form.getByText('Đã có số liệu của chỉ tiêu này cho kỳ và đơn vị đã chọn; hãy sửa số liệu đó.')).toHaveCount(0);
});

test('Home Affairs adds an indicator; a malformed code is refused at the field', async ({ page }) => {
  await signIn(page, 'noivu@example.vn', DEMO_PASSWORD, { landing: '/indicators' });
  await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
  const form = page.getByRole('form', { name: 'Thêm chỉ tiêu mới' });
  await form.getByLabel('Mã chỉ tiêu').fill('cds 03');
  await form.getByLabel('Lĩnh vực cải cách').selectOption({ label: 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số' });
  await form.getByLabel('Tên chỉ tiêu (tiếng Việt)').fill('Tỷ lệ văn bản điện tử được ký số');
  await form.getByLabel('Tên chỉ tiêu (tiếng Anh)').fill('Share of electronic documents digitally signed');
  await form.getByLabel('Chỉ tiêu phấn đấu').fill('95');
  await form.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  await expect(form.getByText('Mã chỉ gồm chữ in hoa không dấu, số, dấu chấm hoặc gạch (2–32 ký tự).')).toBeVisible();
  await form.getByLabel('Mã chỉ tiêu').fill('CDS-03');
  await form.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tỷ lệ văn bản điện tử được ký số' })).toBeVisible();
  await expect(page.getByText('≥ 95%')).toBeVisible();
  await expect(page.getByText('Chưa có số liệu nào cho chỉ tiêu này.')).toBeVisible();
  await page.getByRole('link', { name: 'Chỉ tiêu', exact: true }).first().click();
  await expect(page.getByRole('listitem').filter({ hasText: 'CDS-03' })).toContainText('Chưa có số liệu');
});

const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

for (const size of sizes) {
  test(`indicator pages in both languages at ${size.name} width, without horizontal overflow`, async ({ page }) => {
    test.setTimeout(60_000); // four full-page pictures, on a shared machine
    await page.setViewportSize({ width: size.width, height: size.height });
    await signIn(page, 'noivu@example.vn', DEMO_PASSWORD, { landing: '/indicators' });
    const noOverflow = async () =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    for (const lang of ['vi', 'en'] as const) {
      if (lang === 'en') await switchLanguage(page, 'en');
      await page.goto('/indicators');
      await expect(page.getByRole('listitem').filter({ hasText: 'SIPAS' })).toContainText(lang === 'vi' ? '84,23%' : '84.23%');
      await page.screenshot({ path: `test-results/screenshots/indicators-${lang}-${size.name}.png`, fullPage: true });
      await noOverflow();

      await page.getByRole('listitem').filter({ hasText: 'SIPAS' }).getByRole('link').click();
      await expect(page.getByRole('figure')).toBeVisible();
      // Wait for the chart library (loaded on demand) to draw before the picture.
      await expect(page.locator('.recharts-line')).toBeVisible();
      await page.mouse.move(0, 0);
      await page.screenshot({ path: `test-results/screenshots/indicator-${lang}-${size.name}.png`, fullPage: true });
      await page.getByRole('table').screenshot({ path: `test-results/screenshots/indicator-table-${lang}-${size.name}.png` });
      await noOverflow();
    }
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  });
}
