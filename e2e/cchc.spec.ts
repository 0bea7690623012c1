// The CCHC index, tried as each role would in Chromium, against the embedded
// backend with the demo data: Sở Tư pháp self-scores its sheet (one document
// picked from a task, one score explained instead of evidenced) and submits;
// Home Affairs appraises, asks for an explanation, the unit answers, the
// second appraisal closes it; the communes' set is published (its units'
// appraisals prepared through the API) and shows the ranking with bands; the
// Word and Excel appendices download and open; a write after the deadline is
// refused through the API; the points-at-risk panel names the tasks.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { apiAs, DEMO_PASSWORD, signIn, signOut } from './helpers';

// Score sheets are long and the machine is shared: give each page its time.
const slow = expect.configure({ timeout: 45_000 });

const vnDate = (offsetDays: number) => {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(d);
};
/** As typed in a date field: dd/mm/yyyy. */
const typed = (iso: string) => iso.split('-').reverse().join('/');

async function openOwnAssessment(page: Page) {
  await page.goto('/chi-so-cchc');
  await page.getByRole('region', { name: /Kết quả tự đánh giá của/ }).getByRole('link', { name: /năm 2026/ }).click();
  await slow(page.getByRole('heading', { level: 1, name: /Chấm điểm Chỉ số CCHC năm 2026: Sở Tư pháp/ })).toBeVisible();
}

async function openUnitAsInterior(page: Page, setName: RegExp, unit: string) {
  await page.goto('/chi-so-cchc');
  await page.getByRole('link', { name: setName }).click();
  await page.getByRole('region', { name: /Các đơn vị/ }).getByRole('link', { name: unit }).click();
  await slow(page.getByRole('heading', { level: 1, name: new RegExp(unit) })).toBeVisible();
}

/** Scores one criterion in its form: a value (select or text) and an optional explanation. */
async function selfScore(page: Page, code: string, value: { select?: string; fill?: string }, note?: string) {
  const form = page.getByRole('form', { name: `Tự chấm tiêu chí ${code}` });
  if (value.select) await form.getByLabel(`Điểm tự chấm (${code})`).selectOption({ label: value.select });
  if (value.fill !== undefined) await form.getByLabel(new RegExp(`\\(${code.replace(/\./g, '\\.')}\\)$`)).first().fill(value.fill);
  if (note) await form.getByLabel(`Giải trình (${code})`).fill(note);
  await form.getByRole('button', { name: 'Lưu' }).click();
}

test('a unit self-scores and submits, Home Affairs appraises with an explanation round, results are published and exported', async ({ page }) => {
  test.setTimeout(600_000);

  // ---------------------------------------------------------------- the head of Sở Tư pháp
  await signIn(page, 'tuphap@example.vn', DEMO_PASSWORD, { landing: '/my-unit' });
  // the points-at-risk panel on "Đơn vị của tôi" names the tasks that cost points
  const risk = page.getByRole('region', { name: 'Điểm Chỉ số CCHC có nguy cơ bị mất' });
  await slow(risk).toBeVisible();
  await slow(risk.getByText(/Có thể mất tới .* điểm/)).toBeVisible();
  await slow(risk.getByRole('link', { name: /Theo dõi tình hình thi hành pháp luật/ }).first()).toBeVisible();

  await openOwnAssessment(page);
  // submitting with empty criteria is refused by the database, in Vietnamese
  await page.getByRole('button', { name: 'Gửi kết quả tự đánh giá' }).click();
  await slow(page.getByRole('alert').filter({ hasText: 'Chưa tự chấm điểm các tiêu chí' })).toBeVisible();

  // a computed score is read-only, its tasks one click away
  const computed = page.getByRole('article', { name: /1\.1\.2/ });
  await slow(computed.getByText(/nhiệm vụ đến hạn đã hoàn thành/)).toBeVisible();
  await computed.getByRole('button', { name: 'Xem các nhiệm vụ được tính' }).click();
  await slow(computed.getByRole('table')).toBeVisible();
  await slow(computed.getByLabel('Điểm tự chấm (1.1.2)')).toHaveCount(0);

  // 3.3.2: yes, with a document picked from one of the unit's tasks
  await selfScore(page, '3.3.2', { select: 'Có (2 điểm)' });
  await slow(page.getByTestId('self-3.3.2')).toHaveText('2');
  const item332 = page.getByRole('article', { name: /3\.3\.2/ });
  await item332.getByRole('button', { name: 'Thêm minh chứng (3.3.2)' }).click();
  const evidenceForm = item332.getByRole('form', { name: 'Thêm minh chứng cho tiêu chí 3.3.2' });
  const picker = evidenceForm.getByLabel('Văn bản đã đính kèm nhiệm vụ');
  await slow(picker.locator('option')).not.toHaveCount(1);
  await picker.selectOption({ index: 1 });
  await evidenceForm.getByRole('button', { name: 'Đính kèm' }).click();
  await slow(item332.getByText('Từ nhiệm vụ')).toBeVisible();

  // 3.4: a score without a document, explained
  await selfScore(page, '3.4', { fill: '3' }, 'Báo cáo xử lý phản ánh, kiến nghị quý IV đang hoàn thiện, chưa ban hành.');
  await slow(page.getByTestId('self-3.4')).toHaveText('3');

  // 4.1: an issued document
  await selfScore(page, '4.1', { select: 'Có (5 điểm)' });
  await slow(page.getByTestId('self-4.1')).toHaveText('5');
  const item41 = page.getByRole('article', { name: /^4\.1 / });
  await item41.getByRole('button', { name: 'Thêm minh chứng (4.1)' }).click();
  const docForm = item41.getByRole('form', { name: 'Thêm minh chứng cho tiêu chí 4.1' });
  await docForm.getByText('Văn bản ban hành').click();
  await docForm.getByLabel('Số, ký hiệu văn bản').fill('sai số');
  await docForm.getByRole('button', { name: 'Đính kèm' }).click();
  await slow(docForm.getByText('Số, ký hiệu có dạng 123/QĐ-UBND.')).toBeVisible();
  await docForm.getByLabel('Số, ký hiệu văn bản').fill('58/QĐ-STP');
  await docForm.getByLabel('Ngày ban hành').fill(typed(vnDate(-30)));
  await docForm.getByLabel('Cơ quan ban hành').fill('Sở Tư pháp');
  await docForm.getByLabel('Trích yếu').fill('Quyết định quy định chức năng, nhiệm vụ các phòng');
  await docForm.getByRole('button', { name: 'Đính kèm' }).click();
  await slow(item41.getByRole('region', { name: 'Minh chứng tiêu chí 4.1' }).getByRole('listitem').filter({ hasText: '58/QĐ-STP' })).toBeVisible();

  // the rest: nothing earned (no evidence needed for zero)
  for (const code of ['5.1']) await selfScore(page, code, { select: 'Không (0 điểm)' });
  for (const code of ['4.2', '7.1']) await selfScore(page, code, { select: '0' });
  for (const code of ['5.2', '5.3', '6.1', '7.2', '7.3', '9.1', '9.2']) await selfScore(page, code, { fill: '0' });
  await selfScore(page, '6.2', { fill: '60' });
  await slow(page.getByTestId('self-9.2')).toHaveText('0');
  await slow(page.getByTestId('empty-count')).toHaveText('0');

  await page.getByRole('button', { name: 'Gửi kết quả tự đánh giá' }).click();
  await slow(page.getByText('Đã gửi', { exact: true }).first()).toBeVisible();
  await slow(page.getByRole('button', { name: 'Gửi kết quả tự đánh giá' })).toHaveCount(0);
  await signOut(page);

  // ---------------------------------------------------------------- Home Affairs appraises
  await signIn(page, 'noivu@example.vn');
  await openUnitAsInterior(page, /sở, ban, ngành tỉnh Bình An năm 2026/, 'Sở Tư pháp');
  await page.getByRole('button', { name: 'Bắt đầu thẩm định' }).click();
  await slow(page.getByText('Đang thẩm định', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Chấp nhận các điểm tự chấm còn lại' }).click();
  await slow(page.getByTestId('appraised-3.3.2')).toHaveText('2');
  // 3.4: lowered, with a reason; a different score without one is refused
  const appraise34 = page.getByRole('form', { name: 'Thẩm định tiêu chí 3.4' });
  await appraise34.getByLabel('Điểm thẩm định (3.4)').fill('1');
  await appraise34.getByRole('button', { name: 'Lưu điểm thẩm định' }).click();
  await slow(appraise34.getByText('Điểm thẩm định khác điểm tự chấm: cần ghi lý do.')).toBeVisible();
  await appraise34.getByLabel('Lý do (3.4)').fill('Chưa có báo cáo xử lý phản ánh, kiến nghị của quý IV.');
  await appraise34.getByRole('button', { name: 'Lưu điểm thẩm định' }).click();
  await slow(page.getByTestId('appraised-3.4')).toHaveText('1');
  // ask for an explanation on 3.4
  const item34 = page.getByRole('article', { name: /^3\.4 / });
  await item34.getByRole('button', { name: 'Yêu cầu giải trình (3.4)' }).click();
  await item34.getByLabel('Nội dung cần giải trình (3.4)').fill('Đề nghị cung cấp số liệu phản ánh, kiến nghị đã xử lý trong năm.');
  await item34.getByRole('button', { name: 'Gửi yêu cầu' }).click();
  await slow(page.getByText('Yêu cầu giải trình', { exact: true }).first()).toBeVisible();
  await slow(item34.getByText('Đang chờ đơn vị trả lời.')).toBeVisible();
  // the history: who, when, old and new
  await item34.getByText(/^Lịch sử/).click();
  const history = item34.locator('details');
  await slow(history.getByText(/^Điểm thẩm định: 3 → 1$/)).toBeVisible();
  await slow(history.getByText(/Nguyễn Thị Lan/).first()).toBeVisible();
  await signOut(page);

  // ---------------------------------------------------------------- the unit answers
  await signIn(page, 'tuphap@example.vn', DEMO_PASSWORD, { landing: '/chi-so-cchc' });
  await openOwnAssessment(page);
  await slow(page.getByText(/Sở Nội vụ yêu cầu giải trình: 1 yêu cầu/)).toBeVisible();
  const answer = page.getByRole('article', { name: /^3\.4 / });
  await answer.getByLabel('Nội dung giải trình').fill('Trong năm đã tiếp nhận 12 phản ánh, xử lý xong 12; báo cáo số 301/BC-STP sẽ ban hành trong tháng 12.');
  await answer.getByRole('button', { name: 'Gửi giải trình' }).click();
  await slow(answer.getByText(/Trong năm đã tiếp nhận 12 phản ánh/)).toBeVisible();
  await signOut(page);

  // ---------------------------------------------------------------- second appraisal
  await signIn(page, 'noivu@example.vn');
  await openUnitAsInterior(page, /sở, ban, ngành tỉnh Bình An năm 2026/, 'Sở Tư pháp');
  const again = page.getByRole('form', { name: 'Thẩm định tiêu chí 3.4' });
  await again.getByLabel('Điểm thẩm định (3.4)').fill('2,5');
  await again.getByLabel('Lý do (3.4)').fill('Đã giải trình đầy đủ số liệu; trừ 0,5 điểm vì báo cáo chưa ban hành.');
  await again.getByRole('button', { name: 'Lưu điểm thẩm định' }).click();
  await slow(page.getByTestId('appraised-3.4')).toHaveText('2,5');
  await page.getByRole('button', { name: 'Kết thúc thẩm định lại' }).click();
  await slow(page.getByText('Đã thẩm định lại', { exact: true }).first()).toBeVisible();

  // ---------------------------------------------------------------- publication of the communes' set
  const interior = await apiAs('noivu@example.vn');
  const { data: communes } = await interior.from('cchc_sets').select('id').eq('target', 'communes').eq('status', 'open').single();
  const { data: listed } = await interior.from('cchc_assessments').select('id, version').eq('set_id', communes!.id);
  expect(listed!.length).toBe(6);
  // The criteria computed from the plan differ by commune and move with the
  // day (tasks falling due): the full shares go to the communes with the most
  // computed points, so the top of the ranking reaches "Tốt" whichever ids the
  // seed drew (ordered by id, two communes at 89 and 87 could take them).
  const computedPoints = async (id: string) => {
    const { data: sheet, error } = await interior.rpc('cchc_scoresheet', { p_assessment_id: id });
    expect(error).toBeNull();
    return (sheet as Array<{ kind: string | null; source: string | null; final_score: number | null }>)
      .filter((r) => r.kind && r.source)
      .reduce((sum, r) => sum + (r.kind === 'penalty' ? -1 : 1) * Number(r.final_score ?? 0), 0);
  };
  const withComputed = await Promise.all(listed!.map(async (a) => ({ ...a, computed: await computedPoints(a.id) })));
  const assessments = withComputed.sort((a, b) => b.computed - a.computed);
  const shares = [1, 1, 0.8, 0.8, 0.5, 0.5];
  for (const [i, a] of assessments.entries()) {
    const moved = await interior.from('cchc_assessments').update({ self_from: vnDate(-3), self_to: vnDate(-1), version: a.version + 1 }).eq('id', a.id).select('id');
    expect(moved.error).toBeNull();
    expect((await interior.rpc('cchc_start_appraisal', { p_assessment_id: a.id })).error).toBeNull();
    const { data: scores } = await interior
      .from('cchc_scores')
      .select('id, version, item:cchc_items(kind, source, max_points, allowed_values)')
      .eq('assessment_id', a.id);
    for (const s of scores as unknown as Array<{ id: string; version: number; item: { kind: string; source: string | null; max_points: number; allowed_values: number[] | null } }>) {
      if (s.item.source) continue;
      const max = Number(s.item.max_points);
      const f = shares[i]!;
      const value =
        s.item.kind === 'penalty' || s.item.kind === 'bonus' ? 0
        : s.item.kind === 'yes_no' ? (f >= 0.8 ? max : 0)
        : s.item.kind === 'choice' ? Math.max(...s.item.allowed_values!.map(Number).filter((v) => v <= f * max))
        : Math.round(f * max * 100) / 100;
      const { error } = await interior
        .from('cchc_scores')
        .update({ appraised_score: value, appraisal_note: 'Đơn vị không nộp kết quả tự đánh giá; thẩm định theo hồ sơ.', version: s.version + 1 })
        .eq('id', s.id);
      expect(error).toBeNull();
    }
  }
  await page.goto('/chi-so-cchc');
  await page.getByRole('link', { name: /UBND xã, phường tỉnh Bình An năm 2026/ }).click();
  await page.getByRole('button', { name: 'Công bố kết quả' }).click();
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  const ranking = page.getByRole('region', { name: 'Bảng xếp hạng' });
  await slow(ranking).toBeVisible();
  await slow(ranking.getByRole('row')).toHaveCount(7);
  await slow(ranking.getByText('Tốt').first()).toBeVisible();
  await slow(ranking.getByText('Yếu').first()).toBeVisible();
  await slow(page.getByText(/Đã công bố/).first()).toBeVisible();

  // the Word and Excel appendices download and open
  const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải Word' }).click()]);
  expect(word.suggestedFilename()).toMatch(/\.docx$/);
  const wordPath = await word.path();
  const documentXml = await (await JSZip.loadAsync(readFileSync(wordPath))).file('word/document.xml')!.async('string');
  expect(documentXml).toContain('PHỤ LỤC');
  expect(documentXml).toContain('Ủy ban nhân dân phường Bình An');
  expect(documentXml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  const [excel] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải Excel' }).click()]);
  expect(excel.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await excel.path());
  const sheet = workbook.getWorksheet('Xếp hạng')!;
  expect(sheet.getRow(4).getCell(8).value).toBe('Xếp loại');
  const bands = [5, 6, 7, 8, 9, 10].map((r) => String(sheet.getRow(r).getCell(8).value));
  expect(bands).toContain('Tốt');

  // ---------------------------------------------------------------- a write after the deadline, through the API
  const admin = await apiAs('admin@example.vn');
  const { data: skhcn } = await admin.from('units').select('id').eq('code', 'SKHCN').single();
  // tttt@example.vn heads SKHCN for this step only; the other browser tests share this database and expect the demo's unit.
  const { data: tttt } = await admin.from('profiles').select('id, role, unit_id').eq('email', 'tttt@example.vn').single();
  expect((await admin.from('profiles').update({ role: 'dept_head', unit_id: skhcn!.id }).eq('id', tttt!.id).select('id')).error).toBeNull();
  try {
    const { data: departments } = await interior.from('cchc_sets').select('id').eq('target', 'departments').eq('status', 'open').single();
    const { data: late } = await interior.from('cchc_assessments').select('id, version').eq('set_id', departments!.id).eq('unit_id', skhcn!.id).single();
    // Home Affairs closes that unit's window on its page
    await openUnitAsInterior(page, /sở, ban, ngành tỉnh Bình An năm 2026/, 'Sở Khoa học và Công nghệ');
    await page.getByRole('button', { name: 'Đổi thời hạn tự đánh giá' }).click();
    const windowForm = page.getByRole('form', { name: 'Đổi thời hạn tự đánh giá' });
    await windowForm.getByLabel('Từ ngày').fill(typed(vnDate(-5)));
    await windowForm.getByLabel(/Đến ngày/).fill(typed(vnDate(-1)));
    await windowForm.getByRole('button', { name: 'Lưu thời hạn' }).click();
    const [y, m, d] = vnDate(-1).split('-');
    await slow(page.getByText(`đến ${d}/${m}/${y}`).first()).toBeVisible();
    const head = await apiAs('tttt@example.vn');
    const { data: row } = await head.from('cchc_scores').select('id, version').eq('assessment_id', late!.id).limit(1).single();
    const refused = await head.from('cchc_scores').update({ self_score: 1, version: row!.version + 1 }).eq('id', row!.id).select('id');
    expect(refused.error?.hint).toBe('cchc_window_closed');
    expect(refused.error?.message).toContain('Đã hết thời hạn tự đánh giá');
  } finally {
    await admin.from('profiles').update({ role: tttt!.role, unit_id: tttt!.unit_id }).eq('id', tttt!.id);
  }
});

test('Home Affairs copies a set to next year and imports criteria from Excel, all or nothing', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'noivu@example.vn');
  await page.goto('/chi-so-cchc');
  await page.getByRole('region', { name: 'Bộ chỉ số theo năm' }).getByRole('link', { name: /UBND xã, phường tỉnh Bình An năm 2025/ }).click();
  const copy = page.getByRole('region', { name: 'Sao chép sang năm mới' });
  await copy.getByLabel('Năm của bộ chỉ số mới').fill('2026');
  await copy.getByRole('button', { name: 'Sao chép' }).click();
  await slow(copy.getByRole('alert')).toContainText('Đã có bộ chỉ số năm 2026');
  await copy.getByLabel('Năm của bộ chỉ số mới').fill('2027');
  await copy.getByRole('button', { name: 'Sao chép' }).click();
  await slow(page.getByRole('heading', { level: 1, name: /năm 2027/ })).toBeVisible();
  await slow(page.getByRole('heading', { name: /Các tiêu chí \(\d+\)/ })).toBeVisible();
  const before = await page.getByRole('heading', { name: /Các tiêu chí/ }).textContent();

  const importer = page.getByRole('region', { name: 'Nhập bộ chỉ số từ Excel' });
  const [template] = await Promise.all([page.waitForEvent('download'), importer.getByRole('button', { name: 'Tải tệp mẫu' }).click()]);
  expect(template.suggestedFilename()).toBe('mau-bo-chi-so-cchc.xlsx');

  const file = async (rows: string[][]) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Bộ chỉ số');
    sheet.addRow(['Mã', 'Nội dung', 'Điểm tối đa', 'Cách chấm', 'Các mức điểm']);
    for (const row of rows) sheet.addRow(row);
    return { name: 'bo-chi-so.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };
  };
  const rows = [
    ['10', 'Điểm thưởng về sáng kiến cải cách hành chính', '2', '', ''],
    ['10.1', 'Có mô hình, sáng kiến CCHC được công nhận', '2', 'Chọn mức', '0; 1; 2'],
    ['10.2', 'Tiêu chí có cách chấm sai', '1', 'không rõ', ''],
    ['1.1', 'Trùng mã đã có trong bộ chỉ số', '2', 'Có/Không', ''],
  ];
  await importer.getByLabel('Tệp Excel (.xlsx)').setInputFiles(await file(rows));
  await slow(importer.getByText('Xem trước 4 dòng.')).toBeVisible();
  await importer.getByRole('button', { name: 'Nhập 4 dòng' }).click();
  const refusal = importer.getByRole('alert');
  await slow(refusal).toContainText('Tệp có 2 dòng lỗi, chưa nhập tiêu chí nào');
  await slow(refusal).toContainText('Dòng 4: cách chấm "không rõ" không xác định');
  await slow(refusal).toContainText('Dòng 5: mã 1.1 đã có trong bộ chỉ số');
  await page.reload();
  await slow(page.getByRole('heading', { name: /Các tiêu chí/ })).toHaveText(before!);

  await page.getByRole('region', { name: 'Nhập bộ chỉ số từ Excel' }).getByLabel('Tệp Excel (.xlsx)').setInputFiles(await file(rows.slice(0, 2)));
  await page.getByRole('button', { name: 'Nhập 2 dòng' }).click();
  await slow(page.getByText('Đã nhập 2 mục.')).toBeVisible();
  await slow(page.getByRole('region', { name: /Các tiêu chí/ }).getByText('Có mô hình, sáng kiến CCHC được công nhận')).toBeVisible();
});
