// The task import template (Excel and CSV) goes through the one spreadsheet
// writer: unit and area names that look like formulas stay text.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvFormulaCells, formulaCells } from '../../../lib/spreadsheet-check';
import type { AreaRef, UnitRef } from './match';
import { templateCsv, templateWorkbook } from './template';

const HOSTILE = ['=HYPERLINK("http://example.com","Bấm")', '+1+2', '-2+3', '@SUM(1,2)', '\t=1', '\r=1', '＝1+1'];
const units: UnitRef[] = HOSTILE.map((name, i) => ({ id: `u${i}`, code: i === 0 ? 'STP' : `U${i}`, name, short_name: name, is_active: true }));
const areas: AreaRef[] = HOSTILE.map((name, i) => ({ id: i + 1, code: `A${i}`, name_vi: name, name_en: name }));

describe('task import template', () => {
  it('no cell of the Excel or CSV template is a formula or reads as one', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await templateWorkbook(areas, units, 2027));
    expect(formulaCells(workbook)).toEqual([]);
    expect(csvFormulaCells(await templateCsv(units, 2027))).toEqual([]);
  });
});
