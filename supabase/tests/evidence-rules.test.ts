// Evidence (minh chứng) rules, each case of each: no new evidence on a done
// or a cancelled task, none removed while the task waits for confirmation or
// once it is done, the author is always the caller, and a stored file's size
// must be the size declared — for every writer, the database owner included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend, type Client } from './harness';
import { addEvidence, makeTask, userId } from './fixtures';

let b: Backend;
let interior: Client;
let head: Client;
beforeAll(async () => {
  b = await startBackend({ seed: true });
  interior = await b.signIn('noivu@example.vn');
  head = await b.signIn('tuphap@example.vn');
});
afterAll(async () => b?.close());

const link = (taskId: string) => ({ task_id: taskId, kind: 'link' as const, url: 'https://example.vn/van-ban.pdf', summary: 'Văn bản' });

describe('adding evidence', () => {
  for (const status of ['done', 'cancelled'] as const) {
    it(`is refused on a ${status} task`, async () => {
      const task = await makeTask(b, { status });
      const { error } = await interior.from('evidence').insert(link(task.id));
      expect(error?.hint).toBe('evidence_task_finished');
      expect(await b.sql('select 1 from public.evidence where task_id = $1', task.id)).toHaveLength(0);
    });
  }

  for (const status of ['not_started', 'in_progress', 'returned'] as const) {
    it(`is accepted on a ${status} task`, async () => {
      const task = await makeTask(b, { status });
      expect((await head.from('evidence').insert(link(task.id))).error).toBeNull();
    });
  }

  it('is recorded under the caller, whatever author the request names', async () => {
    const task = await makeTask(b, { status: 'in_progress' });
    const { data, error } = await head
      .from('evidence')
      .insert({ ...link(task.id), created_by: await userId(b, 'noivu@example.vn'), created_at: '2020-01-01T00:00:00Z' })
      .select('created_by, created_at')
      .single();
    expect(error).toBeNull();
    expect(data!.created_by).toBe(await userId(b, 'tuphap@example.vn'));
    expect(new Date(data!.created_at).getFullYear()).toBeGreaterThan(2020);
  });
});

describe('removing evidence', () => {
  for (const status of ['submitted', 'done'] as const) {
    it(`is refused while the task is ${status}`, async () => {
      const task = await makeTask(b, { status });
      const evidence = await addEvidence(b, task.id);
      const client = status === 'done' ? interior : head;
      const { error } = await client.from('evidence').delete().eq('id', evidence);
      expect(error?.hint).toBe('evidence_locked');
      expect(await b.sql('select 1 from public.evidence where id = $1', evidence)).toHaveLength(1);
    });
  }

  for (const status of ['in_progress', 'returned'] as const) {
    it(`is allowed while the task is ${status}`, async () => {
      const task = await makeTask(b, { status });
      const evidence = await addEvidence(b, task.id);
      expect((await head.from('evidence').delete().eq('id', evidence)).error).toBeNull();
      expect(await b.sql('select 1 from public.evidence where id = $1', evidence)).toHaveLength(0);
    });
  }
});

describe('stored files', () => {
  it('an account without a role reads no stored file, directly or through the download function', async () => {
    const task = await makeTask(b, { status: 'in_progress' });
    const pdf = Buffer.from('%PDF-1.4\n% thử nghiệm\n').toString('base64');
    const { data: id, error } = await head.rpc('add_evidence_file', {
      p_task_id: task.id, p_file_name: 'bao-cao.pdf', p_mime_type: 'application/pdf', p_content_base64: pdf,
    });
    expect(error).toBeNull();
    const stranger = await b.signUp(`khach.${Date.now()}@example.vn`);
    const direct = await stranger.from('evidence_files').select('evidence_id, content').eq('evidence_id', id!);
    expect(direct.data ?? []).toEqual([]);
    const viaRpc = await stranger.rpc('get_evidence_file', { p_evidence_id: id! });
    expect(viaRpc.data ?? []).toEqual([]);
    // a member does read it
    expect((await head.from('evidence_files').select('evidence_id').eq('evidence_id', id!)).data).toHaveLength(1);
  });

  it('a file whose size differs from the declared size is refused, for the database owner too', async () => {
    const task = await makeTask(b, { status: 'in_progress' });
    const id = '6d1f3c0e-7a51-4c1b-9a57-0f2e6a1b2c3d';
    await expect(
      b.sql(`do $$ begin
        insert into public.evidence (id, task_id, kind, file_path, file_name, file_size, mime_type)
        values ('${id}', '${task.id}', 'file', 'evidence/x/bao-cao.pdf', 'bao-cao.pdf', 100, 'application/pdf');
        insert into public.evidence_files (evidence_id, content) values ('${id}', '\\x255044462d312e340a'::bytea);
      end $$`),
    ).rejects.toThrow(/file_size_mismatch/);
    expect(await b.sql('select 1 from public.evidence where id = $1', id)).toHaveLength(0);
  });
});
