// Coordinating units (đơn vị phối hợp) act too: the head of a coordinating
// unit comments on the task, under their own name, but neither edits it nor
// adds its evidence; the administrator does not comment at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend, type Client } from './harness';
import { makeTask, taskRow, unitId, userId } from './fixtures';

let b: Backend;
let coordinatorHead: Client; // tttt@example.vn: Sở KH&CN since the 2025 merger, coordinating
let otherHead: Client; // Sở Tư pháp, leads the tasks below
let admin: Client;
beforeAll(async () => {
  b = await startBackend({ seed: true });
  coordinatorHead = await b.signIn('tttt@example.vn');
  otherHead = await b.signIn('tuphap@example.vn');
  admin = await b.signIn('admin@example.vn');
});
afterAll(async () => b?.close());

/** A task led by Sở Tư pháp with Sở KH&CN (tttt@example.vn's unit) coordinating. */
async function coordinatedTask() {
  const task = await makeTask(b, { status: 'in_progress', lead: 'STP' });
  await b.sql('insert into public.task_coordinators (task_id, unit_id) values ($1, $2)', task.id, await unitId(b, 'SKHCN'));
  return task;
}

describe('the head of a coordinating unit', () => {
  it('comments on the task, and the comment is theirs whatever author the request names', async () => {
    const task = await coordinatedTask();
    const { data, error } = await coordinatorHead
      .from('comments')
      .insert({ task_id: task.id, body: 'Sở TT&TT đã góp ý dự thảo.', author_id: await userId(b, 'noivu@example.vn') })
      .select('id, author_id, body')
      .single();
    expect(error).toBeNull();
    expect(data).toMatchObject({ author_id: await userId(b, 'tttt@example.vn'), body: 'Sở TT&TT đã góp ý dự thảo.' });
  });

  it('does not comment once the unit no longer coordinates', async () => {
    const task = await coordinatedTask();
    await b.sql('delete from public.task_coordinators where task_id = $1', task.id);
    const { error } = await coordinatorHead.from('comments').insert({ task_id: task.id, body: 'Ý kiến' });
    expect(error?.code).toBe('42501');
  });

  it('does not edit the task', async () => {
    const task = await coordinatedTask();
    const before = await taskRow(b, task.id);
    const { error, count } = await coordinatorHead
      .from('tasks')
      .update({ progress: 80, version: task.version + 1 }, { count: 'exact' })
      .eq('id', task.id);
    expect(error).toBeNull();
    expect(count ?? 0).toBe(0);
    expect(await taskRow(b, task.id)).toEqual(before);
  });

  it('does not add or remove its evidence', async () => {
    const task = await coordinatedTask();
    const { error } = await coordinatorHead.from('evidence').insert({ task_id: task.id, kind: 'link', url: 'https://example.vn/a.pdf' });
    expect(error?.code).toBe('42501');
    const { data: ev } = await otherHead
      .from('evidence')
      .insert({ task_id: task.id, kind: 'link', url: 'https://example.vn/b.pdf' })
      .select('id')
      .single();
    const { count } = await coordinatorHead.from('evidence').delete({ count: 'exact' }).eq('id', ev!.id);
    expect(count ?? 0).toBe(0);
    expect(await b.sql('select 1 from public.evidence where id = $1', ev!.id)).toHaveLength(1);
  });

  it('does not name other coordinating units', async () => {
    const task = await coordinatedTask();
    const { error } = await coordinatorHead.from('task_coordinators').insert({ task_id: task.id, unit_id: await unitId(b, 'SYT') });
    expect(error?.code).toBe('42501');
  });
});

describe('the administrator', () => {
  it('does not comment on tasks', async () => {
    const task = await coordinatedTask();
    const { error } = await admin.from('comments').insert({ task_id: task.id, body: 'Ý kiến của quản trị' });
    expect(error?.code).toBe('42501');
    expect(await b.sql('select 1 from public.comments where task_id = $1', task.id)).toHaveLength(0);
  });
});
