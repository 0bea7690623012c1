// Units reorganise: merge, split and rename on an effective date, through the
// API as the administrator; open work moves with one history row per task,
// done work stays credited to the unit that did it, in figures as of any day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend, type Client } from './harness';
import { makePlan, uniq, userId } from './fixtures';
import { seedTasksWithHistory, type HistoryTask } from './history-fixtures';

let b: Backend;
let admin: Client;
let interior: Client;

async function makeUnit(name: string, validFrom: string | null = null): Promise<string> {
  const [row] = await b.sql<{ id: string }>(
    `insert into public.units (code, name, short_name, kind, valid_from) values ($1, $2, $2, 'department', $3) returning id`,
    `R-${uniq()}`.toUpperCase().slice(0, 30), name, validFrom);
  return row!.id;
}

const seedTasks = (planId: string, rows: HistoryTask[]) => seedTasksWithHistory(b, planId, rows, { area: 1 });

async function headOf(unit: string): Promise<string> {
  const email = `truong.${uniq()}@example.vn`;
  await b.signUp(email);
  const id = await userId(b, email);
  await b.sql(`update public.profiles set role = 'dept_head', unit_id = $2 where id = $1`, id, unit);
  return id;
}

const figures = async (planId: string, day: string) => {
  const { data, error } = await interior.rpc('unit_figures', { p_plan_id: planId, p_as_of: day });
  expect(error).toBeNull();
  return Object.fromEntries((data ?? []).map((r) => [r.unit_id, { total: r.total, done: r.done, name: r.unit_name }]));
};

beforeAll(async () => {
  b = await startBackend({ seed: true });
  admin = await b.signIn('admin@example.vn');
  interior = await b.signIn('noivu@example.vn');
});
afterAll(async () => b?.close());

describe('merging units on a date', () => {
  let from: string;
  let into: string;
  let planId: string;
  let closedPlanId: string;
  let ids: Record<string, string>;
  let closedIds: Record<string, string>;
  let head: string;

  beforeAll(async () => {
    from = await makeUnit('Sở Thông tin thử nghiệm');
    into = await makeUnit('Sở Khoa học thử nghiệm');
    planId = await makePlan(b, 'in_force');
    closedPlanId = await makePlan(b, 'closed');
    ids = await seedTasks(planId, [
      ['1.1', from, 'done', '2025-02-10'],
      ['1.2', from, 'in_progress', null],
      ['1.3', from, 'not_started', null],
      ['1.4', into, 'in_progress', null],
    ]);
    closedIds = await seedTasks(closedPlanId, [['1.1', from, 'in_progress', null]]);
    head = await headOf(from);
  });

  it('a head of unit or Home Affairs cannot reorganise units', async () => {
    const { error } = await interior.rpc('merge_units', { p_units: [from], p_successor: into, p_effective_on: '2025-03-01' });
    expect(error?.hint).toBe('reorg_admin_only');
    const anon = await b.anon().rpc('merge_units', { p_units: [from], p_successor: into, p_effective_on: '2025-03-01' });
    expect(anon.error).not.toBeNull();
    expect((await b.sql(`select 1 from public.units where id = $1 and is_active`, from)).length).toBe(1);
  });

  it('refuses a date in the future', async () => {
    const { error } = await admin.rpc('merge_units', { p_units: [from], p_successor: into, p_effective_on: '2099-01-01' });
    expect(error?.hint).toBe('reorg_date');
  });

  it('moves open tasks and accounts to the successor, one history row per task, and retires the unit', async () => {
    const { data: reorg, error } = await admin.rpc('merge_units', {
      p_units: [from], p_successor: into, p_effective_on: '2025-03-01', p_decision: '12/QĐ-UBND',
    });
    expect(error).toBeNull();
    const tasks = await b.sql<{ ordinal: string; lead_unit_id: string; original_lead_unit_id: string | null; plan_id: string }>(
      `select ordinal, lead_unit_id, original_lead_unit_id, plan_id from public.tasks where plan_id = any($1) order by plan_id, ordinal`,
      [planId, closedPlanId]);
    const byId = (plan: string, o: string) => tasks.find((t) => t.plan_id === plan && t.ordinal === o)!;
    // done work stays; open work moves, keeping the original unit
    expect(byId(planId, '1.1').lead_unit_id).toBe(from);
    expect(byId(planId, '1.2')).toMatchObject({ lead_unit_id: into, original_lead_unit_id: from });
    expect(byId(planId, '1.3')).toMatchObject({ lead_unit_id: into, original_lead_unit_id: from });
    expect(byId(planId, '1.4')).toMatchObject({ lead_unit_id: into, original_lead_unit_id: null });
    // a closed plan's tasks are not touched
    expect(byId(closedPlanId, '1.1').lead_unit_id).toBe(from);

    const events = await b.sql<{ task_id: string; changes: Record<string, unknown> }>(
      `select task_id, changes from public.task_events where changes ? 'reorganisation_id' and task_id = any($1)`,
      [...Object.values(ids), ...Object.values(closedIds)]);
    expect(events.map((e) => e.task_id).sort()).toEqual([ids['1.2'], ids['1.3']].sort());
    for (const e of events) {
      expect(e.changes).toMatchObject({
        lead_unit_id: { old: from, new: into }, effective_on: '2025-03-01', reorganisation_id: reorg,
      });
    }
    const [unit] = await b.sql<{ is_active: boolean; valid_to: string }>(
      `select is_active, to_char(valid_to, 'YYYY-MM-DD') as valid_to from public.units where id = $1`, from);
    expect(unit).toEqual({ is_active: false, valid_to: '2025-02-28' });
    const [account] = await b.sql<{ unit_id: string; role: string }>('select unit_id, role from public.profiles where id = $1', head);
    expect(account).toEqual({ unit_id: into, role: 'dept_head' });
    const links = await b.sql('select 1 from public.unit_successions where predecessor_id = $1 and successor_id = $2', from, into);
    expect(links.length).toBe(1);
  });

  it('figures before the effective date credit the old unit; from it, the successor has the open work', async () => {
    const before = await figures(planId, '2025-02-28');
    expect(before[from]).toMatchObject({ total: 3, done: 1 });
    expect(before[into]).toMatchObject({ total: 1, done: 0 });
    const after = await figures(planId, '2025-03-01');
    expect(after[from]).toMatchObject({ total: 1, done: 1 });
    expect(after[into]).toMatchObject({ total: 3, done: 0 });
    const today = await figures(planId, '2026-12-01');
    expect(today[into]?.total).toBe(3);
    const { data: asOf } = await interior.rpc('tasks_as_of', { p_plan_id: planId, p_as_of: '2025-02-28' });
    expect(asOf!.find((t) => t.ordinal === '1.2')!.lead_unit_id).toBe(from);
  });

  it('shows the tree as it stood on a day', async () => {
    const { data: before } = await admin.rpc('units_as_of', { p_day: '2025-02-28' });
    const { data: after } = await admin.rpc('units_as_of', { p_day: '2025-03-01' });
    expect(before!.map((u) => u.id)).toContain(from);
    expect(after!.map((u) => u.id)).not.toContain(from);
    expect(after!.map((u) => u.id)).toContain(into);
  });

  it('refuses to merge a unit that has already stopped working', async () => {
    const { error } = await admin.rpc('merge_units', { p_units: [from], p_successor: into, p_effective_on: '2025-04-01' });
    expect(error?.hint).toBe('reorg_unit_inactive');
  });
});

describe('splitting a unit', () => {
  it('is refused while an open task or an account would be left with no unit, and nothing changes', async () => {
    const district = await makeUnit('Huyện thử nghiệm');
    const east = await makeUnit('Xã phía Đông', '2025-07-01');
    const west = await makeUnit('Xã phía Tây', '2025-07-01');
    const planId = await makePlan(b, 'in_force');
    const ids = await seedTasks(planId, [
      ['1.1', district, 'in_progress', null],
      ['1.2', district, 'not_started', null],
      ['1.3', district, 'done', '2025-05-02'],
    ]);
    const head = await headOf(district);
    const reorgsBefore = (await b.sql('select 1 from public.unit_reorganisations')).length;

    const noTaskSuccessor = await admin.rpc('split_unit', {
      p_unit: district, p_successors: [east, west], p_effective_on: '2025-07-01',
      p_task_successors: { [ids['1.1']!]: east }, p_account_successors: { [head]: east },
    });
    expect(noTaskSuccessor.error?.hint).toBe('reorg_task_without_unit');
    expect(noTaskSuccessor.error?.details).toContain('1.2');

    const noAccountSuccessor = await admin.rpc('split_unit', {
      p_unit: district, p_successors: [east, west], p_effective_on: '2025-07-01',
      p_task_successors: { [ids['1.1']!]: east, [ids['1.2']!]: west },
    });
    expect(noAccountSuccessor.error?.hint).toBe('reorg_account_without_unit');

    const tooEarly = await admin.rpc('split_unit', {
      p_unit: district, p_successors: [east, west], p_effective_on: '2025-06-30',
      p_default_successor: east, p_account_successors: { [head]: east },
    });
    expect(tooEarly.error?.hint).toBe('reorg_successor_not_started');

    expect((await b.sql('select 1 from public.unit_reorganisations')).length).toBe(reorgsBefore);
    expect((await b.sql(`select 1 from public.tasks where plan_id = $1 and lead_unit_id = $2`, planId, district)).length).toBe(3);
    expect((await b.sql('select 1 from public.units where id = $1 and is_active', district)).length).toBe(1);

    const ok = await admin.rpc('split_unit', {
      p_unit: district, p_successors: [east, west], p_effective_on: '2025-07-01',
      p_task_successors: { [ids['1.2']!]: west }, p_default_successor: east, p_account_successors: { [head]: null },
    });
    expect(ok.error).toBeNull();
    const leads = await b.sql<{ ordinal: string; lead_unit_id: string }>(
      'select ordinal, lead_unit_id from public.tasks where plan_id = $1 order by ordinal', planId);
    expect(leads.map((t) => t.lead_unit_id)).toEqual([east, west, district]);
    const [account] = await b.sql<{ unit_id: string | null; role: string | null }>('select unit_id, role from public.profiles where id = $1', head);
    expect(account).toEqual({ unit_id: null, role: null });
    const before = await figures(planId, '2025-06-30');
    expect(before[district]).toMatchObject({ total: 3, done: 1 });
    const after = await figures(planId, '2025-07-01');
    expect(after[district]).toMatchObject({ total: 1, done: 1 });
    expect(after[east]).toMatchObject({ total: 1 });
    expect(after[west]).toMatchObject({ total: 1 });
  });
});

describe('renaming a unit', () => {
  it('keeps the former name for days before the renaming', async () => {
    const unit = await makeUnit('Sở Tên Cũ');
    const planId = await makePlan(b, 'in_force');
    await seedTasks(planId, [['1.1', unit, 'in_progress', null]]);
    const { error } = await admin.rpc('rename_unit', {
      p_unit: unit, p_name: 'Sở Tên Mới', p_short_name: 'Sở Tên Mới', p_effective_on: '2025-03-01',
    });
    expect(error).toBeNull();
    const same = await admin.rpc('rename_unit', { p_unit: unit, p_name: 'Sở Tên Mới', p_short_name: '', p_effective_on: '2025-05-01' });
    expect(same.error?.hint).toBe('reorg_rename_same');
    const { data: before } = await admin.rpc('units_as_of', { p_day: '2025-02-28' });
    const { data: after } = await admin.rpc('units_as_of', { p_day: '2025-03-01' });
    expect(before!.find((u) => u.id === unit)?.name).toBe('Sở Tên Cũ');
    expect(after!.find((u) => u.id === unit)?.name).toBe('Sở Tên Mới');
    expect((await figures(planId, '2025-02-28'))[unit]?.name).toBe('Sở Tên Cũ');
    expect((await figures(planId, '2025-03-01'))[unit]?.name).toBe('Sở Tên Mới');
  });
});
