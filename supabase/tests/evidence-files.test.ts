// Evidence files end to end through the API: upload as the lead unit, read
// back as anyone with a role, refused for everyone else and for bad files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend, type Client } from './harness';
import { makeTask } from './fixtures';

let b: Backend;
let head: Client;
let otherHead: Client;
let committee: Client;

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('Báo cáo kết quả thực hiện nhiệm vụ CCHC', 'utf8'), Buffer.from('\n%%EOF\n')]);
const EXE = Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'binary');
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(64, 7)]);

beforeAll(async () => {
  b = await startBackend({ seed: true });
  head = await b.signIn('tuphap@example.vn');
  otherHead = await b.signIn('tttt@example.vn');
  committee = await b.signIn('committee@example.vn');
});
afterAll(async () => b?.close());

async function upload(c: Client, taskId: string, name: string, mime: string, bytes: Buffer) {
  return c.rpc('add_evidence_file', {
    p_task_id: taskId,
    p_file_name: name,
    p_mime_type: mime,
    p_content_base64: bytes.toString('base64'),
    p_summary: 'Báo cáo kết quả',
  });
}

describe('evidence files', () => {
  it('the lead unit uploads a PDF and a committee member downloads the same bytes', async () => {
    const task = await makeTask(b, { status: 'in_progress' });
    const { data: id, error } = await upload(head, task.id, 'bao-cao-ket-qua.pdf', 'application/pdf', PDF);
    expect(error).toBeNull();
    const { data: rows } = await committee.from('evidence').select('kind, file_name, file_size, mime_type').eq('id', id!);
    expect(rows).toEqual([{ kind: 'file', file_name: 'bao-cao-ket-qua.pdf', file_size: PDF.length, mime_type: 'application/pdf' }]);
    const { data: file, error: readError } = await committee.rpc('get_evidence_file', { p_evidence_id: id! });
    expect(readError).toBeNull();
    expect(Buffer.from(file![0]!.content_base64, 'base64').equals(PDF)).toBe(true);
    const events = await b.sql<{ action: string }>(`select action from public.task_events where task_id = $1 and action = 'evidence_added'`, task.id);
    expect(events).toHaveLength(1);
  });

  it('an image is accepted by its leading bytes', async () => {
    const task = await makeTask(b, { status: 'in_progress' });
    const { error } = await upload(head, task.id, 'anh-hien-truong.png', 'image/png', PNG);
    expect(error).toBeNull();
  });

  it('a program renamed to .pdf is refused by its content, and nothing is stored', async () => {
    const task = await makeTask(b, { status: 'in_progress' });
    const { error } = await upload(head, task.id, 'bao-cao.pdf', 'application/pdf', EXE);
    expect(error?.code).toBe('RT422');
    expect(error?.hint).toBe('file_type_mismatch');
    expect(await b.sql('select 1 from public.evidence where task_id = $1', task.id)).toHaveLength(0);
  });

  it('file names: 255 characters and a Vietnamese name are fine, 256 are not; the extension must match the type', async () => {
    const task = await makeTask(b, { status: 'in_progress' });
    const at = (n: number) => `${'b'.repeat(n - 4)}.pdf`;
    expect((await upload(head, task.id, at(255), 'application/pdf', PDF)).error).toBeNull();
    expect((await upload(head, task.id, at(256), 'application/pdf', PDF)).error?.hint).toBe('file_name_too_long');
    expect((await upload(head, task.id, 'Báo cáo kết quả (bản ký số).PDF', 'application/pdf', PDF)).error).toBeNull();
    expect((await upload(head, task.id, 'anh-chup.jpeg', 'image/png', PNG)).error?.hint).toBe('file_name_extension');
    expect((await upload(head, task.id, 'anh-chup.png', 'image/png', PNG)).error).toBeNull();
    expect((await upload(head, task.id, '.pdf', 'application/pdf', PDF)).error?.hint).toBe('file_name_characters');
    const names = await b.sql<{ file_name: string; mime_type: string }>(
      'select file_name, mime_type from public.evidence where task_id = $1 order by file_name', task.id);
    expect(names.map((n) => n.file_name).sort()).toEqual([at(255), 'Báo cáo kết quả (bản ký số).PDF', 'anh-chup.png'].sort());
    // the download hands back exactly the stored name and type
    const row = names.find((n) => n.file_name === 'anh-chup.png')!;
    const [ev] = await b.sql<{ id: string }>(`select id from public.evidence where task_id = $1 and file_name = 'anh-chup.png'`, task.id);
    const { data } = await committee.rpc('get_evidence_file', { p_evidence_id: ev!.id });
    expect([data![0]!.file_name, data![0]!.mime_type]).toEqual([row.file_name, row.mime_type]);
  });

  it('a type outside the list is refused', async () => {
    const task = await makeTask(b, { status: 'in_progress' });
    const { error } = await upload(head, task.id, 'setup.exe', 'application/x-msdownload', EXE);
    expect(error?.hint).toBe('file_name_extension');
    expect(await b.sql('select 1 from public.evidence where task_id = $1', task.id)).toHaveLength(0);
  });

  it('a file over 10 MB is refused', async () => {
    const task = await makeTask(b, { status: 'in_progress' });
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024, 1)]);
    const { error } = await upload(head, task.id, 'qua-lon.pdf', 'application/pdf', big);
    expect(error?.hint).toBe('file_too_large');
    expect(await b.sql('select 1 from public.evidence where task_id = $1', task.id)).toHaveLength(0);
  });

  it("another unit's head cannot attach a file to the task", async () => {
    const task = await makeTask(b, { status: 'in_progress' });
    const { error } = await upload(otherHead, task.id, 'bao-cao.pdf', 'application/pdf', PDF);
    expect(error?.hint).toBe('evidence_forbidden');
    expect(await b.sql('select 1 from public.evidence where task_id = $1', task.id)).toHaveLength(0);
  });

  it('file evidence cannot be created without its bytes', async () => {
    const task = await makeTask(b, { status: 'in_progress' });
    const { error } = await head.from('evidence').insert({
      task_id: task.id, kind: 'file', file_path: 'x/y.pdf', file_name: 'y.pdf', file_size: 10, mime_type: 'application/pdf',
    });
    expect(error?.hint ?? error?.message).toMatch(/file_missing/);
    expect(await b.sql('select 1 from public.evidence where task_id = $1', task.id)).toHaveLength(0);
  });

  it('nobody without a role can download, and anonymous callers cannot call the functions', async () => {
    const task = await makeTask(b, { status: 'in_progress' });
    const { data: id } = await upload(head, task.id, 'bao-cao.pdf', 'application/pdf', PDF);
    const stranger = await b.signUp('nguoi.la@example.vn');
    const { data } = await stranger.rpc('get_evidence_file', { p_evidence_id: id! });
    expect(data ?? []).toEqual([]);
    const { error } = await b.anon().rpc('get_evidence_file', { p_evidence_id: id! });
    expect(error).not.toBeNull();
  });
});
