// The CCHC index import template goes through the one spreadsheet writer.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formulaCells } from '../../../lib/spreadsheet-check';
import { buildImportTemplate } from './import';

describe('CCHC import template', () => {
  it('no cell is a formula or reads as one', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await buildImportTemplate());
    expect(formulaCells(workbook)).toEqual([]);
  });
});
