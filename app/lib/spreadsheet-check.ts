// For the tests of every export: the cells a spreadsheet would run.
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { FORMULA_START } from './spreadsheet';

/** Addresses of cells that hold a formula, or text a spreadsheet would read as one. */
export function formulaCells(workbook: ExcelJS.Workbook): string[] {
  const found: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const text = typeof cell.value === 'string' ? cell.value : null;
        if (cell.formula || (cell.value && typeof cell.value === 'object' && 'formula' in cell.value) || (text && FORMULA_START.test(text))) {
          found.push(`${sheet.name}!${cell.address}`);
        }
      }),
    ),
  );
  return found;
}

/** Cells of a CSV file a spreadsheet would read as a formula (a plain negative number is a number). */
export function csvFormulaCells(csv: string): string[] {
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  return rows.flatMap((row, r) => row.flatMap((cell, c) => (FORMULA_START.test(cell) && !/^-\d+([.,]\d+)?$/.test(cell) ? [`R${r + 1}C${c + 1}`] : [])));
}
