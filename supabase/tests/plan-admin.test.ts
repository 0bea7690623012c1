// Plan administration through the real API: the plan's life cycle, saving a
// task with its coordinators, bulk changes and importing a task appendix.
// Each multi-row call is one transaction: a refused row leaves nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend, type Client } from './harness';
import { makePlan, makeTask, taskRow, unitId } from './fixtures';

let b: Backend;
let interior: Client;
let deptHead: Client;
let committee: Client;
let anon: Client;

beforeAll(async () => {
  b = await startBackend({ seed: true });
  interior = await b.signIn('noivu@example.vn');
  deptHead = await b.signIn('tuphap@example.vn');
  committee = await b.signIn('committee@example.vn');
  anon = b.anon();
});
afterAll(async () => b?.close());

async function planFingerprint(planId: string): Promise<string> {
  const [row] = await b.sql<{ h: string }>(
    `select coalesce(md5(string_agg(x::text, '|' order by x::text)), '') ||
            coalesce((select md5(string_agg(c::text, '|' order by c::text)) from public.task_coordinators c
                      join public.tasks t on t.id = c.task_id where t.plan_id = $1), '') ||
            (select count(*)::text from public.task_events e join public.tasks t on t.id = e.task_id where t.plan_id = $1) as h
     from public.tasks x where x.plan_id = $1`,
    planId,
  );
  return row!.h;
}

async function coordinatorCodes(taskId: string): Promise<string[]> {
  const rows = await b.sql<{ code: string }>(
    'select u.code from public.task_coordinators c join public.units u on u.id = c.unit_id where c.task_id = $1 order by u.code',
    taskId,
  );
  return rows.map((r) => r.code);
}

const taskFields = (lead: string, extra: Record<string, unknown> = {}) => ({
  area_id: 2,
  ordinal: '2.1',
  title: 'Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai',
  expected_output: 'Quyết định của Chủ tịch UBND tỉnh',
  lead_unit_id: lead,
  start_date: '2099-02-01',
  due_date: '2099-09-30',
  cadence: 'once',
  ...extra,
});

describe('plan life cycle', () => {
  it('interior creates a draft plan, adds a task and issues it with its issue date', async () => {
    const created = await interior
      .from('plans')
      .insert({ doc_number: '412/KH-UBND', title: 'Kế hoạch cải cách hành chính năm 2099', year: 2099, issuer: 'Ủy ban nhân dân tỉnh Bình An' })
      .select('id, status')
      .single();
    expect(created.error).toBeNull();
    expect(created.data!.status).toBe('draft');
    const planId = created.data!.id;

    const empty = await interior.from('plans').update({ status: 'in_force', issued_on: '2098-12-20' }).eq('id', planId);
    expect(empty.error?.hint).toBe('plan_issue_needs_tasks');

    const task = await interior.rpc('create_task', { p_plan_id: planId, p_task: taskFields(await unitId(b, 'STP')), p_coordinator_ids: [] });
    expect(task.error).toBeNull();

    const noDate = await interior.from('plans').update({ status: 'in_force' }).eq('id', planId);
    expect(noDate.error?.hint).toBe('plan_issue_needs_date');

    const issued = await interior.from('plans').update({ status: 'in_force', issued_on: '2098-12-20' }).eq('id', planId).select('status').single();
    expect(issued.error).toBeNull();
    expect(issued.data!.status).toBe('in_force');
  });

  it('an issued plan keeps its number, year, issue date and issuer; its title may be corrected', async () => {
    const planId = await makePlan(b, 'in_force');
    const renumbered = await interior.from('plans').update({ doc_number: '999/KH-UBND' }).eq('id', planId);
    expect(renumbered.error?.hint).toBe('plan_issued_fixed');
    const redated = await interior.from('plans').update({ issued_on: '2099-01-05' }).eq('id', planId);
    expect(redated.error?.hint).toBe('plan_issued_fixed');
    const retitled = await interior.from('plans').update({ title: 'Kế hoạch cải cách hành chính (sửa đổi)' }).eq('id', planId).select('title').single();
    expect(retitled.error).toBeNull();
  });

  it('a draft plan cannot be closed; an issued one can, and a closed plan is never reopened', async () => {
    const draft = await makePlan(b, 'draft');
    const closeDraft = await interior.from('plans').update({ status: 'closed' }).eq('id', draft);
    expect(closeDraft.error?.hint).toBe('plan_close_draft');

    const issued = await makePlan(b, 'in_force');
    const closed = await interior.from('plans').update({ status: 'closed' }).eq('id', issued).select('status').single();
    expect(closed.error).toBeNull();
    const reopened = await interior.from('plans').update({ status: 'in_force' }).eq('id', issued);
    expect(reopened.error?.hint).toBe('plan_closed');
    const [row] = await b.sql<{ status: string }>('select status from public.plans where id = $1', issued);
    expect(row!.status).toBe('closed');
  });

  it('dept heads and the committee cannot issue or close a plan (no rows change)', async () => {
    const planId = await makePlan(b, 'in_force');
    for (const client of [deptHead, committee]) {
      const { data } = await client.from('plans').update({ status: 'closed' }).eq('id', planId).select('id');
      expect(data ?? []).toEqual([]);
    }
    const [row] = await b.sql<{ status: string }>('select status from public.plans where id = $1', planId);
    expect(row!.status).toBe('in_force');
  });
});

describe('create_task and update_task_details', () => {
  it('creates a task with its coordinating units in one call (the lead unit is not also a coordinator)', async () => {
    const planId = await makePlan(b, 'draft');
    const lead = await unitId(b, 'VP-UBND');
    const { data: id, error } = await interior.rpc('create_task', {
      p_plan_id: planId,
      p_task: taskFields(lead),
      p_coordinator_ids: [await unitId(b, 'STP'), await unitId(b, 'SNV'), lead],
    });
    expect(error).toBeNull();
    expect(await coordinatorCodes(id!)).toEqual(['SNV', 'STP']);
    const row = await taskRow(b, id!);
    expect(row).toMatchObject({ ordinal: '2.1', status: 'not_started', version: 1 });
  });

  it('a refused task leaves no coordinators behind', async () => {
    const planId = await makePlan(b, 'draft');
    const before = await planFingerprint(planId);
    const { error } = await interior.rpc('create_task', {
      p_plan_id: planId,
      p_task: taskFields(await unitId(b, 'STP'), { start_date: '2099-05-01', due_date: '2099-04-01' }),
      p_coordinator_ids: [await unitId(b, 'SNV')],
    });
    expect(error?.message).toContain('tasks_due_after_start');
    expect(await planFingerprint(planId)).toBe(before);
  });

  it('edits a task and its coordinators based on the version seen; a stale version changes nothing', async () => {
    const planId = await makePlan(b, 'draft');
    const task = await makeTask(b, { planId, ordinal: '3.1', lead: 'SNV' });
    const stp = await unitId(b, 'STP');
    const ok = await interior.rpc('update_task_details', {
      p_task_id: task.id,
      p_version: task.version,
      p_task: taskFields(await unitId(b, 'SNV'), { ordinal: '3.1', area_id: 3, title: 'Kiện toàn tổ chức bộ máy các cơ quan chuyên môn' }),
      p_coordinator_ids: [stp],
    });
    expect(ok.error).toBeNull();
    expect(ok.data).toBe(task.version + 1);
    expect(await coordinatorCodes(task.id)).toEqual(['STP']);

    const before = await planFingerprint(planId);
    const stale = await interior.rpc('update_task_details', {
      p_task_id: task.id,
      p_version: task.version,
      p_task: taskFields(await unitId(b, 'SNV'), { ordinal: '3.1', area_id: 3, title: 'Tên khác của nhiệm vụ này' }),
      p_coordinator_ids: [],
    });
    expect(stale.error?.code).toBe('RT409');
    expect(await planFingerprint(planId)).toBe(before);
  });

  it('an issued plan: the due date is not changed by an edit', async () => {
    const task = await makeTask(b, { due: '2099-06-30' });
    const { error } = await interior.rpc('update_task_details', {
      p_task_id: task.id,
      p_version: task.version,
      p_task: taskFields(await unitId(b, 'STP'), { ordinal: (await taskRow(b, task.id)).ordinal, due_date: '2099-08-30' }),
      p_coordinator_ids: [],
    });
    expect(error?.hint).toBe('task_due_needs_extension');
  });

  it('an unknown coordinating unit is refused with a readable rule', async () => {
    const planId = await makePlan(b, 'draft');
    const { error } = await interior.rpc('create_task', {
      p_plan_id: planId,
      p_task: taskFields(await unitId(b, 'STP')),
      p_coordinator_ids: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(error?.hint).toBe('coordinator_unknown');
  });
});

describe('bulk changes', () => {
  async function draftWithTasks(n: number) {
    const planId = await makePlan(b, 'draft');
    const tasks = [];
    for (let i = 1; i <= n; i += 1) tasks.push(await makeTask(b, { planId, ordinal: `1.${i}`, start: '2099-01-01', due: '2099-06-30', lead: 'STP' }));
    return { planId, tasks };
  }
  const sel = (tasks: Array<{ id: string; version: number }>) => tasks.map((t) => ({ id: t.id, version: t.version }));

  it('assigns a new lead unit to every selected task in one call and drops it from their coordinators', async () => {
    const { planId, tasks } = await draftWithTasks(3);
    const snv = await unitId(b, 'SNV');
    await b.sql('insert into public.task_coordinators (task_id, unit_id) values ($1, $2)', tasks[0]!.id, snv);
    const { data, error } = await interior.rpc('bulk_assign_lead_unit', { p_plan_id: planId, p_tasks: sel(tasks), p_lead_unit_id: snv });
    expect(error).toBeNull();
    expect(data).toBe(3);
    for (const t of tasks) expect(await taskRow(b, t.id)).toMatchObject({ lead_unit_id: snv, version: t.version + 1 });
    expect(await coordinatorCodes(tasks[0]!.id)).toEqual([]);
  });

  it('one stale task in the selection: nothing is reassigned', async () => {
    const { planId, tasks } = await draftWithTasks(3);
    await b.sql('update public.tasks set version = version + 1 where id = $1', tasks[2]!.id);
    const before = await planFingerprint(planId);
    const { error } = await interior.rpc('bulk_assign_lead_unit', { p_plan_id: planId, p_tasks: sel(tasks), p_lead_unit_id: await unitId(b, 'SNV') });
    expect(error?.code).toBe('RT409');
    expect(await planFingerprint(planId)).toBe(before);
  });

  it('a task of another plan, or a finished task, in the selection is refused', async () => {
    const { planId, tasks } = await draftWithTasks(2);
    const elsewhere = await makeTask(b, { lead: 'STP' });
    const other = await interior.rpc('bulk_assign_lead_unit', {
      p_plan_id: planId, p_tasks: sel([...tasks, elsewhere]), p_lead_unit_id: await unitId(b, 'SNV'),
    });
    expect(other.error?.hint).toBe('bulk_selection_invalid');

    const issuedPlan = await makePlan(b, 'in_force');
    const done = await makeTask(b, { planId: issuedPlan, status: 'done', ordinal: '4.2' });
    const open = await makeTask(b, { planId: issuedPlan, ordinal: '4.3' });
    const before = await planFingerprint(issuedPlan);
    const finished = await interior.rpc('bulk_assign_lead_unit', { p_plan_id: issuedPlan, p_tasks: sel([open, done]), p_lead_unit_id: await unitId(b, 'SNV') });
    expect(finished.error?.hint).toBe('bulk_task_finished');
    expect(finished.error?.message).toContain('4.2');
    expect(await planFingerprint(issuedPlan)).toBe(before);
  });

  it('sets or moves the due dates of a draft plan in one call', async () => {
    const { planId, tasks } = await draftWithTasks(2);
    const set = await interior.rpc('bulk_set_due_dates', { p_plan_id: planId, p_tasks: sel(tasks), p_due_date: '2099-10-31' });
    expect(set.error).toBeNull();
    expect(set.data).toBe(2);
    expect(await taskRow(b, tasks[0]!.id)).toMatchObject({ due_date: '2099-10-31', original_due_date: '2099-10-31' });

    const moved = await interior.rpc('bulk_set_due_dates', {
      p_plan_id: planId, p_tasks: tasks.map((t) => ({ id: t.id, version: t.version + 1 })), p_shift_days: 30,
    });
    expect(moved.error).toBeNull();
    expect(await taskRow(b, tasks[1]!.id)).toMatchObject({ due_date: '2099-11-30' });
  });

  it('a due date before one task start: nothing changes and the task is named', async () => {
    const { planId, tasks } = await draftWithTasks(3);
    await b.sql(`update public.tasks set start_date = '2099-05-15' where id = $1`, tasks[1]!.id);
    const before = await planFingerprint(planId);
    const { error } = await interior.rpc('bulk_set_due_dates', { p_plan_id: planId, p_tasks: sel(tasks), p_due_date: '2099-03-31' });
    expect(error?.hint).toBe('bulk_due_before_start');
    expect(JSON.parse(error!.details!)).toEqual({ ordinals: '1.2' });
    expect(await planFingerprint(planId)).toBe(before);
  });

  it('an issued plan: bulk due-date changes are refused (extensions only)', async () => {
    const planId = await makePlan(b, 'in_force');
    const task = await makeTask(b, { planId, ordinal: '1.1' });
    const { error } = await interior.rpc('bulk_set_due_dates', { p_plan_id: planId, p_tasks: sel([task]), p_due_date: '2099-12-31' });
    expect(error?.hint).toBe('bulk_due_draft_only');
  });

  it('needs exactly one of a new date or a number of days', async () => {
    const { planId, tasks } = await draftWithTasks(1);
    const neither = await interior.rpc('bulk_set_due_dates', { p_plan_id: planId, p_tasks: sel(tasks) });
    expect(neither.error?.hint).toBe('bulk_due_value');
    const both = await interior.rpc('bulk_set_due_dates', { p_plan_id: planId, p_tasks: sel(tasks), p_due_date: '2099-12-31', p_shift_days: 3 });
    expect(both.error?.hint).toBe('bulk_due_value');
    const none = await interior.rpc('bulk_set_due_dates', { p_plan_id: planId, p_tasks: [], p_due_date: '2099-12-31' });
    expect(none.error?.hint).toBe('bulk_empty');
  });
});

// ---------------------------------------------------------------- import
const good = (over: Record<string, unknown> = {}) => ({
  line: 5,
  ordinal: '1.1',
  area: '1',
  title: 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh',
  expected_output: 'Quyết định công bố của Chủ tịch UBND tỉnh',
  lead_unit: 'STP',
  coordinators: ['VP-UBND'],
  start_date: '15/01/2099',
  due_date: '30/06/2099',
  cadence: '',
  ...over,
});

describe('import_tasks', () => {
  it('imports every row in one call: areas and units by number, name or code, with or without diacritics', async () => {
    const planId = await makePlan(b, 'draft');
    const rows = [
      good(),
      good({ line: 6, ordinal: '2.1', area: 'Cải cách thủ tục hành chính', lead_unit: 'van phong uy ban nhan dan tinh', coordinators: 'Sở Nội vụ; stp, Sở KH&CN' }),
      good({ line: 7, ordinal: '4.1', area: 'IV', lead_unit: 'Sở Nội vụ', coordinators: [], start_date: '2099-02-01', due_date: '2099-12-15', cadence: 'Hằng quý' }),
      good({ line: 8, ordinal: '6.1', area: 'Chính phủ số', lead_unit: 'so khoa hoc va cong nghe', coordinators: ['SKHCN'], start_date: '', due_date: '', cadence: 'hang nam' }),
      good({ line: 9, ordinal: '1.2', area: 'I. CẢI CÁCH THỂ CHẾ', lead_unit: 'SỞ TƯ PHÁP', coordinators: 'ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN', cadence: '6 tháng' }),
    ];
    const { data, error } = await interior.rpc('import_tasks', { p_plan_id: planId, p_rows: rows });
    expect(error).toBeNull();
    expect(data).toBe(5);
    const tasks = await b.sql<{ ordinal: string; area_id: number; code: string; start_date: string | null; due_date: string | null; cadence: string; id: string }>(
      `select t.id, t.ordinal, t.area_id, u.code, t.start_date::text, t.due_date::text, t.cadence::text
       from public.tasks t join public.units u on u.id = t.lead_unit_id where t.plan_id = $1 order by t.ordinal`,
      planId,
    );
    expect(tasks.map((t) => [t.ordinal, t.area_id, t.code, t.start_date, t.due_date, t.cadence])).toEqual([
      ['1.1', 1, 'STP', '2099-01-15', '2099-06-30', 'once'],
      ['1.2', 1, 'STP', '2099-01-15', '2099-06-30', 'biannual'],
      ['2.1', 2, 'VP-UBND', '2099-01-15', '2099-06-30', 'once'],
      ['4.1', 4, 'SNV', '2099-02-01', '2099-12-15', 'quarterly'],
      ['6.1', 6, 'SKHCN', null, null, 'annual'],
    ]);
    expect(await coordinatorCodes(tasks[1]!.id)).toEqual(['UBND-DONGSON']);
    expect(await coordinatorCodes(tasks[2]!.id)).toEqual(['SKHCN', 'SNV', 'STP']);
    // the lead unit listed again as a coordinator is dropped
    expect(await coordinatorCodes(tasks[4]!.id)).toEqual([]);
    const [events] = await b.sql<{ n: number }>(
      `select count(*)::int as n from public.task_events e join public.tasks t on t.id = e.task_id where t.plan_id = $1 and e.action = 'created'`,
      planId,
    );
    expect(events!.n).toBe(5);
  });

  const badCases: Array<[string, Record<string, unknown>, string]> = [
    ['unknown area', { area: 'Cải cách giáo dục' }, 'area_unknown'],
    ['missing area', { area: '' }, 'area_missing'],
    ['unknown lead unit', { lead_unit: 'Sở Du lịch' }, 'lead_unit_unknown'],
    ['missing lead unit', { lead_unit: ' ' }, 'lead_unit_missing'],
    ['unknown coordinating unit', { coordinators: 'STP; Ban Dân tộc' }, 'coordinator_unknown'],
    ['impossible date', { due_date: '31/02/2099' }, 'due_date_invalid'],
    ['date in another shape', { start_date: 'tháng 3/2099' }, 'start_date_invalid'],
    ['due before start', { start_date: '01/07/2099', due_date: '30/06/2099' }, 'due_before_start'],
    ['missing title', { title: '   ' }, 'title_missing'],
    ['title too short', { title: 'Họp' }, 'title_length'],
    ['missing ordinal', { ordinal: '' }, 'ordinal_missing'],
    ['malformed ordinal', { ordinal: 'I.1' }, 'ordinal_format'],
    ['unknown cadence', { cadence: 'thỉnh thoảng' }, 'cadence_unknown'],
  ];
  for (const [name, over, code] of badCases) {
    it(`a row with ${name} is listed (${code}) and nothing is imported`, async () => {
      const planId = await makePlan(b, 'draft');
      const rows = [good({ line: 4, ordinal: '1.1' }), good({ line: 5, ordinal: '1.2', ...over }), good({ line: 6, ordinal: '1.3' })];
      const { error } = await interior.rpc('import_tasks', { p_plan_id: planId, p_rows: rows });
      expect(error?.code).toBe('RT422');
      expect(error?.hint).toBe('import_bad_rows');
      const details = JSON.parse(error!.details!) as { count: number; lines: string; rows: Array<{ line: number; problems: Array<{ code: string }> }> };
      expect(details.count).toBe(1);
      expect(details.lines).toBe('5');
      expect(details.rows[0]!.problems.map((p) => p.code)).toContain(code);
      expect(error!.message).toMatch(/^Tệp có 1 dòng lỗi, chưa nhập nhiệm vụ nào\. Dòng 5: /);
      const [n] = await b.sql<{ n: number }>('select count(*)::int as n from public.tasks where plan_id = $1', planId);
      expect(n!.n).toBe(0);
    });
  }

  it('duplicate ordinals in the file and ordinals already in the plan are listed, every bad row at once', async () => {
    const planId = await makePlan(b, 'in_force');
    await makeTask(b, { planId, ordinal: '2.1' });
    const before = await planFingerprint(planId);
    const rows = [
      good({ line: 4, ordinal: '1.1' }),
      good({ line: 5, ordinal: '1.1' }),
      good({ line: 6, ordinal: '2.1' }),
      good({ line: 7, ordinal: '2.2', area: 'x', lead_unit: 'y', due_date: '99/99/2099' }),
    ];
    const { error } = await interior.rpc('import_tasks', { p_plan_id: planId, p_rows: rows });
    const details = JSON.parse(error!.details!) as { count: number; rows: Array<{ line: number; problems: Array<{ code: string; value?: string }> }> };
    expect(details.count).toBe(3);
    expect(details.rows.map((r) => [r.line, r.problems.map((p) => p.code)])).toEqual([
      [5, ['ordinal_duplicate']],
      [6, ['ordinal_exists']],
      [7, ['area_unknown', 'lead_unit_unknown', 'due_date_invalid']],
    ]);
    expect(error!.message).toContain('Dòng 5: STT 1.1 trùng với dòng khác trong tệp; dòng 6: STT 2.1 đã có trong kế hoạch; dòng 7: lĩnh vực "x" không xác định');
    expect(await planFingerprint(planId)).toBe(before);
  });

  it('adds tasks to an issued plan (amendment) but not to a closed one', async () => {
    const issued = await makePlan(b, 'in_force');
    const ok = await interior.rpc('import_tasks', { p_plan_id: issued, p_rows: [good()] });
    expect(ok.error).toBeNull();
    const closed = await makePlan(b, 'closed');
    const refused = await interior.rpc('import_tasks', { p_plan_id: closed, p_rows: [good()] });
    expect(refused.error?.hint).toBe('plan_closed_add_task');
  });

  it('an empty or malformed payload is refused readably', async () => {
    const planId = await makePlan(b, 'draft');
    expect((await interior.rpc('import_tasks', { p_plan_id: planId, p_rows: [] })).error?.hint).toBe('import_no_rows');
    expect((await interior.rpc('import_tasks', { p_plan_id: planId, p_rows: { a: 1 } })).error?.hint).toBe('import_no_rows');
    const junk = await interior.rpc('import_tasks', { p_plan_id: planId, p_rows: ['not a row'] });
    expect(junk.error?.hint).toBe('import_bad_rows');
    expect((await interior.rpc('import_tasks', { p_plan_id: '00000000-0000-4000-8000-000000000000', p_rows: [good()] })).error?.hint).toBe(
      'import_plan_unknown',
    );
  });
});

describe('who may call the plan administration functions', () => {
  const calls: Array<[string, (c: Client, planId: string, task: { id: string; version: number }, lead: string) => PromiseLike<{ error: { code?: string; hint?: string | null } | null }>]> = [
    ['create_task', (c, planId, _t, lead) => c.rpc('create_task', { p_plan_id: planId, p_task: taskFields(lead, { ordinal: '8.8' }) })],
    ['update_task_details', (c, _p, t, lead) => c.rpc('update_task_details', { p_task_id: t.id, p_version: t.version, p_task: taskFields(lead, { ordinal: '7.7' }) })],
    ['bulk_assign_lead_unit', (c, planId, t, lead) => c.rpc('bulk_assign_lead_unit', { p_plan_id: planId, p_tasks: [t], p_lead_unit_id: lead })],
    ['bulk_set_due_dates', (c, planId, t) => c.rpc('bulk_set_due_dates', { p_plan_id: planId, p_tasks: [t], p_due_date: '2099-12-31' })],
    ['import_tasks', (c, planId) => c.rpc('import_tasks', { p_plan_id: planId, p_rows: [good({ ordinal: '9.9' })] })],
  ];
  for (const [fn, call] of calls) {
    it(`${fn}: the lead unit's head, the committee and anonymous callers are refused and nothing changes`, async () => {
      const planId = await makePlan(b, 'draft');
      const task = await makeTask(b, { planId, ordinal: '1.1', lead: 'STP' });
      const lead = await unitId(b, 'STP');
      const before = await planFingerprint(planId);
      for (const client of [deptHead, committee]) {
        const { error } = await call(client, planId, { id: task.id, version: task.version }, lead);
        expect(error?.code).toBe('RT401');
        expect(error?.hint).toBe('interior_only');
      }
      const { error } = await call(anon, planId, { id: task.id, version: task.version }, lead);
      expect(error).not.toBeNull();
      expect(await planFingerprint(planId)).toBe(before);
    });
  }
});
