// Draft plans stay with Home Affairs until they are issued: heads of units do
// not see them, are not told about them and do not count them; nobody starts
// their tasks; Home Affairs can delete a draft with everything in it.  Also:
// a sign-up's name cannot make the account trigger fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend, type Client } from './harness';
import { addEvidence, makePlan, makeTask, unitId } from './fixtures';

let b: Backend;
let committee: Client;
let tuphap: Client;
let noivu: Client;
let admin: Client;
let draftId: string;
let taskId: string;
let stp: string;

beforeAll(async () => {
  b = await startBackend({ seed: true });
  committee = await b.signIn('committee@example.vn');
  tuphap = await b.signIn('tuphap@example.vn');
  noivu = await b.signIn('noivu@example.vn');
  admin = await b.signIn('admin@example.vn');
  stp = await unitId(b, 'STP');
  draftId = await makePlan(b, 'draft');
  // A draft task of Sở Tư pháp, already overdue, created through the API (history and all).
  const { data, error } = await noivu.rpc('create_task', {
    p_plan_id: draftId,
    p_task: { area_id: 2, ordinal: '1.1', title: 'Nhiệm vụ của kế hoạch dự thảo', lead_unit_id: stp, due_date: '2020-01-31' },
    p_coordinator_ids: [await unitId(b, 'STC')],
  });
  expect(error).toBeNull();
  taskId = data!;
  await noivu.from('comments').insert({ task_id: taskId, body: 'Góp ý cho dự thảo' });
});
afterAll(async () => b?.close());

describe('a draft plan is invisible to heads of units', () => {
  it('the head of the lead unit sees neither the plan, nor its task, nor anything hanging off it', async () => {
    expect((await tuphap.from('plans').select('id').eq('id', draftId)).data).toEqual([]);
    expect((await tuphap.from('tasks').select('id').eq('id', taskId)).data).toEqual([]);
    expect((await tuphap.from('task_list').select('id').eq('id', taskId)).data).toEqual([]);
    for (const table of ['task_events', 'task_coordinators', 'comments'] as const) {
      expect((await tuphap.from(table).select('task_id').eq('task_id', taskId)).data, table).toEqual([]);
    }
  });

  it('the committee, Home Affairs and administrators still see it', async () => {
    for (const c of [committee, noivu, admin]) {
      expect((await c.from('tasks').select('id').eq('id', taskId)).data).toHaveLength(1);
      expect((await c.from('task_events').select('id').eq('task_id', taskId)).data!.length).toBeGreaterThan(0);
    }
  });

  it('no notification ("assigned", overdue) and no unit count for the draft', async () => {
    const { data: notes } = await tuphap.from('my_notifications').select('kind, task_id').eq('task_id', taskId);
    expect(notes).toEqual([]);
    const count = async (c: Client) => (await c.rpc('unit_task_counts', { p_unit_id: stp }).single()).data!;
    const before = await count(committee);
    // Issue it: now the unit sees it, is told, and counts it.
    const { error } = await noivu.from('plans').update({ status: 'in_force' }).eq('id', draftId);
    expect(error).toBeNull();
    const after = await count(committee);
    expect(after.total).toBe(before.total + 1);
    expect(after.overdue).toBe(before.overdue + 1);
    const { data: seen } = await tuphap.from('my_notifications').select('kind').eq('task_id', taskId);
    expect(seen!.map((n) => n.kind).sort()).toEqual(['assigned', 'overdue']);
    expect((await tuphap.from('tasks').select('id').eq('id', taskId)).data).toHaveLength(1);
  });
});

describe('work starts once a plan is issued', () => {
  it("nobody starts or reports done a draft plan's task; cancelling it out of the draft is allowed", async () => {
    const planId = await makePlan(b, 'draft');
    const t = await makeTask(b, { planId, lead: 'STP' });
    await addEvidence(b, t.id);
    for (const status of ['in_progress', 'submitted'] as const) {
      const { error } = await noivu.from('tasks').update({ status, version: t.version + 1 }).eq('id', t.id);
      expect(error?.hint, status).toBe('task_plan_not_issued');
    }
    const byUnit = await tuphap.from('tasks').update({ status: 'in_progress', version: t.version + 1 }).eq('id', t.id).select('id');
    expect(byUnit.data ?? []).toEqual([]);
    expect((await b.sql<{ status: string }>('select status from public.tasks where id = $1', t.id))[0]!.status).toBe('not_started');
    const cancelled = await noivu.from('tasks').update({ status: 'cancelled', status_reason: 'Bỏ khỏi dự thảo', version: t.version + 1 }).eq('id', t.id);
    expect(cancelled.error).toBeNull();
  });
});

describe('deleting a draft plan', () => {
  it('Home Affairs deletes a draft with its tasks, coordinators, evidence, comments and history, in one call', async () => {
    const planId = await makePlan(b, 'draft');
    const ids: string[] = [];
    for (const ordinal of ['1.1', '1.2']) {
      const { data } = await noivu.rpc('create_task', {
        p_plan_id: planId, p_task: { area_id: 1, ordinal, title: `Nhiệm vụ dự thảo ${ordinal}`, lead_unit_id: stp },
        p_coordinator_ids: [await unitId(b, 'SKHCN')],
      });
      ids.push(data!);
    }
    await noivu.from('evidence').insert({ task_id: ids[0]!, kind: 'link', url: 'https://example.vn/du-thao.pdf' });
    await noivu.from('comments').insert({ task_id: ids[1]!, body: 'Ý kiến về dự thảo' });
    const { data, error } = await noivu.rpc('delete_draft_plan', { p_plan_id: planId });
    expect(error).toBeNull();
    expect(data).toBe(2);
    for (const [table, column] of [['plans', 'id'], ['tasks', 'plan_id']] as const) {
      expect(await b.sql(`select 1 from public.${table} where ${column} = $1`, planId), table).toHaveLength(0);
    }
    for (const table of ['task_events', 'task_coordinators', 'evidence', 'comments']) {
      expect(await b.sql(`select 1 from public.${table} where task_id = any ($1::uuid[])`, ids), table).toHaveLength(0);
    }
  });

  it('an issued plan is refused and nothing is removed; history stays append-only outside the deletion', async () => {
    const t = await makeTask(b, { lead: 'STP' });
    const { error } = await noivu.rpc('delete_draft_plan', { p_plan_id: t.planId });
    expect(error?.hint).toBe('plan_delete_issued');
    expect(await b.sql('select 1 from public.tasks where id = $1', t.id)).toHaveLength(1);
    // outside the deletion, history stays append-only, drafts included
    const other = await makeTask(b, { planId: await makePlan(b, 'draft') });
    const viaApi = await admin.from('task_events').delete().eq('task_id', other.id).select('id');
    expect(viaApi.data ?? []).toEqual([]);
    expect((await b.sql('select 1 from public.task_events where task_id = $1', other.id)).length).toBeGreaterThan(0);
  });

  it('heads of units and the committee cannot delete a draft', async () => {
    const planId = await makePlan(b, 'draft');
    for (const c of [tuphap, committee, admin]) {
      const { error } = await c.rpc('delete_draft_plan', { p_plan_id: planId });
      expect(error?.hint).toBe('interior_only');
    }
    expect(await b.sql('select 1 from public.plans where id = $1', planId)).toHaveLength(1);
  });
});

describe('sign-up', () => {
  it('through the API, a name longer than 200 characters or not text is refused with a message and no account', async () => {
    for (const [email, fullName] of [
      ['ten.dai@example.vn', 'Nguyễn '.repeat(43)],
      ['khong.phai.chu@example.vn', { first: 'An' }],
    ] as const) {
      const { error } = await b.anon().auth.signUp({ email, password: 'Demo@12345', options: { data: { full_name: fullName } } });
      expect(error?.status, email).toBe(422);
      expect(error?.code, email).toBe('validation_failed');
      expect(await b.sql('select 1 from auth.users where email = $1', email), email).toHaveLength(0);
    }
  });

  it('a name with control characters is accepted and stored clean', async () => {
    const email = 'ky.tu.la@example.vn';
    const { error } = await b.anon().auth.signUp({ email, password: 'Demo@12345', options: { data: { full_name: 'Trần\u0007Văn\nAn' } } });
    expect(error).toBeNull();
    const [row] = await b.sql<{ full_name: string | null }>(
      'select p.full_name from public.profiles p join auth.users u on u.id = p.id where u.email = $1', email);
    expect(row?.full_name ?? null).toBe('Trần Văn An');
  });

  it('the new-account trigger never fails: a 300-character name or odd metadata written straight into auth.users', async () => {
    const cases: Array<[string, unknown, string | null]> = [
      ['truc.tiep.dai@example.vn', 'Nguyễn '.repeat(43), 'Nguyễn '.repeat(43).trim().slice(0, 200)],
      ['truc.tiep.la@example.vn', { first: 'An' }, null],
    ];
    for (const [email, fullName, stored] of cases) {
      await b.sql(
        `insert into auth.users (id, aud, role, email, encrypted_password, raw_user_meta_data, created_at, updated_at)
         values (gen_random_uuid(), 'authenticated', 'authenticated', $1, 'x', jsonb_build_object('full_name', $2::text::jsonb), now(), now())`,
        email,
        JSON.stringify(fullName),
      );
      const [row] = await b.sql<{ full_name: string | null }>(
        'select p.full_name from public.profiles p join auth.users u on u.id = p.id where u.email = $1', email);
      expect(row, email).toBeDefined();
      expect(row?.full_name ?? null, email).toBe(stored);
    }
  });
});
