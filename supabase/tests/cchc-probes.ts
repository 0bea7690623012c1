// Probes of the access matrix for the CCHC index scoring tables and API
// functions (see access-matrix.ts): each tries one operation as one persona
// and answers whether it took effect.  Fixtures are written as the database
// owner; `dept_head` heads Sở Tư pháp (STP), whose assessments they are.
import type { Backend, Client } from './harness';
import type { Operation, Persona } from './access-matrix';
import { makeCchcSet, scoreVersion, setAssessmentStatus, type CchcFixture } from './cchc-fixtures';

type Probe = (c: Client, persona: Persona) => Promise<boolean>;

export function cchcProbes(getB: () => Backend) {
  let shared: Promise<{ open: CchcFixture; appraising: CchcFixture; province: CchcFixture }> | null = null;
  const fx = () =>
    (shared ??= (async () => {
      const b = getB();
      const open = await makeCchcSet(b);
      const appraising = await makeCchcSet(b);
      await setAssessmentStatus(b, appraising.stp, 'appraising');
      const province = await makeCchcSet(b, { target: 'province' });
      // one history row to read
      await b.sql(`update public.cchc_scores set self_note = 'Ghi chú của chủ sở hữu' where id = $1`, open.scores['1.4']);
      return { open, appraising, province };
    })());
  let counter = 0;
  const next = () => (counter += 1);
  const count = async (query: string, ...params: unknown[]) =>
    Number((await getB().sql<{ n: number }>(`select count(*)::int as n from (${query}) q`, ...params))[0]!.n);
  async function ownerEvidence(): Promise<string> {
    const { open } = await fx();
    const [row] = await getB().sql<{ id: string }>(
      `insert into public.cchc_evidence (score_id, assessment_id, kind, url, summary)
       values ($1, $2, 'link', 'https://example.vn/minh-chung.pdf', 'Minh chứng của chủ sở hữu') returning id`,
      open.scores['1.4'], open.stp);
    return row!.id;
  }
  async function ownerExplanation(): Promise<string> {
    const { appraising } = await fx();
    const [row] = await getB().sql<{ id: string }>(
      `insert into public.cchc_explanations (score_id, question, answer_by) values ($1, 'Đề nghị giải trình thêm.', private.local_date(now()) + 3) returning id`,
      appraising.scores['2.1']);
    return row!.id;
  }
  async function ownerComponent(): Promise<string> {
    const { province } = await fx();
    const [row] = await getB().sql<{ id: string }>(
      `insert into public.cchc_component_scores (assessment_id, component, score, max_score) values ($1, 'pci', 60, 100)
       on conflict (assessment_id, component) do update set score = 60 returning id`, province.stp);
    return row!.id;
  }

  // Set years must be unique per target: draft sets take the first year from
  // 2030 on that no set of their target uses yet (the table and function
  // probes together need more years than one target has left before 2100).
  async function firstFreeYear(target: string): Promise<number | null> {
    const [row] = await getB().sql<{ year: number | null }>(
      `select min(y)::int as year from generate_series(2030, 2100) as y
        where not exists (select 1 from public.cchc_sets s where s.year = y and s.target::text = $1)`, target);
    return row?.year ?? null;
  }
  async function freeYear(target: string): Promise<number> {
    const year = await firstFreeYear(target);
    if (year === null) throw new Error(`no free ${target} year left for a CCHC probe`);
    return year;
  }
  async function freshDraftSet(): Promise<string> {
    const target = (await firstFreeYear('communes')) !== null ? 'communes' : 'departments';
    const [row] = await getB().sql<{ id: string }>(
      `insert into public.cchc_sets (year, target, name, cut_off, self_from, self_to)
       values ($1, $2::public.cchc_target, 'Bộ chỉ số dự thảo thử nghiệm', date '2099-12-31', date '2099-01-01', date '2099-01-31') returning id`,
      await freeYear(target), target);
    return row!.id;
  }

  const tables: Record<string, Record<Operation, Probe>> = {
    cchc_sets: {
      select: async (c) => ((await c.from('cchc_sets').select('id').eq('id', (await fx()).open.setId)).data?.length ?? 0) > 0,
      insert: async (c) => {
        const year = await freeYear('communes');
        await c.from('cchc_sets').insert({ year, target: 'communes', name: 'Bộ chỉ số thêm mới', cut_off: '2099-12-31', self_from: '2099-01-01', self_to: '2099-01-31' });
        return (await count(`select 1 from public.cchc_sets where year = $1 and target = 'communes'`, year)) === 1;
      },
      update: async (c) => {
        const id = await freshDraftSet();
        await c.from('cchc_sets').update({ name: 'Bộ chỉ số đã đổi tên' }).eq('id', id);
        return (await count(`select 1 from public.cchc_sets where id = $1 and name = 'Bộ chỉ số đã đổi tên'`, id)) === 1;
      },
      delete: async (c) => {
        const id = await freshDraftSet();
        await c.from('cchc_sets').delete().eq('id', id);
        return (await count('select 1 from public.cchc_sets where id = $1', id)) === 0;
      },
    },
    cchc_items: {
      select: async (c) => ((await c.from('cchc_items').select('id').eq('set_id', (await fx()).open.setId)).data?.length ?? 0) > 0,
      insert: async (c) => {
        const setId = await freshDraftSet();
        await c.from('cchc_items').insert({ set_id: setId, code: '1', title: 'Lĩnh vực mới', max_points: 10 });
        return (await count('select 1 from public.cchc_items where set_id = $1', setId)) === 1;
      },
      update: async (c) => {
        const setId = await freshDraftSet();
        const [item] = await getB().sql<{ id: string }>(
          `insert into public.cchc_items (set_id, code, title, max_points) values ($1, '1', 'Lĩnh vực thử nghiệm', 10) returning id`, setId);
        await c.from('cchc_items').update({ title: 'Lĩnh vực đã đổi tên' }).eq('id', item!.id);
        return (await count(`select 1 from public.cchc_items where id = $1 and title = 'Lĩnh vực đã đổi tên'`, item!.id)) === 1;
      },
      delete: async (c) => {
        const setId = await freshDraftSet();
        const [item] = await getB().sql<{ id: string }>(
          `insert into public.cchc_items (set_id, code, title, max_points) values ($1, '1', 'Lĩnh vực thử nghiệm', 10) returning id`, setId);
        await c.from('cchc_items').delete().eq('id', item!.id);
        return (await count('select 1 from public.cchc_items where id = $1', item!.id)) === 0;
      },
    },
    cchc_assessments: {
      select: async (c) => ((await c.from('cchc_assessments').select('id').eq('id', (await fx()).open.stp)).data?.length ?? 0) > 0,
      insert: async (c) => {
        const { open } = await fx();
        const [snv] = await getB().sql<{ id: string }>(`select id from public.units where code = 'SNV'`);
        await c.from('cchc_assessments').insert({ set_id: open.setId, unit_id: snv!.id, self_from: '2099-01-01', self_to: '2099-01-31' });
        return (await count('select 1 from public.cchc_assessments where set_id = $1 and unit_id = $2', open.setId, snv!.id)) === 1;
      },
      update: async (c) => {
        const { open } = await fx();
        const days = 6 + next();
        const [row] = await getB().sql<{ version: number }>('select version from public.cchc_assessments where id = $1', open.stp);
        await c.from('cchc_assessments').update({
          self_to: (await getB().sql<{ d: string }>(`select (private.local_date(now()) + $1::int)::text as d`, days))[0]!.d,
          version: row!.version + 1,
        }).eq('id', open.stp);
        return (await count(`select 1 from public.cchc_assessments where id = $1 and self_to = private.local_date(now()) + $2::int`, open.stp, days)) === 1;
      },
      delete: async (c) => {
        const { open } = await fx();
        await c.from('cchc_assessments').delete().eq('id', open.other);
        return (await count('select 1 from public.cchc_assessments where id = $1', open.other)) === 0;
      },
    },
    cchc_scores: {
      select: async (c) => ((await c.from('cchc_scores').select('id').eq('assessment_id', (await fx()).open.stp)).data?.length ?? 0) > 0,
      insert: async (c) => {
        const { open } = await fx();
        const before = await count('select 1 from public.cchc_scores where assessment_id = $1', open.other);
        await getB().sql('delete from public.cchc_scores where assessment_id = $1 and item_id = $2', open.other, open.items['1.4']);
        await c.from('cchc_scores').insert({ assessment_id: open.other, item_id: open.items['1.4']! });
        const after = await count('select 1 from public.cchc_scores where assessment_id = $1', open.other);
        if (after < before) await getB().sql('insert into public.cchc_scores (assessment_id, item_id) values ($1, $2)', open.other, open.items['1.4']);
        return after === before;
      },
      // the head of the unit self-scores its own draft; Home Affairs appraises one under appraisal
      update: async (c) => {
        const { open, appraising } = await fx();
        const value = (next() % 16) * 0.25;
        await c.from('cchc_scores').update({ self_score: value, version: (await scoreVersion(getB(), open.scores['1.4']!)) + 1 }).eq('id', open.scores['1.4']!);
        await c.from('cchc_scores').update({
          appraised_score: value, appraisal_note: 'Điều chỉnh theo minh chứng.', version: (await scoreVersion(getB(), appraising.scores['1.4']!)) + 1,
        }).eq('id', appraising.scores['1.4']!);
        return (await count(
          `select 1 from public.cchc_scores where (id = $1 and self_score = $3) or (id = $2 and appraised_score = $3)`,
          open.scores['1.4'], appraising.scores['1.4'], value)) > 0;
      },
      delete: async (c) => {
        const { open } = await fx();
        await c.from('cchc_scores').delete().eq('id', open.scores['2.2']!);
        return (await count('select 1 from public.cchc_scores where id = $1', open.scores['2.2'])) === 0;
      },
    },
    cchc_evidence: {
      select: async (c) => {
        const id = await ownerEvidence();
        return ((await c.from('cchc_evidence').select('id').eq('id', id)).data?.length ?? 0) > 0;
      },
      insert: async (c) => {
        const { open } = await fx();
        const summary = `Minh chứng thêm ${next()}`;
        await c.from('cchc_evidence').insert({ score_id: open.scores['1.4']!, assessment_id: open.stp, kind: 'link', url: 'https://example.vn/a.pdf', summary });
        return (await count('select 1 from public.cchc_evidence where summary = $1', summary)) === 1;
      },
      update: async (c) => {
        const id = await ownerEvidence();
        await c.from('cchc_evidence').update({ summary: 'Đã sửa trích yếu' }).eq('id', id);
        return (await count(`select 1 from public.cchc_evidence where id = $1 and summary = 'Đã sửa trích yếu'`, id)) === 1;
      },
      delete: async (c) => {
        const id = await ownerEvidence();
        await c.from('cchc_evidence').delete().eq('id', id);
        return (await count('select 1 from public.cchc_evidence where id = $1', id)) === 0;
      },
    },
    cchc_explanations: {
      select: async (c) => {
        const id = await ownerExplanation();
        return ((await c.from('cchc_explanations').select('id').eq('id', id)).data?.length ?? 0) > 0;
      },
      insert: async (c) => {
        const { appraising } = await fx();
        const question = `Đề nghị giải trình số ${next()}.`;
        const today = (await getB().sql<{ d: string }>(`select private.local_date(now())::text as d`))[0]!.d;
        await c.from('cchc_explanations').insert({ score_id: appraising.scores['2.2']!, assessment_id: appraising.stp, question, answer_by: today });
        return (await count('select 1 from public.cchc_explanations where question = $1', question)) === 1;
      },
      update: async (c) => {
        const id = await ownerExplanation();
        await c.from('cchc_explanations').update({ answer: 'Đơn vị đã bổ sung minh chứng.' }).eq('id', id);
        return (await count('select 1 from public.cchc_explanations where id = $1 and answer is not null', id)) === 1;
      },
      delete: async (c) => {
        const id = await ownerExplanation();
        await c.from('cchc_explanations').delete().eq('id', id);
        return (await count('select 1 from public.cchc_explanations where id = $1', id)) === 0;
      },
    },
    cchc_component_scores: {
      select: async (c) => {
        const id = await ownerComponent();
        return ((await c.from('cchc_component_scores').select('id').eq('id', id)).data?.length ?? 0) > 0;
      },
      insert: async (c) => {
        const { province } = await fx();
        await getB().sql(`delete from public.cchc_component_scores where assessment_id = $1 and component = 'papi'`, province.stp);
        await c.from('cchc_component_scores').insert({ assessment_id: province.stp, component: 'papi', score: 42.5, max_score: 80 });
        return (await count(`select 1 from public.cchc_component_scores where assessment_id = $1 and component = 'papi'`, province.stp)) === 1;
      },
      update: async (c) => {
        const id = await ownerComponent();
        const [row] = await getB().sql<{ version: number }>('select version from public.cchc_component_scores where id = $1', id);
        await c.from('cchc_component_scores').update({ score: 61.5, version: row!.version + 1 }).eq('id', id);
        return (await count('select 1 from public.cchc_component_scores where id = $1 and score = 61.5', id)) === 1;
      },
      delete: async (c) => {
        const id = await ownerComponent();
        await c.from('cchc_component_scores').delete().eq('id', id);
        return (await count('select 1 from public.cchc_component_scores where id = $1', id)) === 0;
      },
    },
    cchc_events: {
      select: async (c) => ((await c.from('cchc_events').select('id').eq('assessment_id', (await fx()).open.stp)).data?.length ?? 0) > 0,
      insert: async (c) => {
        const { open } = await fx();
        await c.from('cchc_events').insert({ assessment_id: open.stp, action: 'appraised', changes: { forged: true } });
        return (await count(`select 1 from public.cchc_events where changes ? 'forged'`)) > 0;
      },
      update: async (c) => {
        const { open } = await fx();
        await c.from('cchc_events').update({ changes: { rewritten: true } }).eq('assessment_id', open.stp);
        return (await count(`select 1 from public.cchc_events where changes ? 'rewritten'`)) > 0;
      },
      delete: async (c) => {
        const { open } = await fx();
        const before = await count('select 1 from public.cchc_events where assessment_id = $1', open.stp);
        await c.from('cchc_events').delete().eq('assessment_id', open.stp);
        return before > 0 && (await count('select 1 from public.cchc_events where assessment_id = $1', open.stp)) < before;
      },
    },
  };

  const rows = async (p: PromiseLike<{ data: unknown; error: unknown }>) => {
    const { data, error } = await p;
    return !error && Array.isArray(data) && data.length > 0;
  };
  /** A fresh fixture whose STP self-assessment is complete, as the owner wrote it. */
  async function completeDraft(): Promise<CchcFixture> {
    const f = await makeCchcSet(getB());
    await getB().sql(
      `update public.cchc_scores s set self_score = 0, self_note = 'Chưa thực hiện trong năm.' from public.cchc_items i
        where i.id = s.item_id and s.assessment_id = $1 and i.source is null and i.kind <> 'survey'`, f.stp);
    return f;
  }
  const statusOf = async (id: string) =>
    (await getB().sql<{ status: string }>('select status from public.cchc_assessments where id = $1', id))[0]!.status;

  const functions: Record<string, Probe> = {
    cchc_scoresheet: async (c) => rows(c.rpc('cchc_scoresheet', { p_assessment_id: (await fx()).open.stp })),
    cchc_area_totals: async (c) => rows(c.rpc('cchc_area_totals', { p_assessment_id: (await fx()).open.stp })),
    cchc_ranking: async (c) => rows(c.rpc('cchc_ranking', { p_set_id: (await fx()).open.setId })),
    cchc_area_summary: async (c) => {
      const { data, error } = await c.rpc('cchc_area_summary', { p_set_id: (await fx()).open.setId });
      return !error && (data ?? []).some((r) => r.assessments > 0);
    },
    cchc_computed_tasks: async (c) => {
      const { open } = await fx();
      return rows(c.rpc('cchc_computed_tasks', { p_assessment_id: open.stp, p_item_id: open.items['1.1']! }));
    },
    cchc_points_at_risk: async (c) => rows(c.rpc('cchc_points_at_risk', { p_assessment_id: (await fx()).open.stp })),
    cchc_points_at_risk_overview: async (c) => rows(c.rpc('cchc_points_at_risk_overview', { p_set_id: (await fx()).open.setId })),
    cchc_lost_points: async (c) => rows(c.rpc('cchc_lost_points', { p_assessment_id: (await fx()).province.stp })),
    cchc_open_set: async (c) => {
      const setId = await freshDraftSet();
      await getB().sql(`insert into public.cchc_items (set_id, code, title, max_points) values ($1, '1', 'Lĩnh vực', 2)`, setId);
      await getB().sql(`insert into public.cchc_items (set_id, code, title, max_points, kind) values ($1, '1.1', 'Tiêu chí', 2, 'manual')`, setId);
      await c.rpc('cchc_open_set', { p_set_id: setId });
      return (await count(`select 1 from public.cchc_sets where id = $1 and status = 'open'`, setId)) === 1;
    },
    cchc_submit: async (c) => {
      const f = await completeDraft();
      await c.rpc('cchc_submit', { p_assessment_id: f.stp });
      return (await statusOf(f.stp)) === 'submitted';
    },
    cchc_start_appraisal: async (c) => {
      const f = await completeDraft();
      await setAssessmentStatus(getB(), f.stp, 'submitted');
      await c.rpc('cchc_start_appraisal', { p_assessment_id: f.stp });
      return (await statusOf(f.stp)) === 'appraising';
    },
    cchc_accept_self_scores: async (c) => {
      const f = await completeDraft();
      await setAssessmentStatus(getB(), f.stp, 'appraising');
      await c.rpc('cchc_accept_self_scores', { p_assessment_id: f.stp });
      return (await count('select 1 from public.cchc_scores where assessment_id = $1 and appraised_score is not null', f.stp)) > 0;
    },
    cchc_finish_reappraisal: async (c) => {
      const f = await completeDraft();
      await setAssessmentStatus(getB(), f.stp, 'explanation_requested');
      await c.rpc('cchc_finish_reappraisal', { p_assessment_id: f.stp });
      return (await statusOf(f.stp)) === 'reappraised';
    },
    cchc_publish_set: async (c) => {
      const f = await completeDraft();
      await getB().sql(`update public.cchc_assessments set status = 'appraising' where set_id = $1`, f.setId);
      await getB().sql(`update public.cchc_scores s set appraised_score = 0 from public.cchc_items i
                         where i.id = s.item_id and i.source is null and s.assessment_id in (select id from public.cchc_assessments where set_id = $1)`, f.setId);
      await c.rpc('cchc_publish_set', { p_set_id: f.setId });
      return (await count(`select 1 from public.cchc_sets where id = $1 and status = 'published'`, f.setId)) === 1;
    },
    cchc_import_items: async (c) => {
      const setId = await freshDraftSet();
      await c.rpc('cchc_import_items', { p_set_id: setId, p_rows: [{ code: '1', title: 'Lĩnh vực nhập từ tệp', max_points: '5' }] });
      return (await count('select 1 from public.cchc_items where set_id = $1', setId)) === 1;
    },
    cchc_copy_set: async (c) => {
      const { open } = await fx();
      const [from] = await getB().sql<{ target: string }>('select target::text as target from public.cchc_sets where id = $1', open.setId);
      const year = await freeYear(from!.target);
      await c.rpc('cchc_copy_set', { p_from_set_id: open.setId, p_year: year });
      return (await count('select 1 from public.cchc_sets where previous_set_id = $1 and year = $2', open.setId, year)) === 1;
    },
  };
  return { tables, functions };
}
