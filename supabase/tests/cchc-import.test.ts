// Building a CCHC index set: importing the rows of a province's Excel file
// (all or nothing, every bad row listed), opening it for the units, and
// copying last year's set to start the next.
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../app/i18n/resources';
import { dbErrorMessage } from '../../app/lib/db-errors';
import { startBackend, type Backend, type Client } from './harness';

let b: Backend;
let interior: Client;
let head: Client;
let vt: typeof i18next.t;

beforeAll(async () => {
  b = await startBackend({ seed: true });
  interior = await b.signIn('noivu@example.vn');
  head = await b.signIn('tuphap@example.vn');
  const v = i18next.createInstance();
  await v.init({ resources: { vi: resources.vi }, lng: 'vi', interpolation: { escapeValue: false } });
  vt = v.t;
});
afterAll(async () => b?.close());

let year = 2070;
async function draftSet(c: Client = interior): Promise<string> {
  year += 1;
  const { data, error } = await c.from('cchc_sets').insert({
    year, target: 'departments', name: `Bộ chỉ số CCHC của các sở, ngành năm ${year}`,
    cut_off: `${year}-12-14`, self_from: `${year + 1}-01-05`, self_to: `${year + 1}-01-20`,
  }).select('id').single();
  expect(error).toBeNull();
  return data!.id;
}

// Rows as the browser reads them from the template (see README).
const GOOD_ROWS = [
  { line: 5, code: '1', title: 'Công tác chỉ đạo, điều hành CCHC', max_points: '6' },
  { line: 6, code: '1.1', title: 'Kế hoạch CCHC năm', max_points: '3' },
  { line: 7, code: '1.1.1', title: 'Ban hành kế hoạch CCHC kịp thời', max_points: '1', kind: 'Có/Không', expected_evidence: 'Kế hoạch CCHC năm' },
  { line: 8, code: '1.1.2', title: 'Mức độ hoàn thành kế hoạch CCHC', max_points: '2', source: 'Tỷ lệ hoàn thành', bands: '100:2; 80:1; 0:0' },
  { line: 9, code: '1.2', title: 'Báo cáo CCHC định kỳ', max_points: '1,5', kind: 'Chọn mức', allowed_values: '0; 0,75; 1,5', responsible_unit: 'Sở Nội vụ' },
  { line: 10, code: '1.3', title: 'Tỷ lệ hồ sơ giải quyết đúng hạn', max_points: '1,5', source: 'Chỉ tiêu', indicator: 'TTHC-01', bands: '98:1,5; 95:1; 0:0' },
  { line: 11, code: '1.4', title: 'Nhiệm vụ quá hạn', max_points: '1', source: 'Nhiệm vụ quá hạn', points_per: '0,25' },
  { line: 12, code: '2', title: 'Tác động của CCHC', max_points: '4' },
  { line: 13, code: '2.1', title: 'Khảo sát sự hài lòng', max_points: '4', kind: 'Khảo sát' },
];

describe('import a set from the rows of an Excel file', () => {
  it('imports every row, with Vietnamese labels and decimal commas, and builds the tree', async () => {
    const setId = await draftSet();
    const { data, error } = await interior.rpc('cchc_import_items', { p_set_id: setId, p_rows: GOOD_ROWS });
    expect(error).toBeNull();
    expect(data).toBe(9);
    const items = await b.sql<Record<string, unknown>>(
      `select i.code, i.max_points::text as max, i.kind, i.allowed_values::text as allowed, i.source, i.bands, i.points_per::text as per,
              (select p.code from public.cchc_items p where p.id = i.parent_id) as parent,
              (select u.code from public.units u where u.id = i.responsible_unit_id) as unit,
              (select x.code from public.indicators x where x.id = i.indicator_id) as indicator
         from public.cchc_items i where i.set_id = $1 order by i.sort_key`, setId);
    expect(items.map((i) => [i.code, i.parent, i.kind, i.max])).toEqual([
      ['1', null, null, '6.00'], ['1.1', '1', null, '3.00'], ['1.1.1', '1.1', 'yes_no', '1.00'], ['1.1.2', '1.1', 'rate_bands', '2.00'],
      ['1.2', '1', 'choice', '1.50'], ['1.3', '1', 'rate_bands', '1.50'], ['1.4', '1', 'penalty', '1.00'],
      ['2', null, null, '4.00'], ['2.1', '2', 'survey', '4.00'],
    ]);
    const by = Object.fromEntries(items.map((i) => [i.code, i]));
    expect(by['1.2']).toMatchObject({ allowed: '{0.00,0.75,1.50}', unit: 'SNV' });
    expect(by['1.1.2']).toMatchObject({ source: 'plan_done_share', bands: [{ min: 100, points: 2 }, { min: 80, points: 1 }, { min: 0, points: 0 }] });
    expect(by['1.3']).toMatchObject({ source: 'indicator_rate', indicator: 'TTHC-01' });
    expect(by['1.4']).toMatchObject({ source: 'plan_overdue_count', per: '0.25' });
  });

  it('lists every bad row with its reasons and imports nothing', async () => {
    const setId = await draftSet();
    const rows = [
      ...GOOD_ROWS.slice(0, 3),
      { line: 20, code: '1.1.2', title: 'Trùng mã', max_points: '1', kind: 'Tự chấm' },
      { line: 21, code: '3.1', title: 'Không có lĩnh vực', max_points: 'hai', kind: 'Điểm lạ' },
      { line: 22, code: '1.2', title: 'Mức điểm sai', max_points: '2', kind: 'Chọn mức', allowed_values: '0; 3' },
      { line: 23, code: '1.3', title: 'Chỉ tiêu không có', max_points: '1', source: 'Chỉ tiêu', indicator: 'KHONG-CO', responsible_unit: 'Sở Không Tồn Tại' },
      { line: 24, code: '1.1.2', title: '', max_points: '1' },
    ];
    const { error } = await interior.rpc('cchc_import_items', { p_set_id: setId, p_rows: rows });
    expect(error?.hint).toBe('cchc_import_bad_rows');
    expect(error?.message).toContain('. Dòng 21: chưa có mục cấp trên của 3.1, điểm tối đa "hai" không hợp lệ, cách chấm "Điểm lạ" không xác định');
    expect(error?.message).toContain('dòng 22: các mức điểm "0; 3" không hợp lệ');
    expect(error?.message).toContain('dòng 23: không tìm thấy chỉ tiêu "KHONG-CO", không tìm thấy đơn vị "Sở Không Tồn Tại"');
    const details = JSON.parse(error!.details!) as { count: number; lines: string; rows: Array<{ line: number }> };
    expect(details.lines).toBe('21, 22, 23, 24');
    expect(dbErrorMessage(error, vt)).toBe('Tệp có 4 dòng lỗi, chưa nhập tiêu chí nào (dòng 21, 22, 23, 24).');
    expect(await b.sql('select 1 from public.cchc_items where set_id = $1', setId)).toHaveLength(0);
  });

  it('only Home Affairs imports, and only into a draft set', async () => {
    const setId = await draftSet();
    expect((await head.rpc('cchc_import_items', { p_set_id: setId, p_rows: GOOD_ROWS })).error?.hint).toBe('cchc_interior_only');
    expect((await interior.rpc('cchc_import_items', { p_set_id: setId, p_rows: [] })).error?.hint).toBe('cchc_import_no_rows');
    const [open] = await b.sql<{ id: string }>(`select id from public.cchc_sets where status = 'open' limit 1`);
    expect((await interior.rpc('cchc_import_items', { p_set_id: open!.id, p_rows: GOOD_ROWS })).error?.hint).toBe('cchc_set_locked');
  });
});

describe('open a set', () => {
  it('refuses a tree whose maxima do not add up, then makes one assessment per active department and agency', async () => {
    const setId = await draftSet();
    await interior.rpc('cchc_import_items', { p_set_id: setId, p_rows: GOOD_ROWS.filter((r) => r.code !== '1.4') });
    await b.sql(`update public.cchc_sets set plan_id = (select id from public.plans where doc_number = '298/KH-UBND' limit 1) where id = $1`, setId);
    await b.sql(`update public.cchc_items set max_points = 5 where set_id = $1 and code = '1'`, setId);
    const bad = await interior.rpc('cchc_open_set', { p_set_id: setId });
    expect(bad.error?.hint).toBe('cchc_set_max_mismatch');
    expect(dbErrorMessage(bad.error, vt)).toBe('Điểm tối đa của 1 khác tổng điểm tối đa của các tiêu chí thành phần.');
    await b.sql(`update public.cchc_items set max_points = 6 where set_id = $1 and code = '1'`, setId);
    expect((await head.rpc('cchc_open_set', { p_set_id: setId })).error?.hint).toBe('cchc_interior_only');
    const { data, error } = await interior.rpc('cchc_open_set', { p_set_id: setId });
    expect(error).toBeNull();
    const [units] = await b.sql<{ n: number }>(`select count(*)::int as n from public.units where is_active and kind in ('department', 'agency')`);
    expect(data).toBe(units!.n);
    const [scores] = await b.sql<{ n: number }>(
      `select count(*)::int as n from public.cchc_scores s join public.cchc_assessments a on a.id = s.assessment_id where a.set_id = $1`, setId);
    expect(scores!.n).toBe(units!.n * 5); // five scored criteria
    expect((await interior.from('cchc_items').update({ title: 'Đổi sau khi áp dụng' }).eq('set_id', setId)).error?.hint).toBe('cchc_set_locked');
  });

  it('a set with plan-driven criteria needs the year\'s plan', async () => {
    const setId = await draftSet();
    await interior.rpc('cchc_import_items', { p_set_id: setId, p_rows: GOOD_ROWS.filter((r) => r.code !== '1.4') });
    expect((await interior.rpc('cchc_open_set', { p_set_id: setId })).error?.hint).toBe('cchc_set_needs_plan');
  });
});

describe('copy last year\'s set', () => {
  it('starts next year\'s draft with the same tree, bands and thresholds, dates moved by a year', async () => {
    const [last] = await b.sql<{ id: string; year: number }>(
      `select id, year from public.cchc_sets where target = 'communes' and status = 'published'`);
    await b.sql(`delete from public.cchc_sets where target = 'communes' and year = $1 and status = 'draft'`, last!.year + 5);
    const { data: newId, error } = await interior.rpc('cchc_copy_set', { p_from_set_id: last!.id, p_year: last!.year + 5 });
    expect(error).toBeNull();
    const [copy] = await b.sql<Record<string, unknown>>(
      `select n.status, n.previous_set_id = o.id as linked, n.cut_off = (o.cut_off + interval '5 years')::date and n.self_to = (o.self_to + interval '5 years')::date as moved, n.good_min = o.good_min as same_bands,
              n.name like '%' || n.year || '%' as named
         from public.cchc_sets n, public.cchc_sets o where n.id = $1 and o.id = $2`, newId, last!.id);
    expect(copy).toEqual({ status: 'draft', linked: true, moved: true, same_bands: true, named: true });
    const diff = await b.sql(
      `select code, title, max_points, kind, allowed_values, source, indicator_id, bands, points_per from public.cchc_items where set_id = $1
       except
       select code, title, max_points, kind, allowed_values, source, indicator_id, bands, points_per from public.cchc_items where set_id = $2`,
      newId, last!.id);
    expect(diff).toEqual([]);
    const [n] = await b.sql<{ a: number; b: number }>(
      `select (select count(*) from public.cchc_items where set_id = $1)::int as a, (select count(*) from public.cchc_items where set_id = $2)::int as b`,
      newId, last!.id);
    expect(n!.a).toBe(n!.b);
    const again = await interior.rpc('cchc_copy_set', { p_from_set_id: last!.id, p_year: last!.year + 5 });
    expect(again.error?.hint).toBe('cchc_copy_exists');
    expect((await head.rpc('cchc_copy_set', { p_from_set_id: last!.id, p_year: last!.year + 6 })).error?.hint).toBe('cchc_interior_only');
  });
});
