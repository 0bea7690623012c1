// Periodic reports end to end: Home Affairs compiles the 9-month report of the
// 2024 plan, edits its text, submits it and downloads the Word report and the
// Excel appendix; the steering committee opens the submitted report.  Then the
// pages are captured in both languages at desktop and phone widths.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { signIn, switchLanguage } from './helpers';

const SHORTCOMING = 'Một số đơn vị chậm cập nhật minh chứng lên hệ thống (bổ sung khi kiểm tra).';

async function noHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function openQ3Report(page: Page) {
  await page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Báo cáo' }).click();
  await expect(page.getByRole('heading', { name: 'Báo cáo định kỳ', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: '9 tháng năm 2024' }).click();
  await expect(page.getByRole('heading', { name: 'Báo cáo 9 tháng năm 2024', level: 1 })).toBeVisible();
}

test.describe.serial('periodic reports', () => {
  test('Home Affairs compiles, edits and submits the 9-month 2024 report, then downloads it', async ({ page }) => {
    test.setTimeout(150_000); // two reports: the 2024 one end to end, then a 2025 draft's comparison
    await signIn(page, 'noivu@example.vn');
    await page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Báo cáo' }).click();
    await expect(page.getByText('Chưa có báo cáo nào.')).toBeVisible();
    await page.getByRole('link', { name: 'Lập báo cáo', exact: true }).click();

    await expect(page.getByRole('heading', { name: 'Lập báo cáo định kỳ' })).toBeVisible();
    await page.getByLabel('Năm', { exact: true }).selectOption('2024');
    await page.getByLabel('Kế hoạch', { exact: true }).selectOption({ label: '315/KH-UBND — Kế hoạch cải cách hành chính tỉnh Bình An năm 2024' });
    await page.getByRole('radio', { name: /^9 tháng/ }).check();
    await expect(page.getByTestId('cutoffs')).toHaveText('Từ ngày 15/12/2023 đến ngày 14/09/2024');
    await expect(page.getByText('20/09/2024')).toBeVisible();
    await page.getByRole('button', { name: 'Lập dự thảo báo cáo' }).click();

    await expect(page.getByRole('heading', { name: 'Báo cáo 9 tháng năm 2024', level: 1 })).toBeVisible();
    await expect(page.getByText('Dự thảo', { exact: true })).toBeVisible();
    await expect(page.getByTestId('report-headline')).toHaveText('Đã hoàn thành 11/37 nhiệm vụ (29,73%)');
    // compared with the 6-month figures and with last year's plan at the same cut-off
    const compare = page.getByRole('table', { name: 'So sánh với các kỳ trước' });
    await expect(compare.getByRole('row', { name: /Kỳ trước: 6 tháng đầu năm 2024/ })).toContainText('5/37');
    // the demo province has no 2023 plan (250/KH-UBND is the 2022 plan): nothing to compare with
    await expect(compare.getByRole('row', { name: /Cùng kỳ năm trước/ })).toContainText('Không có số liệu để so sánh.');

    // the narrative comes prefilled from the figures; Home Affairs completes it
    await expect(page.getByLabel('Đánh giá chung')).toHaveValue(/giao 37 nhiệm vụ cho 17 cơ quan, đơn vị chủ trì.*đã hoàn thành 11\/37 nhiệm vụ \(29,73%\)/);
    await page.getByLabel('Số, ký hiệu').fill('312/BC-UBND');
    await page.getByLabel('Họ tên người ký').fill('Nguyễn Văn An');
    const shortcomings = page.getByLabel('Tồn tại, hạn chế và nguyên nhân');
    await shortcomings.fill(`${await shortcomings.inputValue()}\n${SHORTCOMING}`);
    await expect(page.getByRole('button', { name: 'Gửi báo cáo' })).toBeDisabled();
    await page.getByRole('button', { name: 'Lưu nội dung' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã lưu.' })).toBeVisible();

    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gửi báo cáo 9 tháng năm 2024?' });
    await expect(dialog).toContainText('Số liệu sẽ được chốt tại ngày 14/09/2024');
    await dialog.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Đã gửi', { exact: true })).toBeVisible();
    await expect(page.getByText(/Số liệu đã chốt tại ngày 14\/09\/2024 khi gửi báo cáo/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lưu nội dung' })).toHaveCount(0);
    await expect(page.getByText(SHORTCOMING)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lập phiên bản thay thế' })).toBeVisible();

    // the Word report
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải báo cáo (Word)' }).click()]);
    expect(docx.suggestedFilename()).toBe('bao-cao-cchc-9-thang-2024.docx');
    const zip = await JSZip.loadAsync(readFileSync((await docx.path())!));
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const text of ['Số: 312/BC-UBND', 'Bình An, ngày 20 tháng 9 năm 2024', 'Kết quả thực hiện công tác cải cách hành chính 9 tháng năm 2024', SHORTCOMING, 'Nguyễn Văn An']) {
      expect(xml, text).toContain(text);
    }
    expect(xml).toContain('đã hoàn thành 11/37 nhiệm vụ (29,73%)');

    // the Excel appendix
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải phụ lục (Excel)' }).click()]);
    expect(xlsx.suggestedFilename()).toBe('phu-luc-nhiem-vu-9-thang-2024.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await xlsx.path())!);
    const sheet = workbook.getWorksheet('Phụ lục nhiệm vụ')!;
    expect(sheet.getCell('C5').value).toBe('Nhiệm vụ');
    expect(sheet.getCell('A6').value).toBe('1.1');
    expect(sheet.rowCount).toBe(45);

    // the print view
    await page.getByRole('link', { name: 'Bản in' }).click();
    await expect(page.getByRole('heading', { name: 'BÁO CÁO', exact: true })).toBeVisible();
    await expect(page.getByText('Số: 312/BC-UBND')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'In / Lưu PDF' })).toBeHidden();
    await page.screenshot({ path: 'test-results/screenshots/report-print-vi-media-print.png', fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // the 2025 plan's 9-month report compares with the 2024 plan at the same cut-off
    await page.goto('/reports/new');
    await page.getByLabel('Năm', { exact: true }).selectOption('2025');
    await page.getByLabel('Kế hoạch', { exact: true }).selectOption({ label: '186/KH-UBND — Kế hoạch cải cách hành chính tỉnh Bình An năm 2025' });
    await page.getByRole('radio', { name: /^9 tháng/ }).check();
    await page.getByRole('button', { name: 'Lập dự thảo báo cáo' }).click();
    await expect(page.getByRole('heading', { name: 'Báo cáo 9 tháng năm 2025', level: 1 })).toBeVisible();
    const compare2025 = page.getByRole('table', { name: 'So sánh với các kỳ trước' });
    await expect(compare2025.getByRole('row', { name: /Kỳ trước: 6 tháng đầu năm 2025/ })).toContainText('186/KH-UBND');
    await expect(compare2025.getByRole('row', { name: /Cùng kỳ năm trước: 9 tháng năm 2024/ })).toContainText('315/KH-UBND');
    await expect(compare2025.getByRole('row', { name: /Cùng kỳ năm trước: 9 tháng năm 2024/ })).toContainText('11/37');
  });

  test('the steering committee opens the submitted report and cannot change it', async ({ page }) => {
    await signIn(page, 'committee@example.vn');
    await openQ3Report(page);
    await expect(page.getByText('Đã gửi', { exact: true })).toBeVisible();
    await expect(page.getByTestId('report-headline')).toHaveText('Đã hoàn thành 11/37 nhiệm vụ (29,73%)');
    await expect(page.getByText(SHORTCOMING)).toBeVisible();
    await expect(page.getByText('312/BC-UBND').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Gửi báo cáo' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Lập phiên bản thay thế' })).toHaveCount(0);
    await expect(page.getByRole('textbox')).toHaveCount(0);
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải báo cáo (Word)' }).click()]);
    expect(docx.suggestedFilename()).toBe('bao-cao-cchc-9-thang-2024.docx');
    await page.getByText('Danh mục nhiệm vụ (40)').click();
    await expect(page.getByRole('cell', { name: /^Ban hành Kế hoạch rà soát, hệ thống hóa văn bản/ })).toBeVisible();
    await page.goto('/reports/new');
    await expect(page.getByText('Chỉ Sở Nội vụ được lập báo cáo định kỳ.')).toBeVisible();
  });

  for (const size of [
    { name: 'desktop', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    test(`report pages in both languages at ${size.name} width`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: size.width, height: size.height });
      await signIn(page, 'noivu@example.vn');
      // a draft to look at: the 6-month report, created once
      await page.goto('/reports');
      await expect(page.getByRole('link', { name: '9 tháng năm 2024' })).toBeVisible();
      if ((await page.getByRole('link', { name: '6 tháng đầu năm 2024' }).count()) === 0) {
        await page.goto('/reports/new');
        await page.getByLabel('Năm', { exact: true }).selectOption('2024');
        await page.getByRole('radio', { name: /^6 tháng/ }).check();
        await page.getByRole('button', { name: 'Lập dự thảo báo cáo' }).click();
        await expect(page.getByRole('heading', { name: 'Báo cáo 6 tháng đầu năm 2024', level: 1 })).toBeVisible();
      }
      for (const lang of ['vi', 'en'] as const) {
        const vi = lang === 'vi';
        if (!vi) await switchLanguage(page, 'en');
        await page.goto('/reports');
        await expect(page.getByRole('heading', { level: 1, name: vi ? 'Báo cáo định kỳ' : 'Periodic reports' })).toBeVisible();
        await expect(page.getByRole('table')).toBeVisible();
        await noHorizontalOverflow(page);
        await page.screenshot({ path: `test-results/screenshots/reports-${lang}-${size.name}.png`, fullPage: true });

        await page.getByRole('link', { name: vi ? '9 tháng năm 2024' : 'The first 9 months of 2024' }).click();
        await expect(page.getByTestId('report-headline')).toBeVisible();
        await noHorizontalOverflow(page);
        await page.screenshot({ path: `test-results/screenshots/report-${lang}-${size.name}.png`, fullPage: true });

        await page.getByRole('link', { name: vi ? 'Bản in' : 'Print view' }).click();
        await expect(page.getByRole('heading', { name: 'BÁO CÁO', exact: true })).toBeVisible();
        await noHorizontalOverflow(page);
        await page.screenshot({ path: `test-results/screenshots/report-print-${lang}-${size.name}.png`, fullPage: true });

        await page.goto('/reports');
        await page.getByRole('link', { name: vi ? '6 tháng đầu năm 2024' : 'The first half of 2024' }).click();
        await expect(page.getByRole('button', { name: vi ? 'Lưu nội dung' : 'Save text' })).toBeVisible();
        await noHorizontalOverflow(page);
        await page.screenshot({ path: `test-results/screenshots/report-draft-${lang}-${size.name}.png`, fullPage: true });

        // the printed draft keeps its mark, inside the printed area
        if (vi) {
          await page.getByRole('link', { name: 'Bản in' }).click();
          await page.emulateMedia({ media: 'print' });
          const mark = page.locator('.doc-draft-mark');
          await expect(mark).toHaveText('DỰ THẢO');
          await expect(mark).toBeVisible();
          const box = (await mark.boundingBox())!;
          const paper = (await page.locator('.report-paper').boundingBox())!;
          expect(box.y).toBeGreaterThanOrEqual(paper.y);
          expect(box.x + box.width).toBeLessThanOrEqual(paper.x + paper.width + 1);
          await page.screenshot({ path: `test-results/screenshots/report-draft-print-${size.name}.png`, fullPage: true });
          await page.emulateMedia({ media: 'screen' });
        }

        await page.goto('/reports/new');
        await page.getByLabel(vi ? 'Năm' : 'Year', { exact: true }).selectOption('2024');
        await page.getByRole('radio').first().check();
        await expect(page.getByTestId('cutoffs')).toBeVisible();
        await noHorizontalOverflow(page);
        await page.screenshot({ path: `test-results/screenshots/report-new-${lang}-${size.name}.png`, fullPage: true });
      }
    });
  }
});
