// A large CCHC index: 300 sub-criteria (10 areas × 6 criteria × 5) scored by
// 150 commune-level committees, and one unit's sheet with 1,200 pieces of
// evidence.  Hosted Supabase and the embedded server answer at most 1,000
// rows a request, so the ranking, the per-area averages, one unit's
// assessment page and the results appendix must come back whole: through the
// app's own data functions, signed in as the committee and as Home Affairs.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBackend, type Backend, type Client } from './harness';

const client = vi.hoisted(() => ({ current: null as unknown }));
vi.mock('../../app/lib/supabase', () => ({
  get supabase() {
    return client.current;
  },
}));

const { getCchcAssessments } = await import('../../app/data/cchc/get-assessments');
const { getScoresheet, getAreaTotals } = await import('../../app/data/cchc/get-scoresheet');
const { getAssessmentDetails } = await import('../../app/data/cchc/get-details');
const { getRanking, getAreaSummary } = await import('../../app/data/cchc/get-results');
const { buildResultsXlsx } = await import('../../app/features/cchc/lib/export');

const AREAS = 10;
const CRITERIA = 6; // per area
const SUBS = 5; // per criterion
const LEAVES = AREAS * CRITERIA * SUBS; // 300
const ITEMS = AREAS + AREAS * CRITERIA + LEAVES; // 370
const UNITS = 150;
const EVIDENCE = 1200; // on the first unit's sheet, 4 per sub-criterion

let b: Backend;
let committee: Client;
let interior: Client;
let setId: string;
let firstAssessment: string;
const timings: Record<string, number> = {};

async function timed<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await run();
  } finally {
    timings[name] = Math.round(performance.now() - started);
  }
}

beforeAll(async () => {
  b = await startBackend({ seed: true });
  committee = await b.signIn('committee@example.vn');
  interior = await b.signIn('noivu@example.vn');
  // each sub-criterion 0,25 points (area 7,5; total 75); a unit's self-score
  // on a sub-criterion is 0,25 or 0 by its number, the appraised score takes
  // 0,25 away on every seventh, so the totals differ by unit and are known.
  await timed('setup', () =>
    b.runScript(`
      insert into public.units (code, name, kind, parent_id, sort_order)
      select 'XL-' || lpad(i::text, 3, '0'), 'Ủy ban nhân dân xã thử nghiệm chỉ số có tên rất dài số ' || i, 'commune',
             (select id from public.units where code = 'UBND'), 2000 + i
      from generate_series(1, ${UNITS}) i;
      insert into public.cchc_sets (year, target, name, cut_off, self_from, self_to, good_min, fair_min, average_min)
      values (2095, 'communes', 'Bộ chỉ số CCHC cấp xã thử nghiệm quy mô lớn', date '2095-12-15', date '2095-12-01', date '2095-12-20', 60, 50, 40);
      insert into public.cchc_items (set_id, code, title, max_points)
      select s.id, a::text, 'Lĩnh vực thử ' || a, ${CRITERIA * SUBS} * 0.25
      from public.cchc_sets s, generate_series(1, ${AREAS}) a where s.year = 2095 and s.target = 'communes';
      insert into public.cchc_items (set_id, code, title, max_points)
      select s.id, a || '.' || c, 'Tiêu chí thử ' || a || '.' || c, ${SUBS} * 0.25
      from public.cchc_sets s, generate_series(1, ${AREAS}) a, generate_series(1, ${CRITERIA}) c where s.year = 2095 and s.target = 'communes';
      insert into public.cchc_items (set_id, code, title, max_points, kind)
      select s.id, a || '.' || c || '.' || k, 'Tiêu chí thành phần thử ' || a || '.' || c || '.' || k, 0.25, 'manual'
      from public.cchc_sets s, generate_series(1, ${AREAS}) a, generate_series(1, ${CRITERIA}) c, generate_series(1, ${SUBS}) k
      where s.year = 2095 and s.target = 'communes';
      insert into public.cchc_assessments (set_id, unit_id, status, self_from, self_to)
      select s.id, u.id, 'reappraised', s.self_from, s.self_to
      from public.cchc_sets s, public.units u where s.year = 2095 and s.target = 'communes' and u.code like 'XL-%';
      with numbered as (
        select a.id as assessment_id, i.id as item_id,
               (substring(u.code from 4))::int as n,
               row_number() over (partition by a.id order by i.sort_key) as k
        from public.cchc_assessments a
        join public.units u on u.id = a.unit_id
        join public.cchc_items i on i.set_id = a.set_id and i.kind is not null
        join public.cchc_sets s on s.id = a.set_id
        where s.year = 2095 and s.target = 'communes')
      insert into public.cchc_scores (assessment_id, item_id, self_score, appraised_score, appraisal_note, appraisal_round)
      select assessment_id, item_id,
             case when k <= ${LEAVES} - n then 0.25 else 0 end,
             case when k <= ${LEAVES} - n and k % 7 <> 0 then 0.25 else 0 end,
             case when k <= ${LEAVES} - n and k % 7 = 0 then 'Minh chứng chưa đủ' end, 1
      from numbered;
      update public.cchc_sets set status = 'open' where year = 2095 and target = 'communes';
    `));
  [{ id: setId }] = (await b.sql<{ id: string }>(`select id from public.cchc_sets where year = 2095 and target = 'communes'`)) as [{ id: string }];
  [{ id: firstAssessment }] = (await b.sql<{ id: string }>(
    `select a.id from public.cchc_assessments a join public.units u on u.id = a.unit_id where a.set_id = $1 and u.code = 'XL-001'`, setId)) as [{ id: string }];
  await timed('evidence', () =>
    b.runScript(`
      insert into public.cchc_evidence (score_id, assessment_id, kind, url, summary)
      select sc.id, sc.assessment_id, 'link', 'https://xa1.example.vn/minh-chung/' || i.code || '/' || g, 'Minh chứng ' || g || ' của ' || i.code
      from public.cchc_scores sc join public.cchc_items i on i.id = sc.item_id, generate_series(1, ${EVIDENCE / LEAVES}) g
      where sc.assessment_id = '${firstAssessment}';
    `));
  client.current = committee;
}, 600_000);
afterAll(async () => {
  console.info('large CCHC set, ms:', JSON.stringify(timings));
  await b?.close();
});

/** What a unit's totals must be, counted in SQL over every score row. */
async function expectedTotals() {
  return b.sql<{ code: string; self: string; final: string }>(
    `select u.code, sum(sc.self_score)::text as self, sum(sc.appraised_score)::text as final
       from public.cchc_scores sc join public.cchc_assessments a on a.id = sc.assessment_id join public.units u on u.id = a.unit_id
      where a.set_id = $1 group by u.code`, setId);
}

describe('a set of 300 sub-criteria and 150 units, read whole', () => {
  it('the API itself cuts a plain read of the set\'s scores at 1,000 (what paging and SQL totals are for)', async () => {
    const { data } = await committee.from('cchc_scores').select('id').in('assessment_id', [firstAssessment]);
    expect(data!.length).toBe(LEAVES);
    const all = await committee.from('cchc_evidence').select('id').eq('assessment_id', firstAssessment);
    expect(all.data!.length).toBe(1000);
  });

  it('the set page lists all 150 units, and the ranking ranks all 150 with totals over all 300 sub-criteria', async () => {
    expect((await timed('assessments', () => getCchcAssessments(setId))).length).toBe(UNITS);
    const ranking = await timed('ranking (open)', () => getRanking(setId));
    expect(ranking.length).toBe(UNITS);
    const expected = new Map((await expectedTotals()).map((r) => [r.code, r]));
    for (const r of ranking) {
      const e = expected.get(r.unit_code)!;
      expect(Number(r.self_total), r.unit_code).toBeCloseTo(Number(e.self), 2);
      expect(Number(r.final_total), r.unit_code).toBeCloseTo(Number(e.final), 2);
      expect(Number(r.max_total)).toBe(75);
    }
    // XL-001 scores the most, XL-150 the least
    expect(ranking.find((r) => r.rank === 1)!.unit_code).toBe('XL-001');
    expect(Math.max(...ranking.map((r) => r.rank ?? 0))).toBe(UNITS);
  });

  it('the averages per area count all 150 units', async () => {
    const areas = await timed('area summary', () => getAreaSummary(setId));
    expect(areas.length).toBe(AREAS);
    const [avg] = await b.sql<{ v: string }>(
      `select round(avg(t), 2)::text as v from (select sum(sc.self_score) as t from public.cchc_scores sc
         join public.cchc_items i on i.id = sc.item_id join public.cchc_assessments a on a.id = sc.assessment_id
        where a.set_id = $1 and i.code like '1.%' group by a.id) x`, setId);
    expect(Number(areas.find((a) => a.code === '1')!.avg_self)).toBeCloseTo(Number(avg!.v), 2);
  });

  it('one unit\'s page has all 370 rows of its sheet, its 1,200 pieces of evidence and every history row', async () => {
    const sheet = await timed('score sheet', () => getScoresheet(firstAssessment));
    expect(sheet.length).toBe(ITEMS);
    expect(sheet.filter((r) => r.kind !== null).length).toBe(LEAVES);
    expect(sheet.filter((r) => r.depth === 1).reduce((sum, r) => sum + Number(r.self_score), 0)).toBeCloseTo(74.75, 2);
    expect(sheet.filter((r) => r.kind !== null).reduce((sum, r) => sum + Number(r.evidence_count), 0)).toBe(EVIDENCE);
    expect((await getAreaTotals(firstAssessment)).length).toBe(AREAS);
    const details = await timed('assessment details', () => getAssessmentDetails(firstAssessment));
    expect(details.evidence.length).toBe(EVIDENCE);
    expect(new Set(details.evidence.map((e) => e.id)).size).toBe(EVIDENCE);
    const [{ n }] = (await b.sql<{ n: number }>('select count(*)::int as n from public.cchc_events where assessment_id = $1', firstAssessment)) as [{ n: number }];
    expect(n).toBeGreaterThanOrEqual(EVIDENCE);
    expect(details.events.length).toBe(n);
  });

  it('publication freezes all 150; the published ranking and the Excel appendix hold every unit', async () => {
    client.current = interior;
    const { error } = await timed('publish', async () => interior.rpc('cchc_publish_set', { p_set_id: setId }));
    expect(error).toBeNull();
    client.current = committee;
    const ranking = await timed('ranking (published)', () => getRanking(setId));
    expect(ranking.length).toBe(UNITS);
    const areas = await getAreaSummary(setId);
    const { data: set } = await committee
      .from('cchc_sets')
      .select('year, target, name, decision_doc, status, published_at, good_min, fair_min, average_min')
      .eq('id', setId)
      .single();
    const xlsx = await timed('excel appendix', () => buildResultsXlsx({ set: set!, issuer: 'Ủy ban nhân dân tỉnh Bình An', ranking, areas }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx);
    const sheet = book.worksheets[0]!;
    const units = new Set<string>();
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        const v = String(cell.value ?? '');
        if (/^Ủy ban nhân dân xã thử nghiệm chỉ số có tên rất dài số \d+$/.test(v)) units.add(v);
      });
    });
    expect(units.size).toBe(UNITS);
    // one unit's published sheet still has every row
    expect((await getScoresheet(firstAssessment)).length).toBe(ITEMS);
  });
});
