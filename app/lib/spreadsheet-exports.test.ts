// Every export that is not covered beside its own code goes through the one
// writer (app/lib/spreadsheet.ts): text that looks like a formula never comes
// out as one. (The task list's export: spreadsheet.test.ts; the report
// appendix: features/reports/lib/export.test.ts; the CCHC results:
// features/cchc/lib/export.test.ts.)
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { templateCsv, templateWorkbook } from '../features/import/lib/template';
import type { AreaRef, UnitRef } from '../features/import/lib/match';
import { buildImportTemplate } from '../features/cchc/lib/import';
import { csvFormulaCells, formulaCells } from './spreadsheet-check';
import { putRow, putText, writeCsv } from './spreadsheet';

const HOSTILE = ['=HYPERLINK("http://example.com","Bấm")', '+1+2', '-2+3', '@SUM(1,2)', '\t=1', '\r=1', '＝1+1'];
const units: UnitRef[] = HOSTILE.map((name, i) => ({ id: `u${i}`, code: i === 0 ? 'STP' : `U${i}`, name, short_name: name, is_active: true }));
const areas: AreaRef[] = HOSTILE.map((name, i) => ({ id: i + 1, code: `A${i}`, name_vi: name, name_en: name }));

async function open(buffer: ArrayBuffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  return workbook;
}

describe('one formula-safety rule for every export', () => {
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

  it('the task import template (Excel and CSV) with unit and area names that look like formulas', async () => {
    expect(formulaCells(await open(await templateWorkbook(areas, units, 2027)))).toEqual([]);
    expect(csvFormulaCells(await templateCsv(units, 2027))).toEqual([]);
  });

  it('the CCHC index import template', async () => {
    expect(formulaCells(await open(await buildImportTemplate()))).toEqual([]);
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
