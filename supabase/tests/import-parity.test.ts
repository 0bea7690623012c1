// The import preview (app/features/import/lib) and the database's
// import_tasks() must agree on which rows are bad and why: the preview is
// what people read, the database is what decides.  Both are run here on the
// example files and on a list of awkward rows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAppendix, type RawRow } from '../../app/features/import/lib/parse-appendix';
import { readCsv, readWorkbook } from '../../app/features/import/lib/read-file';
import { checkRows, toPayload, type Reference } from '../../app/features/import/lib/validate';
import { startBackend, type Backend, type Client } from './harness';
import { makePlan, makeTask } from './fixtures';

let b: Backend;
let interior: Client;
let ref: Omit<Reference, 'existingOrdinals'>;

beforeAll(async () => {
  b = await startBackend({ seed: true });
  interior = await b.signIn('noivu@example.vn');
  await b.sql(`update public.units set is_active = false where code = 'UBND-PM'`);
  const [areas, units] = await Promise.all([
    interior.from('reform_areas').select('id, code, name_vi, name_en'),
    interior.from('units').select('id, code, name, short_name, is_active'),
  ]);
  ref = { areas: areas.data!, units: units.data! };
});
afterAll(async () => b?.close());

const fixtures = path.resolve(__dirname, '../../e2e/fixtures');
async function xlsxRows(name: string): Promise<RawRow[]> {
  const buf = readFileSync(path.join(fixtures, name));
  return parseAppendix(await readWorkbook(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer), ref.areas).rows;
}

interface SqlBadRow {
  line: number;
  problems: Array<{ code: string; value?: string }>;
}

/** [line, problems] as the preview sees them and as the database does. */
async function both(rows: RawRow[], planId: string, existing: string[] = []) {
  const checked = checkRows(rows, { ...ref, existingOrdinals: new Set(existing) });
  const preview = checked.filter((c) => c.problems.length).map((c) => [c.row.line, c.problems]);
  const { data, error } = await interior.rpc('import_tasks', { p_plan_id: planId, p_rows: toPayload(checked) });
  const database = error ? (JSON.parse(error.details!) as { rows: SqlBadRow[] }).rows.map((r) => [r.line, r.problems]) : [];
  return { preview, database, imported: data ?? 0, error };
}

const row = (line: number, over: Partial<RawRow>): RawRow => ({
  line,
  ordinal: `1.${line}`,
  area: '1',
  title: 'Rà soát văn bản quy phạm pháp luật',
  expected_output: '',
  lead_unit: 'STP',
  coordinators: [],
  start_date: '',
  due_date: '',
  cadence: '',
  ...over,
});

describe('the preview and the database agree', () => {
  it('on the faulty example file: the same six rows, the same reasons, nothing imported', async () => {
    const planId = await makePlan(b, 'draft');
    const result = await both(await xlsxRows('ke-hoach-cchc-2027-loi.xlsx'), planId);
    expect(result.preview).toHaveLength(6);
    expect(result.database).toEqual(result.preview);
    const [n] = await b.sql<{ n: number }>('select count(*)::int as n from public.tasks where plan_id = $1', planId);
    expect(n!.n).toBe(0);
  });

  it('on the good example file (xlsx and csv): no bad row, every task imported', async () => {
    const planId = await makePlan(b, 'draft');
    const result = await both(await xlsxRows('ke-hoach-cchc-2027.xlsx'), planId);
    expect(result.error).toBeNull();
    expect(result.preview).toEqual([]);
    expect(result.imported).toBe(11);

    const csvPlan = await makePlan(b, 'draft');
    const csvRows = parseAppendix(readCsv(readFileSync(path.join(fixtures, 'ke-hoach-cchc-2027.csv'), 'utf8')), ref.areas).rows;
    const fromCsv = await both(csvRows, csvPlan);
    expect(fromCsv.imported).toBe(11);
    const tasks = (planId: string) =>
      b.sql(
        `select t.ordinal, t.area_id, t.title, t.lead_unit_id, t.start_date::text, t.due_date::text, t.cadence::text,
                (select string_agg(c.unit_id::text, ',' order by c.unit_id) from public.task_coordinators c where c.task_id = t.id) as coordinators
         from public.tasks t where t.plan_id = $1 order by t.ordinal`,
        planId,
      );
    expect(await tasks(csvPlan)).toEqual(await tasks(planId));
  });

  it('on awkward rows: diacritics, capitals, inactive units, odd dates and cadences, ordinals already used', async () => {
    const planId = await makePlan(b, 'in_force');
    await makeTask(b, { planId, ordinal: '9.1' });
    const rows = [
      row(2, { lead_unit: 'SỞ TƯ PHÁP', area: 'II. Cải cách thủ tục hành chính' }),
      row(3, { lead_unit: 'UBND TX Phú Mỹ' }), // inactive
      row(4, { coordinators: ['so noi vu', 'STP', 'Sở Văn hóa'], cadence: 'Hàng quý' }),
      row(5, { start_date: '2027-13-01', due_date: '1/1/2027' }),
      row(6, { start_date: '15/6/2027', due_date: '14/6/2027' }),
      row(7, { ordinal: '9.1', area: 'vi' }),
      row(8, { ordinal: '1.2', area: 'Cải cách' }),
      row(9, { ordinal: '1.2.3.4.5', title: 'Ngắn', cadence: 'theo quý' }),
      row(10, { title: 'Rà soát  văn   bản', area: 'hành chính' }),
      row(11, { ordinal: '', area: '', lead_unit: '', title: '' }),
      row(12, { expected_output: 'x'.repeat(1001), due_date: '29/02/2028' }),
    ];
    const result = await both(rows, planId, ['9.1']);
    expect(result.preview.length).toBeGreaterThan(5);
    expect(result.database).toEqual(result.preview);
  });
});
