// The province's component scores (PAR Index, SIPAS, PAPI, PCI) entered by
// Home Affairs, and a draft index set edited one piece at a time, through the
// real API as each role: what is accepted, what is refused and with which
// translated rule, and that nothing changes once the set is in use.
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../app/i18n/resources';
import { dbErrorMessage } from '../../app/lib/db-errors';
import { startBackend, type Backend, type Client } from './harness';
import { makeCchcSet, type CchcFixture } from './cchc-fixtures';

let b: Backend;
let head: Client;
let interior: Client;
let committee: Client;
let admin: Client;
let vt: typeof i18next.t;
let et: typeof i18next.t;
let province: CchcFixture;
let departments: CchcFixture;
let unitIds: Record<string, string>;

beforeAll(async () => {
  b = await startBackend({ seed: true });
  head = await b.signIn('tuphap@example.vn');
  interior = await b.signIn('noivu@example.vn');
  committee = await b.signIn('committee@example.vn');
  admin = await b.signIn('admin@example.vn');
  const v = i18next.createInstance();
  await v.init({ resources: { vi: resources.vi }, lng: 'vi', interpolation: { escapeValue: false } });
  const e = i18next.createInstance();
  await e.init({ resources: { en: resources.en }, lng: 'en', interpolation: { escapeValue: false } });
  vt = v.t;
  et = e.t;
  province = await makeCchcSet(b, { target: 'province' });
  departments = await makeCchcSet(b);
  const units = await b.sql<{ code: string; id: string }>(`select code, id from public.units`);
  unitIds = Object.fromEntries(units.map((u) => [u.code, u.id]));
  // a unit no longer active (merged away), to be refused as a responsible unit
  await b.sql(`insert into public.units (code, name, kind, is_active) values ('CU-TEST', 'Sở cũ đã sáp nhập', 'department', false)`);
  unitIds['CU-TEST'] = (await b.sql<{ id: string }>(`select id from public.units where code = 'CU-TEST'`))[0]!.id;
});
afterAll(async () => b?.close());

type Err = { code?: string; hint?: string | null; message: string; details?: string | null } | null;

function expectRule(error: Err, rule: string) {
  expect(error?.hint, error?.message).toBe(rule);
  expect(dbErrorMessage(error, vt)).not.toContain('errors.');
  expect(dbErrorMessage(error, et)).not.toContain('errors.');
}
function expectConstraint(error: Err, name: string) {
  expect(error?.message ?? '', JSON.stringify(error)).toContain(`"${name}"`);
  expect(dbErrorMessage(error, vt)).not.toContain('errors.');
  expect(dbErrorMessage(error, et)).not.toContain('errors.');
}
const components = (assessmentId: string) =>
  b.sql<{ component: string; score: string; max_score: string; version: number; national_rank: number | null; responsible_unit_id: string | null }>(
    `select component::text, score::text, max_score::text, version, national_rank, responsible_unit_id
       from public.cchc_component_scores where assessment_id = $1 order by component`, assessmentId);

describe('component scores of the province\'s own index', () => {
  it('Home Affairs enters the PAR Index result with its responsible unit; history keeps who did it', async () => {
    const { data, error } = await interior
      .from('cchc_component_scores')
      .insert({ assessment_id: province.stp, component: 'par_index', score: 84.12, max_score: 100, national_rank: 12, responsible_unit_id: unitIds.SNV, note: '  Kết quả Bộ Nội vụ công bố  ' })
      .select('id, version, note')
      .single();
    expect(error).toBeNull();
    expect(data!.version).toBe(1);
    expect(data!.note).toBe('Kết quả Bộ Nội vụ công bố');
    const [ev] = await b.sql<{ actor_role: string; changes: Record<string, unknown> }>(
      `select actor_role::text, changes from public.cchc_events where assessment_id = $1 and action = 'component_scored' order by id desc limit 1`, province.stp);
    expect(ev!.actor_role).toBe('interior');
    expect(JSON.stringify(ev!.changes)).toContain('84.12');
  });

  it('a score equal to the maximum is accepted, the maximum + 0,01 and a negative score are refused', async () => {
    const ok = await interior.from('cchc_component_scores').insert({ assessment_id: province.stp, component: 'sipas', score: 100, max_score: 100 });
    expect(ok.error).toBeNull();
    const above = await interior.from('cchc_component_scores').insert({ assessment_id: province.stp, component: 'pci', score: 100.01, max_score: 100 });
    expectConstraint(above.error, 'cchc_component_scores_range');
    const negative = await interior.from('cchc_component_scores').insert({ assessment_id: province.stp, component: 'pci', score: -0.01, max_score: 100 });
    expectConstraint(negative.error, 'cchc_component_scores_range');
    const zeroMax = await interior.from('cchc_component_scores').insert({ assessment_id: province.stp, component: 'pci', score: 0, max_score: 0 });
    expectConstraint(zeroMax.error, 'cchc_component_scores_range');
    const hugeMax = await interior.from('cchc_component_scores').insert({ assessment_id: province.stp, component: 'pci', score: 10, max_score: 1000.01 });
    expectConstraint(hugeMax.error, 'cchc_component_scores_max_range');
    const maxOk = await interior.from('cchc_component_scores').insert({ assessment_id: province.stp, component: 'pci', score: 10, max_score: 1000 });
    expect(maxOk.error).toBeNull();
    expect((await components(province.stp)).map((r) => r.component)).toEqual(['par_index', 'pci', 'sipas']);
  });

  it('the national rank runs from 1 to 100; the same index twice is refused', async () => {
    const [pci] = (await components(province.stp)).filter((r) => r.component === 'pci');
    const id = (await b.sql<{ id: string }>(`select id from public.cchc_component_scores where assessment_id = $1 and component = 'pci'`, province.stp))[0]!.id;
    for (const rank of [0, 101]) {
      const { error } = await interior.from('cchc_component_scores').update({ national_rank: rank, version: pci!.version + 1 }).eq('id', id);
      expectConstraint(error, 'cchc_component_scores_rank_range');
    }
    const twice = await interior.from('cchc_component_scores').insert({ assessment_id: province.stp, component: 'sipas', score: 80, max_score: 100 });
    expectConstraint(twice.error, 'cchc_component_scores_key');
  });

  it('an update needs the version seen + 1: a second editor with the old version is told', async () => {
    const id = (await b.sql<{ id: string }>(`select id from public.cchc_component_scores where assessment_id = $1 and component = 'sipas'`, province.stp))[0]!.id;
    const first = await interior.from('cchc_component_scores').update({ score: 85.5, version: 2 }).eq('id', id).select('version');
    expect(first.error).toBeNull();
    expect(first.data![0]!.version).toBe(2);
    const second = await interior.from('cchc_component_scores').update({ score: 90, version: 2 }).eq('id', id);
    expectRule(second.error, 'cchc_stale');
    const none = await interior.from('cchc_component_scores').update({ score: 90 }).eq('id', id);
    expectRule(none.error, 'cchc_stale');
    expect((await components(province.stp)).find((r) => r.component === 'sipas')!.score).toBe('85.50');
  });

  it('the responsible unit must be active', async () => {
    const { error } = await interior
      .from('cchc_component_scores')
      .insert({ assessment_id: province.stp, component: 'papi', score: 40, max_score: 80, responsible_unit_id: unitIds['CU-TEST'] });
    expectRule(error, 'cchc_component_unit_inactive');
    expect((await components(province.stp)).some((r) => r.component === 'papi')).toBe(false);
  });

  it('a head of unit, the committee and the administrator write nothing; a head of unit cannot even read it before publication', async () => {
    const id = (await b.sql<{ id: string }>(`select id from public.cchc_component_scores where assessment_id = $1 and component = 'sipas'`, province.stp))[0]!.id;
    for (const c of [head, committee, admin]) {
      const ins = await c.from('cchc_component_scores').insert({ assessment_id: province.stp, component: 'papi', score: 1, max_score: 80 });
      expect(ins.error?.code).toBe('42501');
      const upd = await c.from('cchc_component_scores').update({ score: 1, version: 3 }).eq('id', id).select('id');
      expect(upd.data ?? []).toHaveLength(0);
      const del = await c.from('cchc_component_scores').delete().eq('id', id).select('id');
      expect(del.data ?? []).toHaveLength(0);
    }
    expect((await head.from('cchc_component_scores').select('id').eq('assessment_id', province.stp)).data).toEqual([]);
    expect((await committee.from('cchc_component_scores').select('id').eq('assessment_id', province.stp)).data!.length).toBe(3);
    expect((await components(province.stp)).find((r) => r.component === 'sipas')!.score).toBe('85.50');
  });

  it('component scores belong to the province\'s own index only', async () => {
    const { error } = await interior.from('cchc_component_scores').insert({ assessment_id: departments.stp, component: 'pci', score: 1, max_score: 100 });
    expectRule(error, 'cchc_component_province_only');
  });

  it('the lost points list the component by its responsible unit, against the maximum', async () => {
    const { data, error } = await committee.rpc('cchc_lost_points', { p_assessment_id: province.stp });
    expect(error).toBeNull();
    const par = data!.find((r) => r.code === 'PAR_INDEX');
    expect(par?.responsible_unit_name).toBe('Sở Nội vụ');
    expect(Number(par?.lost_vs_max)).toBeCloseTo(15.88, 2);
  });

  it('once published, nothing is added, changed or removed', async () => {
    const id = (await b.sql<{ id: string }>(`select id from public.cchc_component_scores where assessment_id = $1 and component = 'sipas'`, province.stp))[0]!.id;
    await b.sql(`update public.cchc_assessments set status = 'published', snapshot = '{}'::jsonb where id = $1`, province.stp);
    try {
      const upd = await interior.from('cchc_component_scores').update({ score: 1, version: 3 }).eq('id', id);
      expectRule(upd.error, 'cchc_published');
      const ins = await interior.from('cchc_component_scores').insert({ assessment_id: province.stp, component: 'papi', score: 1, max_score: 80 });
      expectRule(ins.error, 'cchc_published');
      const del = await interior.from('cchc_component_scores').delete().eq('id', id);
      expectRule(del.error, 'cchc_published');
      expect((await components(province.stp)).length).toBe(3);
    } finally {
      await b.sql(`update public.cchc_assessments set status = 'draft', snapshot = null where id = $1`, province.stp);
    }
  });
});

describe('a draft set edited one item at a time', () => {
  let setId: string;
  const item = (code: string) =>
    b.sql<{ id: string; title: string; max_points: string; kind: string | null; parent_id: string | null; responsible_unit_id: string | null }>(
      `select id, title, max_points::text, kind::text, parent_id, responsible_unit_id from public.cchc_items where set_id = $1 and code = $2`, setId, code);

  beforeAll(async () => {
    const { data, error } = await interior
      .from('cchc_sets')
      .insert({ year: 2097, target: 'communes', name: 'Bộ chỉ số thử sửa từng mục', cut_off: '2097-12-15', self_from: '2097-12-01', self_to: '2097-12-20' })
      .select('id')
      .single();
    expect(error).toBeNull();
    setId = data!.id;
  });

  it('Home Affairs changes the settings of a draft: name, decision, dates and bands', async () => {
    const { data, error } = await interior
      .from('cchc_sets')
      .update({ name: 'Bộ chỉ số CCHC cấp xã năm 2097', decision_doc: '15/QĐ-UBND', self_to: '2097-12-25', good_min: 85, fair_min: 72.5, average_min: 55 })
      .eq('id', setId)
      .select('name, good_min, fair_min');
    expect(error).toBeNull();
    expect(data![0]!.name).toBe('Bộ chỉ số CCHC cấp xã năm 2097');
    expect([Number(data![0]!.good_min), Number(data![0]!.fair_min)]).toEqual([85, 72.5]);
  });

  it('bands out of order, a window ending before it starts and a bad decision number are refused with their message', async () => {
    expectConstraint((await interior.from('cchc_sets').update({ fair_min: 85 }).eq('id', setId)).error, 'cchc_sets_band_order');
    expectConstraint((await interior.from('cchc_sets').update({ self_to: '2097-11-30' }).eq('id', setId)).error, 'cchc_sets_window_order');
    expectConstraint((await interior.from('cchc_sets').update({ decision_doc: 'QĐ 15' }).eq('id', setId)).error, 'cchc_sets_decision_doc_format');
    expectRule((await interior.from('cchc_sets').update({ status: 'open' }).eq('id', setId)).error, 'cchc_set_system_columns');
  });

  it('adds an area, a criterion and a sub-criterion; the parent is found from the code', async () => {
    for (const row of [
      { code: '1', title: 'Công tác chỉ đạo, điều hành CCHC', max_points: 6, kind: null },
      { code: '1.1', title: 'Kế hoạch CCHC năm', max_points: 6, kind: null },
      { code: '1.1.1', title: 'Ban hành kế hoạch đúng hạn', max_points: 2, kind: 'yes_no' as const, expected_evidence: 'Kế hoạch CCHC năm của UBND xã', responsible_unit_id: unitIds.SNV },
      { code: '1.1.2', title: 'Mức độ hoàn thành kế hoạch', max_points: 4, kind: 'choice' as const, allowed_values: [0, 2, 4] },
    ]) {
      const { error } = await interior.from('cchc_items').insert({ ...row, set_id: setId });
      expect(error, row.code).toBeNull();
    }
    const [crit] = await item('1.1');
    expect((await item('1.1.1'))[0]!.parent_id).toBe(crit!.id);
  });

  it('edits a sub-criterion\'s text, maximum, kind and expected evidence, and removes one', async () => {
    const [sub] = await item('1.1.1');
    const { error } = await interior
      .from('cchc_items')
      .update({ title: 'Ban hành kế hoạch CCHC đúng thời hạn', max_points: 3, kind: 'manual', expected_evidence: 'Quyết định ban hành' })
      .eq('id', sub!.id);
    expect(error).toBeNull();
    expect((await item('1.1.1'))[0]).toMatchObject({ title: 'Ban hành kế hoạch CCHC đúng thời hạn', max_points: '3.00', kind: 'manual' });
    const del = await interior.from('cchc_items').delete().eq('id', (await item('1.1.2'))[0]!.id).select('id');
    expect(del.data).toHaveLength(1);
    expect(await item('1.1.2')).toHaveLength(0);
  });

  it('refuses what breaks the tree or the limits, each with its message', async () => {
    const [area] = await item('1');
    const [crit] = await item('1.1');
    const [sub] = await item('1.1.1');
    expectRule((await interior.from('cchc_items').update({ kind: 'manual' }).eq('id', area!.id)).error, 'cchc_item_area_scored');
    expectRule((await interior.from('cchc_items').update({ kind: 'manual' }).eq('id', crit!.id)).error, 'cchc_item_parent_scored');
    expectRule((await interior.from('cchc_items').update({ code: '1.2' }).eq('id', sub!.id)).error, 'cchc_item_level_fixed');
    expectRule((await interior.from('cchc_items').update({ code: '1.2' }).eq('id', crit!.id)).error, 'cchc_item_code_has_children');
    const lone = await interior.from('cchc_items').insert({ set_id: setId, code: '2', title: 'Lĩnh vực chưa có tiêu chí', max_points: 0 }).select('id').single();
    expect(lone.error).toBeNull();
    expectRule((await interior.from('cchc_items').update({ code: '2.1' }).eq('id', lone.data!.id)).error, 'cchc_item_level_fixed');
    expect((await interior.from('cchc_items').update({ code: '3' }).eq('id', lone.data!.id)).error).toBeNull();
    expectRule((await interior.from('cchc_items').insert({ set_id: setId, code: '2.1', title: 'Không có lĩnh vực', max_points: 1, kind: 'manual' })).error, 'cchc_item_parent_missing');
    expectRule((await interior.from('cchc_items').update({ responsible_unit_id: unitIds['CU-TEST'] }).eq('id', sub!.id)).error, 'cchc_component_unit_inactive');
    expectConstraint((await interior.from('cchc_items').update({ max_points: 1000.5 }).eq('id', sub!.id)).error, 'cchc_items_max_range');
    expectConstraint((await interior.from('cchc_items').update({ title: 'ab' }).eq('id', sub!.id)).error, 'cchc_items_title_length');
    expectConstraint((await interior.from('cchc_items').update({ kind: 'choice', allowed_values: [0, 5] }).eq('id', sub!.id)).error, 'cchc_items_choice_values');
    expectConstraint((await interior.from('cchc_items').insert({ set_id: setId, code: '1.1.1', title: 'Trùng mã', max_points: 1, kind: 'manual' })).error, 'cchc_items_set_code_key');
    expectConstraint((await interior.from('cchc_items').insert({ set_id: setId, code: '123', title: 'Mã sai', max_points: 1, kind: null })).error, 'cchc_items_code_format');
    expect((await item('1.1.1'))[0]).toMatchObject({ title: 'Ban hành kế hoạch CCHC đúng thời hạn', max_points: '3.00', kind: 'manual', responsible_unit_id: unitIds.SNV });
  });

  it('a head of unit and the committee change nothing in a draft set', async () => {
    const [sub] = await item('1.1.1');
    for (const c of [head, committee, admin]) {
      // refused by the policy, or earlier by the guard (a head of unit does not even see a draft set)
      expect(['42501', 'RT423']).toContain((await c.from('cchc_items').insert({ set_id: setId, code: '1.1.5', title: 'Tiêu chí lạ', max_points: 1, kind: 'manual' })).error?.code);
      expect((await c.from('cchc_items').update({ title: 'Sửa trái phép' }).eq('id', sub!.id).select('id')).data ?? []).toHaveLength(0);
      expect((await c.from('cchc_items').delete().eq('id', sub!.id).select('id')).data ?? []).toHaveLength(0);
      expect((await c.from('cchc_sets').update({ name: 'Đổi tên trái phép' }).eq('id', setId).select('id')).data ?? []).toHaveLength(0);
    }
    expect((await item('1.1.1'))[0]!.title).toBe('Ban hành kế hoạch CCHC đúng thời hạn');
  });

  it('once the set is open, its settings and items are refused through the API', async () => {
    const sets = [departments.setId];
    for (const id of sets) {
      expectRule((await interior.from('cchc_sets').update({ name: 'Đổi tên bộ đang dùng' }).eq('id', id)).error, 'cchc_set_locked');
      expectRule((await interior.from('cchc_sets').update({ good_min: 26 }).eq('id', id)).error, 'cchc_set_locked');
      // the delete policy does not even reach a set in use
      expect((await interior.from('cchc_sets').delete().eq('id', id).select('id')).data ?? []).toHaveLength(0);
      expectRule((await interior.from('cchc_items').update({ max_points: 5 }).eq('id', departments.items['1.4']!)).error, 'cchc_set_locked');
      expectRule((await interior.from('cchc_items').update({ expected_evidence: 'Khác' }).eq('id', departments.items['1.4']!)).error, 'cchc_set_locked');
      expectRule((await interior.from('cchc_items').insert({ set_id: id, code: '2.9', title: 'Thêm vào bộ đang dùng', max_points: 1, kind: 'manual' })).error, 'cchc_set_locked');
      expectRule((await interior.from('cchc_items').delete().eq('id', departments.items['4.1']!)).error, 'cchc_set_locked');
    }
    const [row] = await b.sql<{ n: number; name: string }>(
      `select (select count(*)::int from public.cchc_items where set_id = $1) as n, (select name from public.cchc_sets where id = $1) as name`, departments.setId);
    expect(row!.n).toBe(14);
    expect(row!.name).toMatch(/^Bộ chỉ số thử nghiệm/);
  });
});
