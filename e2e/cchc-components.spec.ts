// Home Affairs' editing screens of the CCHC index, in Chromium against the
// embedded backend with the demo data: last year's province index is copied
// to a new draft, whose settings and items are changed one at a time (bad
// values told at the field, a duplicate code refused by the database); the
// set is opened, after which the database refuses item changes through the
// API; the province's component scores (PAR Index, SIPAS) are entered with
// their responsible units, a stale edit is told; the published ranking fits a
// phone (the page never scrolls sideways, the table scrolls in its own box,
// the total stays in view).  Screenshots in vi and en at 1280 and 390 px go
// to test-results/screenshots/.
import { expect, test, type Page } from '@playwright/test';
import { apiAs, signIn } from './helpers';

const slow = expect.configure({ timeout: 45_000 });
const shots = 'test-results/screenshots';
const lastYear = new Date().getFullYear() - 1;
const thisYear = lastYear + 1;

const toEnglish = (page: Page) => page.getByRole('button', { name: 'English' }).click();
const toVietnamese = (page: Page) => page.getByRole('button', { name: 'Tiếng Việt' }).click();

async function noSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
    const clientWidth = document.documentElement.clientWidth;
    // what sticks out, to name it when the check fails
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > clientWidth + 1 && (!el.closest('.table-wrap') || getComputedStyle(el).position === 'absolute'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`);
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth, wide };
  });
  expect(scrollWidth, `the page does not scroll sideways (${wide.join(' | ')})`).toBeLessThanOrEqual(clientWidth);
}

test('Home Affairs edits a draft index item by item, opens it, and enters the province\'s component scores', async ({ page }) => {
  test.setTimeout(600_000);
  await signIn(page, 'noivu@example.vn');
  await page.goto('/chi-so-cchc');
  await page.getByRole('region', { name: 'Bộ chỉ số theo năm' }).getByRole('link', { name: new RegExp(`PAR Index\\) của tỉnh Bình An năm ${lastYear}`) }).click();
  await slow(page.getByRole('region', { name: 'Điểm bị mất theo đơn vị chịu trách nhiệm' })).toBeVisible();

  // ---------------------------------------------------------------- a new draft from last year's index
  const copy = page.getByRole('region', { name: 'Sao chép sang năm mới' });
  await copy.getByLabel('Năm của bộ chỉ số mới').fill(String(thisYear));
  await copy.getByRole('button', { name: 'Sao chép' }).click();
  await slow(page.getByRole('heading', { level: 1, name: new RegExp(`năm ${thisYear}`) })).toBeVisible();
  await slow(page.getByRole('button', { name: 'Sửa mục 1.1.1' })).toBeVisible();

  // settings: bands out of order are told at the field, nothing is sent
  await page.getByRole('button', { name: 'Sửa thông tin bộ chỉ số' }).click();
  const settings = page.getByRole('form', { name: 'Sửa thông tin bộ chỉ số' });
  await settings.getByLabel('Khá từ (điểm)').fill('85');
  await settings.getByLabel('Tên bộ chỉ số').fill('abc');
  await settings.getByRole('button', { name: 'Lưu thông tin' }).click();
  await expect(settings.getByRole('alert').filter({ hasText: 'Các ngưỡng phải giảm dần: Tốt > Khá > Trung bình.' })).toBeVisible();
  await expect(settings.getByRole('alert').filter({ hasText: 'Tên dài từ 5 đến 300 ký tự.' })).toBeVisible();
  await expect(settings.getByLabel('Khá từ (điểm)')).toHaveAttribute('aria-invalid', 'true');
  await settings.getByLabel('Tên bộ chỉ số').fill(`Tự đánh giá Chỉ số CCHC (PAR Index) của tỉnh Bình An năm ${thisYear}`);
  await settings.getByLabel('Khá từ (điểm)').fill('72,5');
  await settings.getByLabel('Số quyết định (không bắt buộc)').fill('2150/QĐ-UBND');
  await settings.getByRole('button', { name: 'Lưu thông tin' }).click();
  await slow(page.getByText('Xếp loại: Tốt từ 80 điểm, Khá từ 72,5, Trung bình từ 50, dưới đó Yếu.')).toBeVisible();
  await expect(page.getByText(/Quyết định 2150\/QĐ-UBND/)).toBeVisible();

  // an item: a maximum out of range is told at the field; then text, evidence and responsible unit change
  await page.getByRole('button', { name: 'Sửa mục 1.1.1' }).click();
  const item = page.getByRole('form', { name: 'Sửa mục 1.1.1' });
  await item.getByLabel('Điểm tối đa').fill('1001');
  await item.getByRole('button', { name: 'Lưu mục' }).click();
  await expect(item.getByRole('alert').filter({ hasText: 'Điểm tối đa từ 0 đến 1.000.' })).toBeVisible();
  await item.getByLabel('Điểm tối đa').fill('1');
  await item.getByLabel('Nội dung').fill('Ban hành kế hoạch CCHC năm đúng thời hạn, đủ nội dung');
  await item.getByLabel('Minh chứng cần có').fill('Kế hoạch CCHC năm của UBND tỉnh ban hành trước ngày 31/12');
  await item.getByLabel('Đơn vị chịu trách nhiệm').selectOption({ label: 'Văn phòng Ủy ban nhân dân tỉnh' });
  await item.getByRole('button', { name: 'Lưu mục' }).click();
  await slow(page.getByText('Ban hành kế hoạch CCHC năm đúng thời hạn, đủ nội dung')).toBeVisible();

  // new items: an area and a bonus criterion; a duplicate code is refused by the database, in Vietnamese
  const add = async (values: { code: string; title: string; max: string; kind?: string }) => {
    await page.getByRole('button', { name: 'Thêm lĩnh vực hoặc tiêu chí' }).click();
    const form = page.getByRole('form', { name: 'Thêm lĩnh vực hoặc tiêu chí' });
    await form.getByLabel('Mã (1, 1.2 hoặc 1.2.3)').fill(values.code);
    await form.getByLabel('Nội dung').fill(values.title);
    await form.getByLabel('Điểm tối đa').fill(values.max);
    if (values.kind) await form.getByLabel('Cách chấm').selectOption({ label: values.kind });
    await form.getByRole('button', { name: 'Lưu mục' }).click();
    return form;
  };
  const dup = await add({ code: '1.2', title: 'Kiểm tra công tác CCHC lần hai', max: '2', kind: 'Tự chấm' });
  await slow(dup.getByRole('alert').filter({ hasText: 'Mã tiêu chí đã có trong bộ chỉ số.' })).toBeVisible();
  await dup.getByRole('button', { name: 'Hủy' }).click();
  await add({ code: '9', title: 'Điểm thưởng', max: '0' });
  await slow(page.getByRole('button', { name: 'Sửa mục 9', exact: true })).toBeVisible();
  await add({ code: '9.1', title: 'Sáng kiến CCHC được công nhận', max: '1', kind: 'Điểm thưởng' });
  await slow(page.getByRole('button', { name: 'Sửa mục 9.1' })).toBeVisible();

  await page.screenshot({ path: `${shots}/cchc-draft-edit-vi-desktop.png`, fullPage: true });
  await page.getByRole('button', { name: 'Sửa mục 1.1.1' }).click();
  await page.getByRole('form', { name: 'Sửa mục 1.1.1' }).scrollIntoViewIfNeeded();
  await page.setViewportSize({ width: 390, height: 844 });
  await noSidewaysScroll(page);
  await page.screenshot({ path: `${shots}/cchc-draft-edit-vi-phone.png`, fullPage: false });
  await toEnglish(page);
  await expect(page.getByRole('form', { name: 'Edit item 1.1.1' })).toBeVisible();
  await noSidewaysScroll(page);
  await page.screenshot({ path: `${shots}/cchc-draft-edit-en-phone.png`, fullPage: false });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('form', { name: 'Edit item 1.1.1' }).getByRole('button', { name: 'Cancel' }).click();
  await page.screenshot({ path: `${shots}/cchc-draft-edit-en-desktop.png`, fullPage: true });
  await toVietnamese(page);

  // removal asks once more, then the item is gone
  await page.getByRole('button', { name: 'Xóa mục 9', exact: true }).click();
  await page.getByRole('button', { name: 'Xóa 9 và các mục con' }).click();
  await slow(page.getByRole('button', { name: 'Sửa mục 9.1' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Sửa mục 9', exact: true })).toBeHidden();

  // opening the set: from then on the database refuses item changes through the API
  await page.getByRole('button', { name: 'Áp dụng bộ chỉ số (mở tự đánh giá)' }).click();
  await slow(page.getByRole('region', { name: /Các đơn vị/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sửa mục 1.1.1' })).toBeHidden();
  const interior = await apiAs('noivu@example.vn');
  const { data: openSet } = await interior.from('cchc_sets').select('id').eq('year', thisYear).eq('target', 'province').single();
  const { data: openItem } = await interior.from('cchc_items').select('id').eq('set_id', openSet!.id).eq('code', '1.1.1').single();
  const locked = await interior.from('cchc_items').update({ max_points: 2 }).eq('id', openItem!.id);
  expect(locked.error?.hint).toBe('cchc_set_locked');
  const lockedSet = await interior.from('cchc_sets').update({ good_min: 81 }).eq('id', openSet!.id);
  expect(lockedSet.error?.hint).toBe('cchc_set_locked');

  // ---------------------------------------------------------------- component scores of the province
  await page.getByRole('region', { name: /Các đơn vị/ }).getByRole('link', { name: 'Ủy ban nhân dân tỉnh Bình An' }).click();
  const card = page.getByRole('region', { name: 'Điểm thành phần (PAR Index, SIPAS, PAPI, PCI)' });
  await slow(card).toBeVisible();
  await expect(card.getByText('Chưa nhập điểm thành phần nào.')).toBeVisible();
  await card.getByRole('button', { name: 'Thêm điểm thành phần' }).click();
  let form = card.getByRole('form', { name: 'Thêm điểm thành phần' });
  await expect(form.getByLabel('Chỉ số')).toHaveValue('par_index');
  await form.getByLabel('Điểm đạt').fill('101');
  await form.getByLabel('Điểm tối đa').fill('100');
  await form.getByLabel('Xếp hạng toàn quốc (1–100, không bắt buộc)').fill('0');
  await form.getByRole('button', { name: 'Lưu điểm' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'Điểm không được vượt điểm tối đa (100).' })).toBeVisible();
  await expect(form.getByRole('alert').filter({ hasText: 'Xếp hạng là số nguyên từ 1 đến 100.' })).toBeVisible();
  await form.getByLabel('Điểm đạt').fill('84,12');
  await form.getByLabel('Xếp hạng toàn quốc (1–100, không bắt buộc)').fill('12');
  await form.getByLabel('Đơn vị chịu trách nhiệm').selectOption({ label: 'Sở Nội vụ' });
  await form.getByLabel('Ghi chú').fill('Kết quả Bộ Nội vụ công bố năm trước');
  await form.getByRole('button', { name: 'Lưu điểm' }).click();
  const parRow = card.getByRole('row', { name: /PAR Index \(Bộ Nội vụ\)/ });
  await slow(parRow).toContainText('84,12 / 100');
  await expect(parRow).toContainText('Sở Nội vụ');

  await card.getByRole('button', { name: 'Thêm điểm thành phần' }).click();
  form = card.getByRole('form', { name: 'Thêm điểm thành phần' });
  await form.getByLabel('Chỉ số').selectOption({ label: 'SIPAS (mức độ hài lòng)' });
  await form.getByLabel('Điểm đạt').fill('82,5');
  await form.getByLabel('Điểm tối đa').fill('100');
  await form.getByLabel('Đơn vị chịu trách nhiệm').selectOption({ label: 'Trung tâm Phục vụ hành chính công tỉnh' });
  await form.getByRole('button', { name: 'Lưu điểm' }).click();
  const sipasRow = card.getByRole('row', { name: /SIPAS/ });
  await slow(sipasRow).toContainText('82,5 / 100');

  // someone else changes SIPAS meanwhile: the next edit on this screen is told, not silently overwritten
  await card.getByRole('button', { name: 'Sửa SIPAS (mức độ hài lòng)' }).click();
  form = card.getByRole('form', { name: 'Sửa SIPAS (mức độ hài lòng)' });
  const { data: sipas } = await interior.from('cchc_component_scores').select('id, version').eq('component', 'sipas').order('updated_at', { ascending: false }).limit(1).single();
  expect((await interior.from('cchc_component_scores').update({ score: 83, version: sipas!.version + 1 }).eq('id', sipas!.id)).error).toBeNull();
  await form.getByLabel('Điểm đạt').fill('84');
  await form.getByRole('button', { name: 'Lưu điểm' }).click();
  await slow(form.getByRole('alert').filter({ hasText: 'Dữ liệu đã được người khác cập nhật' })).toBeVisible();
  await form.getByRole('button', { name: 'Hủy' }).click();
  await slow(sipasRow).toContainText('83 / 100');

  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: `${shots}/cchc-components-vi-desktop.png` });
  await card.getByRole('button', { name: 'Thêm điểm thành phần' }).click();
  await card.getByRole('form', { name: 'Thêm điểm thành phần' }).getByLabel('Điểm đạt').fill('-1');
  await card.getByRole('button', { name: 'Lưu điểm' }).click();
  await expect(card.getByRole('alert').filter({ hasText: 'Điểm không được âm.' })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await noSidewaysScroll(page);
  await card.screenshot({ path: `${shots}/cchc-components-vi-phone.png` });
  await toEnglish(page);
  const cardEn = page.getByRole('region', { name: 'Component scores (PAR Index, SIPAS, PAPI, PCI)' });
  await expect(cardEn.getByRole('alert').filter({ hasText: 'The score cannot be negative.' })).toBeVisible();
  await noSidewaysScroll(page);
  await cardEn.screenshot({ path: `${shots}/cchc-components-en-phone.png` });
  await page.setViewportSize({ width: 1280, height: 800 });
  await cardEn.screenshot({ path: `${shots}/cchc-components-en-desktop.png` });
  await toVietnamese(page);

  // a head of unit neither sees nor writes them before publication
  const head = await apiAs('tuphap@example.vn');
  expect((await head.from('cchc_component_scores').select('id').eq('id', sipas!.id)).data).toEqual([]);
  const forged = await head.from('cchc_component_scores').insert({ assessment_id: (await interior.from('cchc_component_scores').select('assessment_id').eq('id', sipas!.id).single()).data!.assessment_id, component: 'pci', score: 1, max_score: 100 });
  expect(forged.error?.code).toBe('42501');
});

for (const size of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`the published ranking and lost points at ${size.name} width, in both languages`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    await signIn(page, 'committee@example.vn');
    await page.goto('/chi-so-cchc');
    await page.getByRole('region', { name: 'Bộ chỉ số theo năm' }).getByRole('link', { name: new RegExp(`sở, ban, ngành tỉnh Bình An năm ${lastYear}`) }).click();
    const ranking = page.getByRole('region', { name: 'Bảng xếp hạng' });
    await slow(ranking.getByRole('row')).toHaveCount(13);
    for (const lang of ['vi', 'en'] as const) {
      if (lang === 'en') await toEnglish(page);
      const region = page.getByRole('region', { name: lang === 'vi' ? 'Bảng xếp hạng' : 'Ranking' });
      await expect(region.getByRole('columnheader', { name: lang === 'vi' ? 'Tổng điểm' : 'Total' })).toBeVisible();
      await noSidewaysScroll(page);
      // the total column stays inside the screen
      const total = await region.getByRole('columnheader', { name: lang === 'vi' ? 'Tổng điểm' : 'Total' }).boundingBox();
      expect(total!.x + total!.width).toBeLessThanOrEqual(size.width);
      if (size.name === 'phone') {
        // each unit on a line of its own with its scores under it: nothing to scroll sideways, no name wrapped
        const box = await region.locator('.table-wrap').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
        expect(box.scroll).toBeLessThanOrEqual(box.client + 1); // (a pixel of rounding in the grid)
        const link = region.getByRole('link', { name: /Sở Nông nghiệp và Môi trường|Sở Khoa học và Công nghệ/ }).first();
        const { height, line } = await link.evaluate((el) => {
          const text = document.createRange();
          text.selectNodeContents(el);
          return { height: text.getBoundingClientRect().height, line: parseFloat(getComputedStyle(el).lineHeight) };
        });
        expect(height).toBeLessThanOrEqual(line);
      }
      await region.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/cchc-ranking-${lang}-${size.name}.png`, fullPage: size.name === 'desktop' });
    }
    await toVietnamese(page);

    // the province's own index: lost points by responsible unit, components by name
    await page.goto('/chi-so-cchc');
    await page.getByRole('region', { name: 'Bộ chỉ số theo năm' }).getByRole('link', { name: new RegExp(`PAR Index\\) của tỉnh Bình An năm ${lastYear}`) }).click();
    const lost = page.getByRole('region', { name: 'Điểm bị mất theo đơn vị chịu trách nhiệm' });
    await slow(lost.getByRole('row', { name: /PAPI/ })).toContainText('Sở Nội vụ');
    await noSidewaysScroll(page);
    await lost.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/cchc-lost-points-vi-${size.name}.png` });
    await toEnglish(page);
    const lostEn = page.getByRole('region', { name: 'Lost points by responsible unit' });
    await expect(lostEn).toBeVisible();
    await noSidewaysScroll(page);
    await lostEn.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/cchc-lost-points-en-${size.name}.png` });
    await toVietnamese(page);
  });
}
