// The Word report and the Excel appendix of a submitted 9-month report on the
// seeded 2024 plan (315/KH-UBND), built from its snapshot and opened again.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend, type Client } from '../../../../supabase/tests/harness';
import { buildReportDocx } from './docx';
import { APPENDIX_HEADERS, buildReportXlsx, safeText } from './xlsx';
import { formulaCells } from '../../../lib/spreadsheet-check';
import { exportFileName, placeDateLineVi, type ReportData, type ReportDocFields, type ReportDocumentInput } from '../../../lib/report-model';

let b: Backend;
let interior: Client;
let submitted: ReportDocumentInput;
let draft: ReportDocumentInput;
const out = path.resolve(__dirname, '../../../../test-results/reports');

async function load(c: Client, id: string): Promise<ReportDocumentInput> {
  const { data: report, error } = await c.from('reports').select('*').eq('id', id).single();
  expect(error).toBeNull();
  const { data } = await c.rpc('report_data', { p_report_id: id });
  return { report: report as ReportDocFields, data: data as unknown as ReportData };
}

beforeAll(async () => {
  b = await startBackend({ seed: true });
  interior = await b.signIn('noivu@example.vn');
  const { data: plan } = await interior.from('plans').select('id').eq('doc_number', '315/KH-UBND').single();
  const { data: q3 } = await interior.from('reports').insert({ plan_id: plan!.id, period: 'q3', year: 2024 }).select('id').single();
  await interior
    .from('reports')
    .update({ doc_number: '312/BC-UBND', signer_name: 'Nguyễn Văn An', overview: 'Công tác cải cách hành chính được chỉ đạo quyết liệt.\nCác cơ quan, đơn vị đã bám sát kế hoạch.' })
    .eq('id', q3!.id);
  const { error } = await interior.rpc('submit_report', { p_report_id: q3!.id });
  expect(error).toBeNull();
  submitted = await load(interior, q3!.id);
  const { data: h1 } = await interior.from('reports').insert({ plan_id: plan!.id, period: 'h1', year: 2024 }).select('id').single();
  draft = await load(interior, h1!.id);
  mkdirSync(out, { recursive: true });
});
afterAll(async () => b?.close());

/** The text runs of word/document.xml, in order. */
async function docxTexts(buffer: ArrayBuffer): Promise<{ xml: string; texts: string[] }> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')!.async('string');
  const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) =>
    m[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"),
  );
  return { xml, texts };
}

describe('Word report of the submitted 9-month 2024 report', () => {
  let xml: string;
  let texts: string[];

  beforeAll(async () => {
    const buffer = await buildReportDocx(submitted);
    writeFileSync(path.join(out, exportFileName('docx', submitted.report)), Buffer.from(buffer));
    ({ xml, texts } = await docxTexts(buffer));
  });

  it('is named after its period and year', () => {
    expect(exportFileName('docx', submitted.report)).toBe('bao-cao-cchc-9-thang-2024.docx');
    expect(exportFileName('xlsx', { ...submitted.report, version: 2 })).toBe('phu-luc-nhiem-vu-9-thang-2024-v2.xlsx');
  });

  it('has the header of an administrative document', () => {
    for (const line of [
      'ỦY BAN NHÂN DÂN', 'TỈNH BÌNH AN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'Số: 312/BC-UBND', 'Bình An, ngày 20 tháng 9 năm 2024', 'BÁO CÁO',
      'Kết quả thực hiện công tác cải cách hành chính 9 tháng năm 2024',
    ]) {
      expect(texts, line).toContain(line);
    }
    // the issuing body and the motto come first, side by side, in a table without borders
    expect(texts.indexOf('ỦY BAN NHÂN DÂN')).toBeLessThan(texts.indexOf('BÁO CÁO'));
    expect(xml.indexOf('<w:tbl>')).toBeLessThan(xml.indexOf('ỦY BAN NHÂN DÂN'));
  });

  it('is A4 with the decree\'s margins, in Times New Roman', () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(xml)![1]!;
    const attr = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)![1]) / 56.7;
    expect(attr('top')).toBeGreaterThanOrEqual(20);
    expect(attr('top')).toBeLessThanOrEqual(25);
    expect(attr('bottom')).toBeGreaterThanOrEqual(20);
    expect(attr('bottom')).toBeLessThanOrEqual(25);
    expect(attr('left')).toBeGreaterThanOrEqual(30);
    expect(attr('left')).toBeLessThanOrEqual(35);
    expect(attr('right')).toBeGreaterThanOrEqual(15);
    expect(attr('right')).toBeLessThanOrEqual(20);
    expect(xml).toContain('w:ascii="Times New Roman"');
    // body text at 14 pt (28 half-points), none smaller than 11 pt
    expect(xml).toContain('<w:sz w:val="28"/>');
    const sizes = [...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes.filter((s) => s > 4))).toBeGreaterThanOrEqual(22);
  });

  it('states the headline and the figures per area as of 14/09/2024', () => {
    expect(texts.some((t) => t.includes('Tính đến ngày 14/09/2024, đã hoàn thành 11/37 nhiệm vụ (29,73%)'))).toBe(true);
    expect(texts).toContain('Bảng 1. Kết quả thực hiện nhiệm vụ theo lĩnh vực (đến ngày 14/09/2024)');
    const row = (label: string) => texts.slice(texts.indexOf(label) + 1, texts.indexOf(label) + 7);
    // total, on time, late, not yet due, overdue, rate
    expect(row('Cải cách thể chế')).toEqual(['6', '2', '1', '2', '1', '50%']);
    expect(row('Cải cách thủ tục hành chính')).toEqual(['7', '2', '0', '5', '0', '28,57%']);
    expect(row('Tổng cộng')).toEqual(['37', '9', '2', '25', '1', '29,73%']);
  });

  it('has the sections, the narrative, and the comparisons', () => {
    for (const h of ['I. TÌNH HÌNH THỰC HIỆN KẾ HOẠCH', 'II. KẾT QUẢ THỰC HIỆN THEO TỪNG LĨNH VỰC', '1. Cải cách thể chế',
      '6. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', 'III. TỒN TẠI, HẠN CHẾ', 'IV. ĐỀ XUẤT, KIẾN NGHỊ']) {
      expect(texts, h).toContain(h);
    }
    expect(texts).toContain('Công tác cải cách hành chính được chỉ đạo quyết liệt.');
    expect(texts).toContain('Các cơ quan, đơn vị đã bám sát kế hoạch.');
    const comparison = texts.find((t) => t.startsWith('Tỷ lệ hoàn thành hiện đạt'))!;
    expect(comparison).toContain('so với 6 tháng đầu năm 2024 (đến ngày 14/06/2024, Kế hoạch số 315/KH-UBND: đã hoàn thành 5/37 nhiệm vụ (13,51%)');
    // The demo province has no 2023 plan (250/KH-UBND is its 2022 plan): no same-period comparison.
    expect(comparison).not.toContain('cùng kỳ năm 2023');
  });

  it('ends with the recipients and the signature block', () => {
    expect(texts).toContain('Nơi nhận:');
    expect(texts).toContain('- Bộ Nội vụ;');
    expect(texts).toContain('- Lưu: VT, SNV.');
    const sign = texts.indexOf('TM. ỦY BAN NHÂN DÂN');
    expect(texts.slice(sign, sign + 4)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn An']);
    expect(texts.indexOf('Nơi nhận:')).toBeGreaterThan(texts.indexOf('IV. ĐỀ XUẤT, KIẾN NGHỊ'));
    expect(texts).not.toContain('DỰ THẢO');
  });

  it('a draft is marked as one and shows its live figures', async () => {
    const buffer = await buildReportDocx(draft);
    writeFileSync(path.join(out, exportFileName('docx', draft.report)), Buffer.from(buffer));
    const zip = await JSZip.loadAsync(buffer);
    const headers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/header\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(headers.join('')).toContain('DỰ THẢO');
    const { texts: draftTexts } = await docxTexts(buffer);
    expect(draftTexts).toContain('Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024');
    expect(draftTexts.some((t) => t.includes('Tính đến ngày 14/06/2024, đã hoàn thành 5/37 nhiệm vụ (13,51%)'))).toBe(true);
  });
});

describe('Excel appendix of the submitted 9-month 2024 report', () => {
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    const buffer = await buildReportXlsx(submitted);
    writeFileSync(path.join(out, exportFileName('xlsx', submitted.report)), Buffer.from(buffer));
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer);
  });

  it('lists every task with Vietnamese headers', () => {
    const sheet = workbook.getWorksheet('Phụ lục nhiệm vụ')!;
    expect(sheet.getCell('A1').value).toBe('PHỤ LỤC');
    expect(sheet.getCell('A3').value).toBe('(Kèm theo Báo cáo số 312/BC-UBND ngày 20/09/2024 của Ủy ban nhân dân tỉnh Bình An)');
    expect((sheet.getRow(5).values as unknown[]).slice(1)).toEqual(APPENDIX_HEADERS);
    const rows = Array.from({ length: 40 }, (_, i) => sheet.getRow(6 + i));
    expect(rows.map((r) => r.getCell(1).value)).toEqual(submitted.data.tasks.map((t) => t.ordinal));
    expect(sheet.getRow(46).getCell(1).value).toBeNull();
  });

  it('gives each task its area, lead unit, deadline, status, timeliness, completion date and evidence as of the cut-off', () => {
    const sheet = workbook.getWorksheet('Phụ lục nhiệm vụ')!;
    const byOrdinal = (o: string) => sheet.getRow(6 + submitted.data.tasks.findIndex((t) => t.ordinal === o));
    const done = byOrdinal('1.1');
    expect(done.getCell(2).value).toBe('Cải cách thể chế');
    expect(done.getCell(3).value).toBe('Ban hành Kế hoạch rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh năm 2024');
    expect(done.getCell(4).value).toBe('Sở Tư pháp');
    expect(done.getCell(5).value).toEqual(new Date(Date.UTC(2024, 1, 29)));
    expect(done.getCell(6).value).toBe('Hoàn thành');
    expect(done.getCell(7).value).toBe('Hoàn thành đúng hạn');
    expect(done.getCell(8).value).toEqual(new Date(Date.UTC(2024, 1, 21)));
    const ev = submitted.data.tasks.find((t) => t.ordinal === '1.1')!.evidence[0]!;
    expect(done.getCell(9).value).toBe(`${ev.doc_number} ngày ${ev.doc_date!.slice(8, 10)}/${ev.doc_date!.slice(5, 7)}/${ev.doc_date!.slice(0, 4)}`);

    const overdue = byOrdinal('1.3');
    expect(overdue.getCell(6).value).toBe('Trả lại');
    expect(overdue.getCell(7).value).toBe('Chưa hoàn thành, quá hạn (76 ngày)');
    expect(overdue.getCell(8).value).toBeNull();

    const late = byOrdinal('1.5');
    expect(late.getCell(4).value).toBe('Sở Nông nghiệp và Phát triển nông thôn');
    expect(late.getCell(7).value).toBe('Hoàn thành quá hạn (43 ngày)');

    // reported done after the cut-off: still in progress on 14/09/2024
    expect(byOrdinal('1.2').getCell(6).value).toBe('Đang thực hiện');
    expect(byOrdinal('2.8').getCell(7).value).toBe('Đã hủy');
  });

  it('sums the figures per area', () => {
    const sheet = workbook.getWorksheet('Tổng hợp theo lĩnh vực')!;
    const total = sheet.getRow(11);
    expect((total.values as unknown[]).slice(2)).toEqual(['Tổng cộng', 37, 9, 2, 25, 1, 3, '29,73%']);
    expect((sheet.getRow(5).values as unknown[]).slice(1)).toEqual(['1', 'Cải cách thể chế', 6, 2, 1, 2, 1, 0, '50%']);
  });

  it('never lets cell text become a formula', async () => {
    const hostile: ReportDocumentInput = {
      report: submitted.report,
      data: {
        ...submitted.data,
        tasks: [{ ...submitted.data.tasks[0]!, title: '=HYPERLINK("http://example.com","Nhấn vào đây")', lead_unit_name: '+Sở Tư pháp', evidence: [{ kind: 'link', doc_number: null, doc_date: null, name: '@SUM(1+1)' }] }],
      },
    };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await buildReportXlsx(hostile));
    const row = wb.getWorksheet('Phụ lục nhiệm vụ')!.getRow(6);
    for (const col of [3, 4, 9]) {
      expect(row.getCell(col).type).toBe(ExcelJS.ValueType.String);
      expect(row.getCell(col).formula).toBeUndefined();
    }
    expect(row.getCell(3).value).toBe(`'=HYPERLINK("http://example.com","Nhấn vào đây")`);
    expect(row.getCell(4).value).toBe("'+Sở Tư pháp");
    expect(formulaCells(wb)).toEqual([]);
    expect(safeText('-5')).toBe("'-5");
    expect(safeText('Bình thường')).toBe('Bình thường');
    // The same rule as the task list's export: line breaks and full-width signs too.
    expect(safeText('\n=1+1')).toBe("'\n=1+1");
    expect(safeText('＝HYPERLINK(1)')).toBe("'＝HYPERLINK(1)");
  });
});

describe('place and date line (Decree 30/2020)', () => {
  it('pads days below 10 and the months January and February', () => {
    expect(placeDateLineVi('Bình An', '2024-09-20')).toBe('Bình An, ngày 20 tháng 9 năm 2024');
    expect(placeDateLineVi('Bình An', '2025-02-05')).toBe('Bình An, ngày 05 tháng 02 năm 2025');
    expect(placeDateLineVi('Bình An', '2024-12-09')).toBe('Bình An, ngày 09 tháng 12 năm 2024');
  });
});
