// Home Affairs' daily work: building and issuing a plan, importing its task
// appendix, bulk changes on a draft plan, the confirmation queue and deadline
// extensions.  Runs in order: the later steps use the plans made earlier.
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openTask, signIn } from './helpers';

// Long journeys: more time than the default per test.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const fixture = (name: string) => path.resolve('e2e', 'fixtures', name);
const todayIso = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

async function createDraftPlan(page: Page, docNumber: string, title: string) {
  await page.goto('/plans');
  await page.getByRole('link', { name: '+ Lập kế hoạch mới' }).click();
  await expect(page.getByRole('heading', { name: 'Lập kế hoạch mới' })).toBeVisible();
  await page.getByLabel('Số, ký hiệu').fill(docNumber);
  await page.getByLabel('Tên kế hoạch').fill(title);
  await page.getByLabel('Năm kế hoạch').fill('2027');
  await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Dự thảo', { exact: true })).toBeVisible();
}

const areaSection = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^\\d\\. ${name}`) });

test('Home Affairs creates a plan, adds a task and issues it', async ({ page }) => {
  await signIn(page, 'noivu@example.vn');
  await page.getByRole('link', { name: '+ Lập kế hoạch mới' }).click();

  // Mistakes are caught at the field, in Vietnamese.
  await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
  await expect(page.getByText('Vui lòng nhập số, ký hiệu kế hoạch.')).toBeVisible();
  await expect(page.getByText('Tên kế hoạch phải có từ 5 đến 500 ký tự.')).toBeVisible();
  await page.getByLabel('Số, ký hiệu').fill('KH 27');
  await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
  await expect(page.getByText('Số, ký hiệu chưa đúng dạng (ví dụ: 250/KH-UBND).')).toBeVisible();

  // The database's refusal (a number already used that year) is shown at the field too.
  await page.getByLabel('Số, ký hiệu').fill('250/KH-UBND');
  await page.getByLabel('Tên kế hoạch').fill('Kế hoạch trùng số');
  await page.getByLabel('Năm kế hoạch').fill('2022');
  await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
  await expect(page.getByText('Đã có kế hoạch cùng số, ký hiệu trong năm này.')).toBeVisible();

  await page.getByLabel('Số, ký hiệu').fill('27/KH-UBND');
  await page.getByLabel('Tên kế hoạch').fill('Kế hoạch cải cách hành chính tỉnh Bình An năm 2027');
  await page.getByLabel('Năm kế hoạch').fill('2027');
  await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kế hoạch cải cách hành chính tỉnh Bình An năm 2027' })).toBeVisible();
  await expect(page.getByText('Dự thảo', { exact: true })).toBeVisible();

  // Not yet: a plan without tasks cannot be issued.
  await page.getByRole('button', { name: 'Ban hành kế hoạch' }).click();
  await expect(page.getByText('Kế hoạch chưa có nhiệm vụ nào, chưa thể ban hành.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Xác nhận ban hành' })).toBeDisabled();

  await page.getByRole('link', { name: 'Thêm nhiệm vụ' }).click();
  await expect(page.getByRole('heading', { name: 'Thêm nhiệm vụ' })).toBeVisible();
  await page.getByLabel('Lĩnh vực').selectOption({ label: '2. Cải cách thủ tục hành chính' });
  await expect(page.getByLabel('Số thứ tự')).toHaveValue('2.1');
  await page.getByLabel('Tên nhiệm vụ').fill('Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực hộ tịch, chứng thực');
  await page.getByLabel('Sản phẩm').fill('Quyết định phê duyệt phương án đơn giản hóa');
  await page.getByLabel('Đơn vị chủ trì').selectOption({ label: 'Sở Tư pháp' });
  await page.getByRole('checkbox', { name: 'Văn phòng Ủy ban nhân dân tỉnh' }).check();
  await page.getByLabel('Ngày bắt đầu').fill('01/02/2027');
  await page.getByLabel('Thời hạn').fill('15/01/2027');
  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  await expect(page.getByText('Thời hạn không được trước ngày bắt đầu.')).toBeVisible();
  await page.getByLabel('Thời hạn').fill('30/06/2027');
  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();

  const procedures = areaSection(page, 'Cải cách thủ tục hành chính');
  await expect(procedures.getByRole('link', { name: 'Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực hộ tịch, chứng thực' })).toBeVisible();
  await expect(procedures.getByText('30/06/2027')).toBeVisible();
  await expect(page.getByTestId('plan-ratio')).toContainText('0/1');

  await page.getByRole('button', { name: 'Ban hành kế hoạch' }).click();
  await expect(page.getByLabel('Ngày ban hành')).toHaveValue(ddmmyyyy(todayIso()));
  await page.getByRole('button', { name: 'Xác nhận ban hành' }).click();
  await expect(page.getByText('Đang thực hiện', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kết thúc kế hoạch' })).toBeVisible();
  await expect(page.getByText(`Ủy ban nhân dân tỉnh, ngày ${ddmmyyyy(todayIso())}`)).toBeVisible();

  // Issued: the task's due date is edited only by an extension.
  await procedures.getByRole('link', { name: /^Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực hộ tịch/ }).click();
  await page.getByRole('link', { name: 'Sửa nhiệm vụ' }).click();
  await expect(page.getByLabel('Thời hạn')).toHaveAttribute('readonly', '');
  await expect(page.getByText('Kế hoạch đã ban hành: đổi thời hạn bằng gia hạn trên trang nhiệm vụ.')).toBeVisible();
  await page.getByLabel('Sản phẩm').fill('Quyết định của Chủ tịch UBND tỉnh');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('region', { name: 'Thông tin nhiệm vụ' }).getByText('Quyết định của Chủ tịch UBND tỉnh')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Gia hạn thời hạn' })).toBeVisible();
});

test('an import file with bad rows imports nothing and lists every row; the fixed file imports every task', async ({ page }) => {
  await signIn(page, 'noivu@example.vn');
  await createDraftPlan(page, '28/KH-UBND', 'Kế hoạch cải cách hành chính năm 2027 (phụ lục nhập từ tệp)');
  await page.getByRole('link', { name: 'Nhập từ tệp' }).click();
  await expect(page.getByRole('heading', { name: 'Nhập nhiệm vụ từ tệp phụ lục' })).toBeVisible();

  await page.getByLabel('Chọn tệp .xlsx hoặc .csv').setInputFiles(fixture('ke-hoach-cchc-2027-loi.xlsx'));
  // Reading a workbook first loads the spreadsheet library (about 1 MB): slow on a busy machine.
  await expect(page.getByTestId('import-summary')).toHaveText('Tệp ke-hoach-cchc-2027-loi.xlsx: 11 nhiệm vụ, 5 dòng hợp lệ, 6 dòng lỗi.', {
    timeout: 30_000,
  });
  const problems = page.getByRole('alert', { name: '6 dòng lỗi — chưa nhập nhiệm vụ nào' });
  await expect(problems.getByRole('listitem')).toHaveCount(6);
  await expect(problems).toContainText('Dòng 12 (STT 1.2): lĩnh vực "7" không xác định');
  await expect(problems).toContainText('không tìm thấy đơn vị chủ trì "Sở Du lịch"');
  await expect(problems).toContainText('thời hạn "31/02/2027" không hợp lệ (dd/mm/yyyy)');
  await expect(problems).toContainText('thời hạn trước ngày bắt đầu');
  await expect(problems).toContainText('STT 5.1 trùng với dòng khác trong tệp');
  await expect(problems).toContainText('thiếu tên nhiệm vụ');
  await expect(page.getByRole('button', { name: 'Chưa nhập được: 6 dòng có lỗi' })).toBeDisabled();
  await expect(page.getByRole('button', { name: /Nhập 11 nhiệm vụ/ })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/import-errors-vi-desktop.png', fullPage: true });

  // Nothing reached the plan.
  await page.getByRole('link', { name: '← Về kế hoạch' }).click();
  await expect(page.getByTestId('plan-ratio')).toContainText('0/0');
  await page.getByRole('link', { name: 'Nhập từ tệp' }).click();

  await page.getByLabel('Chọn tệp .xlsx hoặc .csv').setInputFiles(fixture('ke-hoach-cchc-2027.xlsx'));
  await expect(page.getByTestId('import-summary')).toHaveText('Tệp ke-hoach-cchc-2027.xlsx: 11 nhiệm vụ, 11 dòng hợp lệ, 0 dòng lỗi.', {
    timeout: 30_000,
  });
  const preview = page.getByRole('region', { name: 'Xem trước các dòng của tệp' });
  await expect(preview.getByRole('row').filter({ hasText: '2.1' })).toContainText('Văn phòng UBND tỉnh');
  await expect(preview.getByRole('row').filter({ hasText: '4.1' })).toContainText('Sở GD&ĐT, Sở Y tế');
  await page.getByRole('button', { name: 'Nhập 11 nhiệm vụ' }).click();
  await expect(page.getByText('Đã nhập 11 nhiệm vụ vào kế hoạch 28/KH-UBND.')).toBeVisible();
  await page.getByRole('link', { name: 'Xem kế hoạch' }).click();
  await expect(page.getByTestId('plan-ratio')).toContainText('0/11');
  await expect(page.getByTestId('area-ratio-1')).toHaveText('0/2 (0%)');
  await expect(page.getByTestId('area-ratio-6')).toHaveText('0/2 (0%)');
});

test('bulk due-date change and lead unit on a draft plan: one transaction, all or nothing', async ({ page }) => {
  await signIn(page, 'noivu@example.vn');
  await page.goto('/plans');
  await page.getByRole('listitem').filter({ hasText: '28/KH-UBND' }).getByRole('link').click();
  await expect(page.getByTestId('plan-ratio')).toBeVisible();
  const institutions = areaSection(page, 'Cải cách thể chế');

  await page.getByRole('checkbox', { name: 'Chọn tất cả nhiệm vụ của lĩnh vực Cải cách thể chế' }).check();
  const bulk = page.getByRole('region', { name: 'Đã chọn 2 nhiệm vụ' });
  await expect(bulk).toBeVisible();
  await bulk.getByLabel('Thời hạn mới', { exact: true }).fill('15/12/2027');
  await bulk.getByRole('button', { name: 'Đổi thời hạn' }).click();
  await expect(page.getByText('Đã đổi thời hạn của 2 nhiệm vụ.')).toBeVisible();
  await expect(institutions.getByText('15/12/2027')).toHaveCount(2);

  // A date before one task's start: refused, and no task changes.
  await page.getByRole('checkbox', { name: 'Chọn tất cả nhiệm vụ của lĩnh vực Cải cách thể chế' }).check();
  await page.getByRole('region', { name: 'Đã chọn 2 nhiệm vụ' }).getByLabel('Thời hạn mới', { exact: true }).fill('01/02/2027');
  await page.getByRole('region', { name: 'Đã chọn 2 nhiệm vụ' }).getByRole('button', { name: 'Đổi thời hạn' }).click();
  await expect(page.getByText('Thời hạn mới trước ngày bắt đầu của nhiệm vụ 1.2.')).toBeVisible();
  await page.reload();
  await expect(institutions.getByText('15/12/2027')).toHaveCount(2);

  // Moving by a number of days.
  await page.getByRole('checkbox', { name: 'Chọn nhiệm vụ 2.1' }).check();
  const one = page.getByRole('region', { name: 'Đã chọn 1 nhiệm vụ' });
  await one.getByLabel('Dời thêm số ngày').check();
  await one.getByLabel('Số ngày dời').fill('30');
  await one.getByRole('button', { name: 'Đổi thời hạn' }).click();
  await expect(page.getByText('Đã đổi thời hạn của 1 nhiệm vụ.')).toBeVisible();
  await expect(areaSection(page, 'Cải cách thủ tục hành chính').getByText('30/10/2027')).toBeVisible();

  // A new lead unit for the digital-government tasks.
  await page.getByRole('checkbox', { name: 'Chọn tất cả nhiệm vụ của lĩnh vực Xây dựng và phát triển Chính phủ điện tử, Chính phủ số' }).check();
  const digital = page.getByRole('region', { name: 'Đã chọn 2 nhiệm vụ' });
  await digital.getByLabel('Đơn vị chủ trì mới').selectOption({ label: 'Sở Nội vụ' });
  await digital.getByRole('button', { name: 'Giao đơn vị chủ trì' }).click();
  await expect(page.getByText('Đã giao đơn vị chủ trì cho 2 nhiệm vụ.')).toBeVisible();
  await expect(areaSection(page, 'Xây dựng và phát triển Chính phủ điện tử').getByRole('cell', { name: 'Sở Nội vụ' })).toHaveCount(2);
});

test('Home Affairs confirms one task and returns another from the queue', async ({ page }) => {
  await signIn(page, 'noivu@example.vn');
  // The bell tells of the tasks waiting (before this test settles two of them).
  await page.getByRole('button', { name: /^Thông báo/ }).click();
  const panel = page.getByRole('region', { name: 'Thông báo' });
  await expect(panel.getByText('Chờ xác nhận', { exact: true }).first()).toBeVisible();
  await expect(panel.getByRole('link', { name: /Triển khai chữ ký số cho người dân/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Chờ xác nhận' }).click();
  await expect(page.getByRole('heading', { name: 'Nhiệm vụ chờ xác nhận' })).toBeVisible();
  const items = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(items.first()).toBeVisible();
  const before = await items.count();
  expect(before).toBeGreaterThan(1);

  // (the closed 2024 plan's reported tasks are not in the queue: a closed plan is read-only)
  await expect(items.filter({ hasText: '315/KH-UBND' })).toHaveCount(0);
  const land = items.filter({ hasText: 'Đánh giá kết quả thực hiện cơ chế tự chủ tài chính của các đơn vị sự nghiệp công lập' });
  await expect(land.getByText('Văn bản', { exact: true })).toBeVisible();
  await expect(land.getByText(/^Báo cáo đánh giá về việc đánh giá kết quả thực hiện cơ chế tự chủ/).first()).toBeVisible();
  await land.getByRole('button', { name: 'Xác nhận hoàn thành' }).click();
  await page.getByRole('dialog', { name: 'Xác nhận nhiệm vụ đã hoàn thành?' }).getByRole('button', { name: 'Xác nhận hoàn thành' }).click();
  await expect(page.getByText('Đã xác nhận hoàn thành: 298/KH-UBND · 5.2.')).toBeVisible();
  await expect(land).toHaveCount(0);

  const online = items.filter({ hasText: 'Triển khai chữ ký số cho người dân khi thực hiện dịch vụ công trực tuyến' });
  await online.getByRole('button', { name: 'Trả lại', exact: true }).click();
  await online.getByRole('button', { name: 'Trả lại nhiệm vụ' }).click();
  await expect(online.getByText('Vui lòng ghi rõ lý do (ít nhất 5 ký tự).')).toBeVisible();
  await online.getByLabel('Lý do trả lại').fill('Đề nghị bổ sung danh mục dịch vụ công trực tuyến toàn trình đã cung cấp.');
  await online.getByRole('button', { name: 'Trả lại nhiệm vụ' }).click();
  await expect(page.getByText(/^Đã trả lại: 298\/KH-UBND · 6\.5\.$/)).toBeVisible();
  await expect(online).toHaveCount(0);
  await expect(items).toHaveCount(before - 2);

  await openTask(page, '298/KH-UBND', 'Triển khai chữ ký số cho người dân khi thực hiện dịch vụ công trực tuyến');
  await expect(page.getByRole('heading', { level: 1 }).locator('..').getByText('Trả lại')).toBeVisible();
  await expect(page.getByText('Đề nghị bổ sung danh mục dịch vụ công trực tuyến toàn trình đã cung cấp.').first()).toBeVisible();
});

test('a deadline extension on the task page keeps the original date visible', async ({ page }) => {
  await signIn(page, 'noivu@example.vn');
  await openTask(page, '298/KH-UBND', 'Theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai');
  const card = page.getByRole('region', { name: 'Gia hạn thời hạn' });
  const original = (await card.getByTestId('current-due').textContent())!.trim();
  await expect(card.getByTestId('original-due')).toHaveText(original);
  const originalIso = original.split('/').reverse().join('-');

  await card.getByRole('button', { name: 'Gia hạn nhiệm vụ' }).click();
  await card.getByLabel('Thời hạn mới', { exact: true }).fill(ddmmyyyy(plusDays(originalIso, -1)));
  await card.getByRole('button', { name: 'Gia hạn', exact: true }).click();
  await expect(card.getByText('Thời hạn mới phải sau thời hạn hiện tại.')).toBeVisible();
  await expect(card.getByText('Vui lòng nhập số, ký hiệu văn bản chấp thuận.')).toBeVisible();

  const extended = plusDays(todayIso(), 30);
  await card.getByLabel('Thời hạn mới', { exact: true }).fill(ddmmyyyy(extended));
  await card.getByLabel('Số, ký hiệu văn bản chấp thuận').fill('1234/UBND-NC');
  await card.getByLabel('Ngày văn bản').fill(ddmmyyyy(todayIso()));
  await expect(card.getByLabel('Ngày chấp thuận')).toHaveValue(ddmmyyyy(todayIso()));
  await card.getByLabel('Lý do gia hạn').fill('Chờ nâng cấp Cổng Dịch vụ công để tổng hợp số liệu quý IV.');
  await card.getByRole('button', { name: 'Gia hạn', exact: true }).click();

  await expect(card.getByTestId('current-due')).toHaveText(ddmmyyyy(extended));
  await expect(card.getByTestId('original-due')).toHaveText(original);
  const details = page.getByRole('region', { name: 'Thông tin nhiệm vụ' });
  await expect(details.getByText(`Thời hạn ban đầu: ${original}`)).toBeVisible();
  await expect(details.getByText(`${original} → ${ddmmyyyy(extended)}`)).toBeVisible();
  await expect(details.getByText(/1234\/UBND-NC/)).toBeVisible();
});

const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

for (const size of sizes) {
  test(`plan administration pages in Vietnamese and English at ${size.name} width`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    await signIn(page, 'noivu@example.vn');
    const shoot = async (name: string, ready: () => Promise<void>, fullPage = true) => {
      for (const lang of ['vi', 'en'] as const) {
        await page.getByRole('button', { name: lang === 'vi' ? 'Tiếng Việt' : 'English' }).click();
        await ready();
        await page.screenshot({ path: `test-results/screenshots/${name}-${lang}-${size.name}.png`, fullPage });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${name} (${lang}) overflows`).toBeLessThanOrEqual(0);
      }
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    };

    // The draft plan with its admin bar and a selection for a bulk change.
    // (Pages are opened by address: fewer steps, so a reload of the dev
    // server never lands between a click and its page.)
    await page.goto('/plans');
    await page.getByRole('listitem').filter({ hasText: '28/KH-UBND' }).getByRole('link').click();
    await expect(page.getByTestId('plan-ratio')).toBeVisible();
    const planUrl = page.url();
    await shoot('plan-admin', async () => {
      await expect(page.getByRole('region', { name: /Quản lý kế hoạch|Manage the plan/ })).toBeVisible();
    });
    // With a task ticked, the bulk bar stays pinned to the bottom of the screen.
    await page.getByRole('checkbox', { name: 'Chọn nhiệm vụ 1.1' }).check();
    await page.getByRole('checkbox', { name: 'Chọn nhiệm vụ 2.1' }).scrollIntoViewIfNeeded();
    await shoot(
      'plan-bulk',
      async () => {
        await expect(page.getByRole('heading', { name: /Đã chọn 1 nhiệm vụ|Tasks selected: 1/ })).toBeVisible();
      },
      false,
    );

    await page.goto('/plans/new');
    await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
    await shoot('plan-form', async () => {
      await expect(page.getByText(/Vui lòng nhập số, ký hiệu kế hoạch\.|Enter the plan's document number\./)).toBeVisible();
    });

    await page.goto(`${planUrl}/tasks/new`);
    await shoot('task-form', async () => {
      await expect(page.getByRole('group', { name: /Đơn vị phối hợp|Coordinating units/ })).toBeVisible();
    });

    await page.goto(`${planUrl}/import`);
    await page.getByLabel('Chọn tệp .xlsx hoặc .csv').setInputFiles(fixture('ke-hoach-cchc-2027-loi.xlsx'));
    await shoot('import', async () => {
      await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
    });

    await page.goto('/confirmations');
    await shoot('confirmations', async () => {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('button', { name: /Xác nhận hoàn thành|Confirm done/ }).first()).toBeVisible();
    });

    await openTask(page, '298/KH-UBND', 'Theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai');
    await page.getByRole('button', { name: 'Gia hạn nhiệm vụ' }).click();
    await shoot('task-extension', async () => {
      await expect(page.getByRole('region', { name: /Gia hạn thời hạn|Deadline extension/ })).toBeVisible();
    });
  });
}
