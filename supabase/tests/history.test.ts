// Task history (lịch sử): who did it is recorded and read back, every kind of
// change leaves a row, and nothing — not even the database owner — rewrites
// or deletes a row once written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend, type Client } from './harness';
import { addEvidence, makeTask, unitId, userId } from './fixtures';

let b: Backend;
let interior: Client;
let head: Client;
let committee: Client;
beforeAll(async () => {
  b = await startBackend({ seed: true });
  interior = await b.signIn('noivu@example.vn');
  head = await b.signIn('tuphap@example.vn');
  committee = await b.signIn('committee@example.vn');
});
afterAll(async () => b?.close());

/** The task's history as a committee member reads it through the API, oldest first. */
async function history(taskId: string) {
  const { data, error } = await committee
    .from('task_events')
    .select('action, actor_id, actor_role, changes')
    .eq('task_id', taskId)
    .order('id');
  expect(error).toBeNull();
  return data!;
}

describe('who did it', () => {
  it("a head of unit's progress update is recorded with their account and role", async () => {
    const task = await makeTask(b, { status: 'in_progress' });
    const { error } = await head.from('tasks').update({ progress: 30, version: task.version + 1 }).eq('id', task.id);
    expect(error).toBeNull();
    const last = (await history(task.id)).at(-1)!;
    expect(last).toMatchObject({
      action: 'updated',
      actor_id: await userId(b, 'tuphap@example.vn'),
      actor_role: 'dept_head',
      changes: { progress: { old: 0, new: 30 } },
    });
  });

  it("Home Affairs' confirmation is recorded with their account and role", async () => {
    const task = await makeTask(b, { status: 'submitted' });
    await addEvidence(b, task.id);
    expect((await interior.from('tasks').update({ status: 'done', version: task.version + 1 }).eq('id', task.id)).error).toBeNull();
    const last = (await history(task.id)).at(-1)!;
    expect(last).toMatchObject({
      action: 'status_changed',
      actor_id: await userId(b, 'noivu@example.vn'),
      actor_role: 'interior',
    });
    expect(last.changes).toMatchObject({ status: { old: 'submitted', new: 'done' } });
  });
});

describe('every kind of change leaves a row', () => {
  it('evidence added and removed', async () => {
    const task = await makeTask(b, { status: 'in_progress' });
    const { data: ev, error } = await head
      .from('evidence')
      .insert({ task_id: task.id, kind: 'link', url: 'https://example.vn/ket-qua.pdf', summary: 'Kết quả' })
      .select('id')
      .single();
    expect(error).toBeNull();
    expect((await head.from('evidence').delete().eq('id', ev!.id)).error).toBeNull();
    const rows = (await history(task.id)).filter((r) => r.action.startsWith('evidence_'));
    expect(rows.map((r) => [r.action, r.actor_role])).toEqual([
      ['evidence_added', 'dept_head'],
      ['evidence_removed', 'dept_head'],
    ]);
  });

  it('coordinating units added and removed', async () => {
    const task = await makeTask(b, { status: 'in_progress' });
    const stttt = await unitId(b, 'STTTT');
    expect((await interior.from('task_coordinators').insert({ task_id: task.id, unit_id: stttt })).error).toBeNull();
    expect((await interior.from('task_coordinators').delete().eq('task_id', task.id).eq('unit_id', stttt)).error).toBeNull();
    const rows = (await history(task.id)).filter((r) => r.action.startsWith('coordinator_'));
    expect(rows.map((r) => [r.action, r.actor_role, (r.changes as { unit_id?: string }).unit_id])).toEqual([
      ['coordinator_added', 'interior', stttt],
      ['coordinator_removed', 'interior', stttt],
    ]);
  });
});

describe('append-only', () => {
  it('the database owner cannot rewrite a row', async () => {
    const task = await makeTask(b, { status: 'in_progress' });
    await expect(b.sql(`update public.task_events set actor_role = 'admin' where task_id = $1`, task.id)).rejects.toThrow(/history_append_only/);
    expect((await history(task.id)).every((r) => r.actor_role !== 'admin')).toBe(true);
  });

  it('the database owner cannot delete a row', async () => {
    const task = await makeTask(b, { status: 'in_progress' });
    const before = (await history(task.id)).length;
    await expect(b.sql('delete from public.task_events where task_id = $1', task.id)).rejects.toThrow(/history_append_only/);
    expect(await history(task.id)).toHaveLength(before);
  });
});
