// Periodic reports: cut-off dates, who may do what, submission freezing the
// figures, the lock on submitted reports, and superseding by a new version.
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../app/i18n/resources';
import { dbErrorMessage, explainDbError } from '../../app/lib/db-errors';
import { startBackend, type Backend, type Client } from './harness';
import { makePlan, uniq, unitId } from './fixtures';

type Persona = 'committee' | 'dept_head' | 'interior' | 'admin';
const EMAILS: Record<Persona, string> = {
  committee: 'committee@example.vn',
  dept_head: 'tuphap@example.vn',
  interior: 'noivu@example.vn',
  admin: 'admin@example.vn',
};

let b: Backend;
const as = {} as Record<Persona, Client>;
let plan2024: string;
let vt: typeof i18next.t;
let et: typeof i18next.t;

beforeAll(async () => {
  b = await startBackend({ seed: true });
  for (const [persona, email] of Object.entries(EMAILS)) as[persona as Persona] = await b.signIn(email);
  const [row] = await b.sql<{ id: string }>(`select id from public.plans where doc_number = '315/KH-UBND'`);
  plan2024 = row!.id;
  const vInst = i18next.createInstance();
  await vInst.init({ resources: { vi: resources.vi }, lng: 'vi', interpolation: { escapeValue: false } });
  const eInst = i18next.createInstance();
  await eInst.init({ resources: { en: resources.en }, lng: 'en', interpolation: { escapeValue: false } });
  vt = vInst.t;
  et = eInst.t;
});
afterAll(async () => b?.close());

/** A plan of year `year` (in force) with no tasks, written as the owner. */
async function planOfYear(year: number): Promise<string> {
  const [row] = await b.sql<{ id: string }>(
    `insert into public.plans (doc_number, title, year, issued_on, status)
     values ($1, $2, $3::int, make_date($3::int - 1, 12, 20), 'in_force') returning id`,
    `${Math.floor(Math.random() * 90000) + 1000}/KH-UBND`, `Kế hoạch thử nghiệm ${uniq()}`, year);
  return row!.id;
}

async function draft(c: Client, planId: string, period: 'q1' | 'h1' | 'q3' | 'annual', year: number) {
  const { data, error } = await c.from('reports').insert({ plan_id: planId, period, year }).select('*').single();
  expect(error).toBeNull();
  return data!;
}

async function readyToSubmit(id: string, docNumber = '312/BC-UBND') {
  const { error } = await as.interior.from('reports').update({ doc_number: docNumber, signer_name: 'Nguyễn Văn An' }).eq('id', id);
  expect(error).toBeNull();
}

const reportRow = async (id: string) =>
  (await b.sql<Record<string, unknown>>('select * from public.reports where id = $1', id))[0]!;

describe('cut-off dates follow the Ministry of Home Affairs rules', () => {
  it('every period runs from 15/12 of the previous year to the 14th of its last month, due on the 20th', async () => {
    const planId = await planOfYear(2024);
    const expected = {
      q1: ['2023-12-15', '2024-03-14', '2024-03-20'],
      h1: ['2023-12-15', '2024-06-14', '2024-06-20'],
      q3: ['2023-12-15', '2024-09-14', '2024-09-20'],
      annual: ['2023-12-15', '2024-12-14', '2024-12-20'],
    } as const;
    for (const [period, [from, to, due]] of Object.entries(expected)) {
      const r = await draft(as.interior, planId, period as keyof typeof expected, 2024);
      expect([r.data_from, r.data_to, r.due_on], period).toEqual([from, to, due]);
      // the report is dated on the due day until Home Affairs changes it
      expect(r.doc_date, period).toBe(due);
    }
  });

  it('cut-offs are computed, never typed', async () => {
    const planId = await planOfYear(2024);
    const { error } = await as.interior.from('reports').insert({ plan_id: planId, period: 'q1', year: 2024, data_to: '2024-03-31' } as never);
    expect(error).not.toBeNull();
  });

  it('a task done on the cut-off day counts; one done the next day does not', async () => {
    const planId = await planOfYear(2024);
    const stp = await unitId(b, 'STP');
    await b.sql(`select set_config('app.seeding', 'on', false)`);
    for (const [ordinal, doneAt] of [['1.1', '2024-09-14 23:30'], ['1.2', '2024-09-15 08:00']] as const) {
      const [t] = await b.sql<{ id: string }>(
        `insert into public.tasks (plan_id, area_id, ordinal, title, lead_unit_id, start_date, due_date, status, progress, submitted_at, completed_on)
         values ($1, 1, $2, 'Nhiệm vụ ranh giới ngày chốt', $3, '2024-01-02', '2024-12-31', 'done', 100,
                 ($4::timestamp at time zone 'Asia/Ho_Chi_Minh'), ($4::timestamp)::date) returning id`,
        planId, ordinal, stp, doneAt);
      await b.sql(
        `insert into public.task_events (task_id, occurred_at, action, changes) values
           ($1, '2024-01-02 08:00+07', 'created', '{"status":{"old":null,"new":"not_started"}}'),
           ($1, ($2::timestamp at time zone 'Asia/Ho_Chi_Minh'), 'status_changed',
            jsonb_build_object('status', jsonb_build_object('old', 'not_started', 'new', 'done'),
                               'completed_on', jsonb_build_object('old', null, 'new', ($2::timestamp)::date)))`,
        t!.id, doneAt);
    }
    await b.sql(`select set_config('app.seeding', '', false)`);
    const r = await draft(as.interior, planId, 'q3', 2024);
    const { data } = await as.committee.rpc('report_data', { p_report_id: r.id });
    const figures = (data as { figures: Array<{ area_id: number | null; total: number; done: number }> }).figures;
    expect(figures.find((f) => f.area_id === null)).toMatchObject({ total: 2, done: 1 });
  });

  it('compares with the previous period and with the same period of last year', async () => {
    const [p2025] = await b.sql<{ id: string }>(`select id from public.plans where doc_number = '186/KH-UBND' and year = 2025`);
    const id = (await draft(as.interior, p2025!.id, 'q3', 2025)).id;
    const { data } = await as.committee.rpc('report_data', { p_report_id: id });
    const d = data as {
      as_of: string;
      previous: { period: string; year: number; as_of: string; plan: { doc_number: string } };
      last_year: { period: string; year: number; as_of: string; plan: { doc_number: string }; figures: Array<{ area_id: number | null; total: number }> };
    };
    expect(d.as_of).toBe('2025-09-14');
    expect(d.previous).toMatchObject({ period: 'h1', year: 2025, as_of: '2025-06-14', plan: { doc_number: '186/KH-UBND' } });
    expect(d.last_year).toMatchObject({ period: 'q3', year: 2024, as_of: '2024-09-14', plan: { doc_number: '315/KH-UBND' } });
    const [expected] = await b.sql<{ total: number }>(`select total from public.plan_figures($1, date '2024-09-14') where area_id is null`, plan2024);
    expect(d.last_year.figures.find((f) => f.area_id === null)!.total).toBe(expected!.total);
    expect(expected!.total).toBe(37);
    await as.interior.from('reports').delete().eq('id', id);
  });

  it('the previous period of a Q1 report is last year\'s annual report, on last year\'s plan', async () => {
    const [p2025] = await b.sql<{ id: string }>(`select id from public.plans where doc_number = '186/KH-UBND' and year = 2025`);
    const r = await draft(as.interior, p2025!.id, 'q1', 2025);
    const { data } = await as.interior.rpc('report_data', { p_report_id: r.id });
    expect((data as { previous: unknown }).previous).toMatchObject({
      period: 'annual', year: 2024, as_of: '2024-12-14', plan: { doc_number: '315/KH-UBND' },
    });
    await as.interior.from('reports').delete().eq('id', r.id);
  });
});

describe('who may do what with reports', () => {
  it('every role reads reports; nobody without a role or anonymous does', async () => {
    const planId = await planOfYear(2024);
    const r = await draft(as.interior, planId, 'h1', 2024);
    for (const persona of ['committee', 'dept_head', 'admin', 'interior'] as const) {
      const { data } = await as[persona].from('reports').select('id').eq('id', r.id);
      expect(data, persona).toHaveLength(1);
    }
    const stranger = await b.signUp(`khach.${uniq()}@example.vn`);
    expect((await stranger.from('reports').select('id').eq('id', r.id)).data ?? []).toHaveLength(0);
    expect((await b.anon().from('reports').select('id').eq('id', r.id)).data ?? []).toHaveLength(0);
  });

  it('only Home Affairs creates and edits drafts', async () => {
    const planId = await planOfYear(2024);
    for (const persona of ['committee', 'dept_head', 'admin'] as const) {
      const { error } = await as[persona].from('reports').insert({ plan_id: planId, period: 'q1', year: 2024 });
      expect(error, persona).not.toBeNull();
    }
    const r = await draft(as.interior, planId, 'q1', 2024);
    expect(r.status).toBe('draft');
    expect(r.version).toBe(1);
    for (const persona of ['committee', 'dept_head', 'admin'] as const) {
      const { data } = await as[persona].from('reports').update({ overview: 'Sửa trái phép' }).eq('id', r.id).select('id');
      expect(data ?? [], persona).toHaveLength(0);
    }
    expect((await reportRow(r.id)).overview).not.toBe('Sửa trái phép');
    const { error } = await as.interior.from('reports').update({ overview: 'Nội dung do Sở Nội vụ viết.' }).eq('id', r.id);
    expect(error).toBeNull();
    expect((await reportRow(r.id)).overview).toBe('Nội dung do Sở Nội vụ viết.');
  });

  it('a new draft starts from the figures written out as text', async () => {
    const planId = await planOfYear(2024);
    const r = await draft(as.interior, planId, 'q3', 2024);
    expect(r.overview).toContain('Đến ngày 14/09/2024');
    expect(r.overview).toContain('đã hoàn thành 0/0 nhiệm vụ');
    expect(r.shortcomings).toBe('Không có nhiệm vụ chưa hoàn thành quá hạn.');
    expect(r.recipients).toContain('Bộ Nội vụ;');
  });

  it('a department head and the committee cannot submit', async () => {
    const planId = await planOfYear(2024);
    const r = await draft(as.interior, planId, 'q1', 2024);
    await readyToSubmit(r.id);
    for (const persona of ['dept_head', 'committee', 'admin'] as const) {
      const { error } = await as[persona].rpc('submit_report', { p_report_id: r.id });
      expect(error?.code, persona).toBe('RT401');
      expect(error?.hint, persona).toBe('report_forbidden');
    }
    expect((await reportRow(r.id)).status).toBe('draft');
    expect((await reportRow(r.id)).snapshot).toBeNull();
  });

  it('a department head cannot supersede a submitted report', async () => {
    const planId = await planOfYear(2024);
    const r = await draft(as.interior, planId, 'q1', 2024);
    await readyToSubmit(r.id);
    expect((await as.interior.rpc('submit_report', { p_report_id: r.id })).error).toBeNull();
    const { error } = await as.dept_head.rpc('supersede_report', { p_report_id: r.id });
    expect(error?.hint).toBe('report_forbidden');
    expect(await b.sql('select 1 from public.reports where supersedes_id = $1', r.id)).toHaveLength(0);
  });
});

describe('submission freezes the figures', () => {
  let reportId: string;
  let submittedData: unknown;

  it('submits the 9-month 2024 report in one step, with every figure as of 14/09/2024', async () => {
    const { data: existing } = await as.interior.from('reports').select('id').eq('plan_id', plan2024).eq('period', 'q3').eq('year', 2024);
    reportId = existing?.[0]?.id ?? (await draft(as.interior, plan2024, 'q3', 2024)).id;
    // the narrative starts from the figures at the cut-off, written out
    const prefilled = await reportRow(reportId);
    expect(prefilled.overview).toContain('giao 37 nhiệm vụ cho 17 cơ quan, đơn vị chủ trì thực hiện (không tính 3 nhiệm vụ đã hủy');
    expect(prefilled.overview).toContain('đã hoàn thành 11/37 nhiệm vụ (29,73%)');
    expect((prefilled.area_results as Record<string, string>)['1']).toMatch(/^Đã hoàn thành 3\/6 nhiệm vụ \(50%\), trong đó 2 nhiệm vụ đúng hạn, 1 nhiệm vụ quá hạn/);
    expect((prefilled.area_results as Record<string, string>)['1']).toContain('(Sở Tư pháp, quá hạn 76 ngày)');
    expect(prefilled.shortcomings).toContain('Còn 1/37 nhiệm vụ chưa hoàn thành, quá hạn (chiếm 2,7%), trong đó 1 nhiệm vụ quá hạn trên 30 ngày.');
    await readyToSubmit(reportId);
    const live = (await as.interior.rpc('report_data', { p_report_id: reportId })).data as Record<string, unknown>;
    const { data, error } = await as.interior.rpc('submit_report', { p_report_id: reportId });
    expect(error).toBeNull();
    expect(data).toMatchObject({ status: 'submitted', version: 1, doc_number: '312/BC-UBND' });
    const row = await reportRow(reportId);
    expect(row.submitted_at).not.toBeNull();
    const snapshot = row.snapshot as Record<string, unknown> & { tasks: Array<Record<string, unknown>>; figures: Array<Record<string, unknown>> };
    expect(snapshot.as_of).toBe('2024-09-14');
    expect(snapshot.provisional).toBe(false);
    // the same figures the draft showed, now kept
    expect({ ...snapshot, computed_at: null }).toEqual({ ...live, computed_at: null });
    expect(snapshot.figures.find((f) => f.area_id === null)).toMatchObject({ total: 37, done: 11, done_on_time: 9, done_late: 2, open_overdue: 1, cancelled: 3 });
    expect(snapshot.tasks).toHaveLength(40);
    expect(snapshot.tasks.find((t) => t.ordinal === '1.1')).toMatchObject({
      title: 'Ban hành Kế hoạch rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh năm 2024',
      lead_unit: 'Sở Tư pháp', status: 'done', timeliness: 'done_on_time', completed_on: '2024-02-21',
    });
    expect((snapshot.tasks.find((t) => t.ordinal === '1.1')!.evidence as unknown[]).length).toBe(1);
    // 1.2 was reported done on 28/11/2024: after the cut-off it is still in progress
    expect(snapshot.tasks.find((t) => t.ordinal === '1.2')).toMatchObject({ status: 'in_progress', timeliness: 'open_not_due', evidence: [] });
    submittedData = (await as.committee.rpc('report_data', { p_report_id: reportId })).data;
  });

  it('later changes to tasks never alter the submitted report', async () => {
    // The demo 2024 plan is closed (read-only); reopen it as the owner so its tasks can change after the report.
    await b.sql(`update public.plans set status = 'in_force' where id = $1`, plan2024);
    const [task] = await b.sql<{ id: string; version: number; title: string }>(
      `select id, version, title from public.tasks where plan_id = $1 and ordinal = '1.1'`, plan2024);
    // Home Affairs renames a task today ...
    const renamed = await as.interior.from('tasks').update({ title: 'Tên nhiệm vụ đã được sửa sau khi gửi báo cáo', version: task!.version + 1 }).eq('id', task!.id);
    expect(renamed.error).toBeNull();
    // ... confirms a task reported done ...
    const [sub] = await b.sql<{ id: string; version: number }>(`select id, version from public.tasks where plan_id = $1 and ordinal = '1.2'`, plan2024);
    expect((await as.interior.from('tasks').update({ status: 'done', version: sub!.version + 1 }).eq('id', sub!.id)).error).toBeNull();
    // ... and the history itself is corrected behind everyone's back (as the owner).
    const [late] = await b.sql<{ id: string }>(`select id from public.tasks where plan_id = $1 and ordinal = '1.4'`, plan2024);
    await b.sql(
      `insert into public.task_events (task_id, occurred_at, action, changes)
       values ($1, '2024-09-01 10:00+07', 'status_changed',
               '{"status":{"old":"in_progress","new":"done"},"completed_on":{"old":null,"new":"2024-09-01"}}')`, late!.id);

    const live = (await as.committee.rpc('report_preview', { p_plan_id: plan2024, p_period: 'q3', p_year: 2024 })).data as {
      tasks: Array<{ ordinal: string; title: string }>; figures: Array<{ area_id: number | null; done: number }>;
    };
    expect(live.tasks.find((t) => t.ordinal === '1.1')!.title).toBe('Tên nhiệm vụ đã được sửa sau khi gửi báo cáo');
    expect(live.figures.find((f) => f.area_id === null)!.done).toBe(12);

    const after = (await as.committee.rpc('report_data', { p_report_id: reportId })).data;
    expect(after).toEqual(submittedData);
    const snap = (await reportRow(reportId)).snapshot as { tasks: Array<{ ordinal: string; title: string }>; figures: Array<{ area_id: number | null; done: number }> };
    expect(snap.tasks.find((t) => t.ordinal === '1.1')!.title).toBe('Ban hành Kế hoạch rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh năm 2024');
    expect(snap.figures.find((f) => f.area_id === null)!.done).toBe(11);
  });

  it('a submitted report refuses every edit, even from Home Affairs, with a readable message', async () => {
    const before = await reportRow(reportId);
    const edit = await as.interior.from('reports').update({ overview: 'Sửa sau khi gửi' }).eq('id', reportId);
    expect(edit.error?.code).toBe('RT423');
    expect(edit.error?.message).toBe('Báo cáo số 312/BC-UBND đã gửi, không thể sửa hoặc xóa; muốn điều chỉnh, hãy lập phiên bản thay thế.');
    expect(dbErrorMessage(edit.error, vt)).toBe('Báo cáo số 312/BC-UBND đã gửi, không thể sửa hoặc xóa; muốn điều chỉnh, hãy lập phiên bản thay thế.');
    expect(dbErrorMessage(edit.error, et)).toContain('312/BC-UBND');
    const snap = await as.interior.from('reports').update({ snapshot: { forged: true } }).eq('id', reportId);
    expect(snap.error?.hint).toBe('report_locked');
    const del = await as.interior.from('reports').delete().eq('id', reportId);
    expect(del.error?.hint).toBe('report_locked');
    const again = await as.interior.rpc('submit_report', { p_report_id: reportId });
    expect(again.error?.hint).toBe('report_locked');
    // not even the database owner
    await expect(b.sql(`update public.reports set proposals = 'x' where id = $1`, reportId)).rejects.toThrow(/đã gửi/);
    expect(await reportRow(reportId)).toEqual(before);
  });

  it('supersedes by a new version: a draft copy, the old one in force until the new one is submitted', async () => {
    await as.interior.from('reports').update({ shortcomings: 'x' }).eq('id', reportId); // refused, as above
    const { data: v2, error } = await as.interior.rpc('supersede_report', { p_report_id: reportId });
    expect(error).toBeNull();
    const old = await reportRow(reportId);
    expect(v2).toMatchObject({
      status: 'draft', version: 2, supersedes_id: reportId, plan_id: plan2024, period: 'q3', year: 2024,
      overview: old.overview, shortcomings: old.shortcomings, proposals: old.proposals, area_results: old.area_results,
      doc_number: null, snapshot: null,
    });
    expect(old.status).toBe('submitted');

    // only one next version
    const twice = await as.interior.rpc('supersede_report', { p_report_id: reportId });
    expect(twice.error?.hint).toBe('report_already_superseded');
    // a draft cannot be superseded
    const ofDraft = await as.interior.rpc('supersede_report', { p_report_id: v2!.id });
    expect(ofDraft.error?.hint).toBe('report_supersede_not_submitted');

    // the new version's figures are live until it is submitted (the rename shows)
    const liveV2 = (await as.interior.rpc('report_data', { p_report_id: v2!.id })).data as { tasks: Array<{ ordinal: string; title: string }> };
    expect(liveV2.tasks.find((t) => t.ordinal === '1.1')!.title).toBe('Tên nhiệm vụ đã được sửa sau khi gửi báo cáo');

    expect((await as.interior.from('reports').update({ overview: 'Bản điều chỉnh.' }).eq('id', v2!.id)).error).toBeNull();
    await readyToSubmit(v2!.id, '340/BC-UBND');
    const submitted = await as.interior.rpc('submit_report', { p_report_id: v2!.id });
    expect(submitted.error).toBeNull();
    const after = await reportRow(reportId);
    expect(after.status).toBe('superseded');
    expect(after.snapshot).toEqual(old.snapshot);
    expect(after.overview).toEqual(old.overview);
    expect((await reportRow(v2!.id)).status).toBe('submitted');
    // a superseded report is as locked as a submitted one
    const edit = await as.interior.from('reports').update({ overview: 'x' }).eq('id', reportId);
    expect(edit.error?.hint).toBe('report_locked');
    const fromSuperseded = await as.interior.rpc('supersede_report', { p_report_id: reportId });
    expect(fromSuperseded.error?.hint).toBe('report_supersede_not_submitted');
  });
});

// ---------------------------------------------------------------- bad inputs
interface Case {
  name: string;
  act: () => PromiseLike<{ error: { code?: string; message?: string; details?: string | null; hint?: string | null } | null }>;
  code: string;
  message: string;
}

const fingerprint = async () =>
  (await b.sql<{ h: string }>(`select coalesce(md5(string_agg(x::text, '|' order by x::text)), '') as h from public.reports x`))[0]!.h;

const CASES: Array<{ name: string; make: () => Promise<Case> }> = [
  { name: 'submitted before the cut-off has passed', make: async () => {
    const r = await draft(as.interior, await makePlan(b, 'in_force'), 'q1', 2099);
    await readyToSubmit(r.id);
    return { name: '', code: 'RT422', message: 'Chưa qua ngày chốt số liệu (14/03/2099)', act: () => as.interior.rpc('submit_report', { p_report_id: r.id }) };
  } },
  { name: 'submitted without a document number', make: async () => {
    const r = await draft(as.interior, await planOfYear(2024), 'q1', 2024);
    await as.interior.from('reports').update({ signer_name: 'Nguyễn Văn An' }).eq('id', r.id);
    return { name: '', code: 'RT422', message: 'Cần ghi số, ký hiệu của báo cáo', act: () => as.interior.rpc('submit_report', { p_report_id: r.id }) };
  } },
  { name: 'submitted without a signer', make: async () => {
    const r = await draft(as.interior, await planOfYear(2024), 'q1', 2024);
    await as.interior.from('reports').update({ doc_number: '12/BC-UBND' }).eq('id', r.id);
    return { name: '', code: 'RT422', message: 'họ tên người ký', act: () => as.interior.rpc('submit_report', { p_report_id: r.id }) };
  } },
  { name: 'malformed document number', make: async () => {
    const r = await draft(as.interior, await planOfYear(2024), 'q1', 2024);
    return { name: '', code: '23514', message: 'reports_doc_number_format', act: () => as.interior.from('reports').update({ doc_number: 'BC 12' }).eq('id', r.id) };
  } },
  { name: 'report dated before its cut-off', make: async () => {
    const r = await draft(as.interior, await planOfYear(2024), 'q3', 2024);
    return { name: '', code: '23514', message: 'reports_doc_date_after_cutoff', act: () => as.interior.from('reports').update({ doc_date: '2024-09-01' }).eq('id', r.id) };
  } },
  { name: 'report year other than the plan year', make: async () => {
    const planId = await planOfYear(2024);
    return { name: '', code: 'RT422', message: 'Năm báo cáo phải là năm của kế hoạch (2024).', act: () => as.interior.from('reports').insert({ plan_id: planId, period: 'q1', year: 2025 }) };
  } },
  { name: 'report on a draft plan', make: async () => {
    const planId = await makePlan(b, 'draft');
    return { name: '', code: 'RT422', message: 'Kế hoạch chưa ban hành', act: () => as.interior.from('reports').insert({ plan_id: planId, period: 'q1', year: 2099 }) };
  } },
  { name: 'a second report for the same plan and period', make: async () => {
    const planId = await planOfYear(2024);
    await draft(as.interior, planId, 'h1', 2024);
    return { name: '', code: '23505', message: 'reports_', act: () => as.interior.from('reports').insert({ plan_id: planId, period: 'h1', year: 2024 }) };
  } },
  { name: 'status set by hand instead of submitting', make: async () => {
    const r = await draft(as.interior, await planOfYear(2024), 'q1', 2024);
    return { name: '', code: 'RT403', message: 'Gửi báo cáo', act: () => as.interior.from('reports').update({ status: 'submitted' }).eq('id', r.id) };
  } },
  { name: 'period of a draft changed', make: async () => {
    const r = await draft(as.interior, await planOfYear(2024), 'q1', 2024);
    return { name: '', code: 'RT403', message: 'Không được đổi kế hoạch, kỳ báo cáo', act: () => as.interior.from('reports').update({ period: 'annual' }).eq('id', r.id) };
  } },
  { name: 'narrative for an unknown reform area', make: async () => {
    const r = await draft(as.interior, await planOfYear(2024), 'q1', 2024);
    return { name: '', code: '23514', message: 'reports_area_results_shape', act: () => as.interior.from('reports').update({ area_results: { 7: 'Lĩnh vực không tồn tại' } }).eq('id', r.id) };
  } },
  { name: 'over-long narrative', make: async () => {
    const r = await draft(as.interior, await planOfYear(2024), 'q1', 2024);
    return { name: '', code: '23514', message: 'reports_narrative_length', act: () => as.interior.from('reports').update({ proposals: 'Đề xuất. '.repeat(2600) }).eq('id', r.id) };
  } },
  { name: 'unknown signer title', make: async () => {
    const r = await draft(as.interior, await planOfYear(2024), 'q1', 2024);
    return { name: '', code: '23514', message: 'reports_signer_title', act: () => as.interior.from('reports').update({ signer_title: 'secretary' }).eq('id', r.id) };
  } },
];

describe('bad report input is refused with a clear message and changes nothing', () => {
  for (const entry of CASES) {
    it(entry.name, async () => {
      const c = await entry.make();
      const before = await fingerprint();
      const { error } = await c.act();
      expect(await fingerprint(), 'data changed').toBe(before);
      expect(error, 'no error').not.toBeNull();
      if (c.code.startsWith('23') && error!.code === 'SUP') {
        expect(error!.message).toContain(`constraint "${c.message}`);
      } else {
        expect(error!.code).toBe(c.code);
        expect(error!.message).toContain(c.message);
      }
      expect(explainDbError(error).key).not.toBe('errors.generic');
      for (const t of [vt, et]) {
        const text = dbErrorMessage(error, t);
        expect(text).not.toMatch(/^errors\./);
        expect(text.length).toBeGreaterThan(10);
      }
    });
  }
});
