// The import template, read back by the same reader the page uses and sent to
// cchc_import_items on the embedded backend as Home Affairs: the example rows
// become a set's tree; headers are found in Vietnamese, as codes, or both.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend, type Client } from '../../../../supabase/tests/harness';
import { badRowsOf, buildImportTemplate, cellText, importField, readIndexWorkbook } from './import';

let b: Backend;
let interior: Client;

beforeAll(async () => {
  b = await startBackend({ seed: true });
  interior = await b.signIn('noivu@example.vn');
}, 120_000);

afterAll(async () => b?.close());

describe('CCHC import from Excel', () => {
  it('finds columns by their Vietnamese name, their code, or the template header', () => {
    expect(importField('Điểm tối đa')).toBe('max_points');
    expect(importField('ĐIỂM TỐI ĐA:')).toBe('max_points');
    expect(importField('max_points')).toBe('max_points');
    expect(importField('Đơn vị chịu trách nhiệm (responsible_unit)')).toBe('responsible_unit');
    expect(importField('Ghi chú')).toBeNull();
    expect(cellText({ richText: [{ text: 'Có/' }, { text: 'Không' }] })).toBe('Có/Không');
    expect(cellText(1.5)).toBe('1.5');
  });

  it('the template read back imports into a new draft set, and a second import of the same rows is refused row by row', async () => {
    const read = await readIndexWorkbook(await buildImportTemplate());
    expect(read.missingColumns).toEqual([]);
    expect(read.unknownColumns).toEqual([]);
    expect(read.rows.map((r) => r.code)).toEqual(['1', '1.1', '1.2', '1.3']);

    const { data: set, error } = await interior
      .from('cchc_sets')
      .insert({ year: 2030, target: 'departments', name: 'Bộ chỉ số thử nghiệm năm 2030', cut_off: '2030-12-15', self_from: '2030-12-01', self_to: '2030-12-31' })
      .select('id')
      .single();
    expect(error).toBeNull();
    const first = await interior.rpc('cchc_import_items', { p_set_id: set!.id, p_rows: read.rows });
    expect(first.error).toBeNull();
    expect(first.data).toBe(4);
    const { data: items } = await interior.from('cchc_items').select('code, kind, source, allowed_values').eq('set_id', set!.id).order('sort_key');
    expect(items!.map((i) => [i.code, i.kind, i.source])).toEqual([
      ['1', null, null],
      ['1.1', 'yes_no', null],
      ['1.2', 'choice', null],
      ['1.3', 'rate_bands', 'plan_on_time_share'],
    ]);

    const again = await interior.rpc('cchc_import_items', { p_set_id: set!.id, p_rows: read.rows });
    expect(again.error?.hint).toBe('cchc_import_bad_rows');
    expect(badRowsOf(again.error).map((r) => r.line)).toEqual([2, 3, 4, 5]);
    expect(badRowsOf(again.error)[0]!.problems[0]!.code).toBe('code_exists');
  });

  it('reads numbers, rich text and blank rows from a file as a province would type it', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['Mã', 'Nội dung', 'Điểm tối đa', 'Cách chấm', 'Ghi chú']);
    sheet.addRow(['2', 'Cải cách thể chế', 3]);
    sheet.addRow([]);
    sheet.addRow(['2.1', { richText: [{ text: 'Rà soát ' }, { text: 'văn bản' }] }, 1.5, 'Tự chấm']);
    const read = await readIndexWorkbook((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    expect(read.unknownColumns).toEqual(['Ghi chú']);
    expect(read.rows).toEqual([
      { line: 2, code: '2', title: 'Cải cách thể chế', max_points: '3' },
      { line: 4, code: '2.1', title: 'Rà soát văn bản', max_points: '1.5', kind: 'Tự chấm' },
    ]);
  });
});
