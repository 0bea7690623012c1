// The administrator's reorganisation screen reads and writes through the
// app's own data functions (app/data/units): what a merger or split would
// move, the merger, split and renaming themselves, the tree as of a day and
// the history naming every unit, through the real API as the administrator.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBackend, type Backend, type Client } from './harness';
import { makePlan, uniq, userId } from './fixtures';
import { seedTasksWithHistory } from './history-fixtures';

// The app's data modules use the browser's client; here they use a signed-in test client.
const client = vi.hoisted(() => ({ current: null as unknown }));
vi.mock('../../app/lib/supabase', () => ({
  get supabase() {
    return client.current;
  },
}));

const { getOpenWork } = await import('../../app/data/units/get-open-work');
const { getReorganisations } = await import('../../app/data/units/get-reorganisations');
const { getUnitsAsOf } = await import('../../app/data/units/get-units-as-of');
const { getUnits } = await import('../../app/data/units/get-units');
const { mergeUnits } = await import('../../app/data/units/merge-units');
const { splitUnit, splitArgs, CLOSE_ACCOUNT } = await import('../../app/data/units/split-unit');
const { renameUnit } = await import('../../app/data/units/rename-unit');
const { describeHistory, nameOn } = await import('../../app/features/admin/lib/reorg-history');

let b: Backend;
let admin: Client;

async function makeUnit(name: string, validFrom: string | null = null): Promise<string> {
  const [row] = await b.sql<{ id: string }>(
    `insert into public.units (code, name, short_name, kind, valid_from) values ($1, $2, $2, 'department', $3) returning id`,
    `S-${uniq()}`.toUpperCase().slice(0, 30), name, validFrom);
  return row!.id;
}

async function headOf(unit: string): Promise<{ id: string; email: string }> {
  const email = `man.hinh.${uniq()}@example.vn`;
  await b.signUp(email);
  const id = await userId(b, email);
  await b.sql(`update public.profiles set role = 'dept_head', unit_id = $2 where id = $1`, id, unit);
  return { id, email };
}

const details = { decision: '', note: '' };
const history = async () => describeHistory(await getReorganisations(), await getUnits());

beforeAll(async () => {
  b = await startBackend({ seed: true });
  admin = await b.signIn('admin@example.vn');
  client.current = admin;
});
afterAll(async () => b?.close());

describe('the reorganisation screen through the app data functions', () => {
  it('names the seeded 2025 mergers and splits by the units as they were called', async () => {
    const entries = await history();
    const merger = entries.find((e) => e.kind === 'merge' && e.from.includes('Sở Thông tin và Truyền thông'));
    expect(merger).toMatchObject({ effective_on: '2025-03-01', decision: '12/NQ-HĐND', to: ['Sở Khoa học và Công nghệ'] });
    const split = entries.find((e) => e.kind === 'split' && e.from.includes('Ủy ban nhân dân thành phố Bình An'));
    expect(split?.to).toEqual(['Ủy ban nhân dân phường Bình An', 'Ủy ban nhân dân xã Hòa Thắng']);
    // newest first
    const days = entries.map((e) => e.effective_on);
    expect([...days].sort().reverse()).toEqual(days);
  });

  it('counts what a merger would move: open tasks of plans not closed, and every account', async () => {
    const from = await makeUnit('Sở Màn hình A');
    const other = await makeUnit('Sở Màn hình B');
    const into = await makeUnit('Sở Màn hình Tiếp nhận');
    const planId = await makePlan(b, 'in_force');
    const closedPlanId = await makePlan(b, 'closed');
    const ids = await seedTasksWithHistory(b, planId, [
      ['1.1', from, 'done', '2025-02-10'],
      ['1.2', from, 'in_progress', null],
      ['1.3', other, 'not_started', null],
    ], { area: 1 });
    await seedTasksWithHistory(b, closedPlanId, [['1.1', from, 'in_progress', null]], { area: 1 });
    const keep = await headOf(from);
    const close = await headOf(other);

    const work = await getOpenWork([from, other]);
    expect(work.tasks.map((t) => t.id).sort()).toEqual([ids['1.2'], ids['1.3']].sort());
    expect(work.tasks.every((t) => t.plan.status !== 'closed')).toBe(true);
    expect(work.accounts.map((a) => a.email).sort()).toEqual([keep.email, close.email].sort());

    await mergeUnits({ ...details, units: [from, other], successor: into, effective_on: '2025-04-01', close_accounts: [close.id] });
    expect(await getOpenWork([from, other])).toEqual({ tasks: [], accounts: [] });
    const moved = await getOpenWork([into]);
    expect(moved.tasks.map((t) => t.id).sort()).toEqual([ids['1.2'], ids['1.3']].sort());
    expect(moved.accounts.map((a) => a.email)).toEqual([keep.email]);
    const [closed] = await b.sql<{ role: string | null; unit_id: string | null }>('select role, unit_id from public.profiles where id = $1', close.id);
    expect(closed).toEqual({ role: null, unit_id: null });

    const entry = (await history()).find((e) => e.kind === 'merge' && e.effective_on === '2025-04-01');
    expect(entry).toMatchObject({ from: ['Sở Màn hình A', 'Sở Màn hình B'], to: ['Sở Màn hình Tiếp nhận'] });
    // The tree of the day before still has both; from the date, only the successor.
    expect((await getUnitsAsOf('2025-03-31')).map((u) => u.id)).toEqual(expect.arrayContaining([from, other, into]));
    const after = (await getUnitsAsOf('2025-04-01')).map((u) => u.id);
    expect(after).toContain(into);
    expect(after).not.toContain(from);
  });

  it('a split without a default leaves an undecided account out, and the database refuses it by rule key', async () => {
    const unit = await makeUnit('Huyện Màn hình', '2020-01-01');
    const east = await makeUnit('Xã Màn hình Đông');
    const west = await makeUnit('Xã Màn hình Tây');
    const planId = await makePlan(b, 'in_force');
    const ids = await seedTasksWithHistory(b, planId, [
      ['2.1', unit, 'in_progress', null],
      ['2.2', unit, 'not_started', null],
    ], { area: 1 });
    const staying = await headOf(unit);
    const leaving = await headOf(unit);
    const input = {
      ...details,
      unit,
      successors: [east, west],
      effective_on: '2025-07-01',
      default_successor: '',
      task_successors: { [ids['2.1']!]: east, [ids['2.2']!]: west },
      account_successors: { [staying.id]: west, [leaving.id]: '' },
    };
    expect(splitArgs(input).p_account_successors).toEqual({ [staying.id]: west });
    await expect(splitUnit(input)).rejects.toMatchObject({ hint: 'reorg_account_without_unit' });
    expect((await getOpenWork([unit])).tasks.length).toBe(2);

    // With a default successor, the undecided account follows it; "close" closes.
    const withDefault = { ...input, default_successor: east, account_successors: { [staying.id]: '', [leaving.id]: CLOSE_ACCOUNT } };
    expect(splitArgs(withDefault).p_account_successors).toEqual({ [staying.id]: east, [leaving.id]: null });
    await splitUnit(withDefault);
    const tasks = await b.sql<{ id: string; lead_unit_id: string }>('select id, lead_unit_id from public.tasks where plan_id = $1', planId);
    expect(Object.fromEntries(tasks.map((t) => [t.id, t.lead_unit_id]))).toEqual({ [ids['2.1']!]: east, [ids['2.2']!]: west });
    const entry = (await history()).find((e) => e.kind === 'split' && e.from.includes('Huyện Màn hình'));
    expect(entry?.to).toEqual(['Xã Màn hình Đông', 'Xã Màn hình Tây']);
  });

  it('a renaming reads the former name before its date and the new one from it', async () => {
    const unit = await makeUnit('Sở Tên Trước');
    await renameUnit({ ...details, unit, name: 'Sở Tên Sau', short_name: '', effective_on: '2025-05-01', decision: '5/QĐ-UBND' });
    const entry = (await history()).find((e) => e.kind === 'rename' && e.decision === '5/QĐ-UBND');
    expect(entry).toMatchObject({ from: ['Sở Tên Trước'], to: ['Sở Tên Sau'] });
    expect((await getUnitsAsOf('2025-04-30')).find((u) => u.id === unit)?.name).toBe('Sở Tên Trước');
    expect((await getUnitsAsOf('2025-05-01')).find((u) => u.id === unit)?.name).toBe('Sở Tên Sau');
    await expect(renameUnit({ ...details, unit, name: 'Sở Tên Sau', short_name: '', effective_on: '2025-06-01' })).rejects.toMatchObject({
      hint: 'reorg_rename_same',
    });
  });
});

describe('a merger recorded after its effective date', () => {
  it('moves a task created in between: figures from the date on show the successor, today included', async () => {
    const from = await makeUnit('Phường Ghi Muộn');
    const into = await makeUnit('Phường Tiếp Nhận Muộn');
    const planId = await makePlan(b, 'in_force');
    // Created today (its history starts today), led by the unit about to merge.
    const [task] = await b.sql<{ id: string }>(
      `insert into public.tasks (plan_id, area_id, ordinal, title, lead_unit_id, start_date, due_date, status, progress)
       values ($1, 1, '1.1', 'Nhiệm vụ thêm sau ngày sáp nhập', $2, current_date - 30, current_date + 30, 'not_started', 0)
       returning id`, planId, from);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const effective = new Date(Date.now() + 7 * 3_600_000 - 5 * 86_400_000).toISOString().slice(0, 10);
    await mergeUnits({ ...details, units: [from], successor: into, effective_on: effective, close_accounts: [] });

    const { data, error } = await admin.rpc('tasks_as_of', { p_plan_id: planId, p_as_of: today });
    expect(error).toBeNull();
    expect(data!.find((t) => t.task_id === task!.id)?.lead_unit_id).toBe(into);
    const { data: ranking } = await admin.rpc('unit_figures', { p_plan_id: planId, p_as_of: today });
    expect(ranking!.map((r) => r.unit_name)).toEqual(['Phường Tiếp Nhận Muộn']);
  });
});

describe('nameOn', () => {
  const units = new Map([['u', { id: 'u', name: 'Tên nay', short_name: null }]]);
  const former = [
    { id: 2, unit_id: 'u', name: 'Tên giữa', short_name: null, valid_to: '2025-06-30', reorganisation_id: null },
    { id: 1, unit_id: 'u', name: 'Tên đầu', short_name: null, valid_to: '2024-12-31', reorganisation_id: null },
  ];
  it('takes the earliest former name still valid on the day, else the current name', () => {
    expect(nameOn('u', '2024-12-31', units, former)).toBe('Tên đầu');
    expect(nameOn('u', '2025-01-01', units, former)).toBe('Tên giữa');
    expect(nameOn('u', '2025-07-01', units, former)).toBe('Tên nay');
  });
});
