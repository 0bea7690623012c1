// A catalogue of bad inputs sent through the real API by signed-in users.
// Each must be refused with a clear message (the database's own Vietnamese
// text, and a translation in both app languages), and leave every table
// exactly as it was.
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../app/i18n/resources';
import { dbErrorMessage, explainDbError } from '../../app/lib/db-errors';
import { startBackend, type Backend, type Client } from './harness';
import { addEvidence, makePlan, makeTask, unitId, userId } from './fixtures';
import { makeCchcSet } from './cchc-fixtures';

type Persona = 'committee' | 'dept_head' | 'other_dept_head' | 'interior' | 'admin' | 'no_role';
const EMAILS: Record<Exclude<Persona, 'no_role'>, string> = {
  committee: 'committee@example.vn',
  dept_head: 'tuphap@example.vn',
  other_dept_head: 'tttt@example.vn',
  interior: 'noivu@example.vn',
  admin: 'admin@example.vn',
};

let b: Backend;
const as = {} as Record<Persona, Client>;
let vt: typeof i18next.t;
let et: typeof i18next.t;

beforeAll(async () => {
  b = await startBackend({ seed: true });
  for (const [persona, email] of Object.entries(EMAILS)) as[persona as Persona] = await b.signIn(email);
  as.no_role = await b.signUp('cho.duyet@example.vn');
  const vInst = i18next.createInstance();
  await vInst.init({ resources: { vi: resources.vi }, lng: 'vi', interpolation: { escapeValue: false } });
  const eInst = i18next.createInstance();
  await eInst.init({ resources: { en: resources.en }, lng: 'en', interpolation: { escapeValue: false } });
  vt = vInst.t;
  et = eInst.t;
});
afterAll(async () => b?.close());

const TABLES = ['units', 'profiles', 'plans', 'tasks', 'task_coordinators', 'evidence', 'evidence_files', 'comments', 'deadline_extensions', 'task_events',
  'cchc_sets', 'cchc_items', 'cchc_assessments', 'cchc_scores', 'cchc_evidence', 'cchc_events'];
async function fingerprint(): Promise<string> {
  const parts = await Promise.all(
    TABLES.map(async (t) => (await b.sql<{ h: string }>(`select coalesce(md5(string_agg(x::text, '|' order by x::text)), '') as h from public.${t} x`))[0]!.h),
  );
  return parts.join(',');
}

interface Result {
  error: { code?: string; message?: string; details?: string | null; hint?: string | null } | null;
  count?: number | null;
  data?: unknown;
  status?: number;
}
interface Case {
  name: string;
  as: Persona;
  act: (c: Client) => PromiseLike<Result>;
  /** SQLSTATE expected */
  code?: string;
  /** part of the database's message */
  message?: string;
  /** the API answers without an error but changes nothing (row-level security) */
  noEffect?: true;
}

const long = (n: number) => `${'Nội dung dài '.repeat(Math.ceil(n / 13))}`.slice(0, n - 1) + '.';
const uuid = '00000000-0000-4000-8000-000000000000';
const PDF_BYTES = Buffer.from('%PDF-1.4\nBáo cáo\n%%EOF\n', 'utf8');
const PDF64 = PDF_BYTES.toString('base64');
const PDF_LEN = PDF_BYTES.length;

async function taskIn(status: string, opts: { lead?: string; planStatus?: 'draft' | 'in_force' | 'closed'; evidence?: boolean } = {}) {
  const planId = await makePlan(b, opts.planStatus ?? 'in_force');
  const task = await makeTask(b, { planId, status, lead: opts.lead });
  if (opts.evidence) await addEvidence(b, task.id);
  return task;
}

type Entry = { name: string; make: () => Promise<Case> };
const named = (name: string, make: () => Promise<Case>): Entry => ({ name, make });
const plain = (c: Case): Entry => ({ name: c.name, make: async () => c });

const CASES: Entry[] = [
  // ---------------------------------------------------------------- tasks: values
  named('due date before start date (new task)', async () => {
    const planId = await makePlan(b, 'draft');
    const lead = await unitId(b, 'STP');
    return { name: 'due date before start date (new task)', as: 'interior', code: '23514', message: 'tasks_due_after_start',
      act: (c) => c.from('tasks').insert({ plan_id: planId, area_id: 1, ordinal: '1.1', title: 'Nhiệm vụ mới', lead_unit_id: lead, start_date: '2024-05-01', due_date: '2024-04-01' }) };
  }),
  named('due date before start date (edit)', async () => {
    const t = await taskIn('not_started', { planStatus: 'draft' });
    return { name: 'due date before start date (edit)', as: 'interior', code: '23514', message: 'tasks_due_after_start',
      act: (c) => c.from('tasks').update({ due_date: '2098-01-01', version: t.version + 1 }).eq('id', t.id) };
  }),
  named('unknown lead unit', async () => {
    const planId = await makePlan(b, 'draft');
    return { name: 'unknown lead unit', as: 'interior', code: 'RT422', message: 'Đơn vị chủ trì không tồn tại',
      act: (c) => c.from('tasks').insert({ plan_id: planId, area_id: 1, ordinal: '1.1', title: 'Nhiệm vụ mới', lead_unit_id: uuid }) };
  }),
  named('inactive lead unit', async () => {
    const planId = await makePlan(b, 'draft');
    const [u] = await b.sql<{ id: string }>(`insert into public.units (code, name, kind, is_active) values ('CU-DONG', 'Đơn vị đã giải thể', 'agency', false) returning id`);
    return { name: 'inactive lead unit', as: 'interior', code: 'RT422', message: 'Đơn vị chủ trì không tồn tại hoặc đã ngừng hoạt động.',
      act: (c) => c.from('tasks').insert({ plan_id: planId, area_id: 1, ordinal: '1.1', title: 'Nhiệm vụ mới', lead_unit_id: u!.id }) };
  }),
  named('duplicate task ordinal in a plan', async () => {
    const t = await taskIn('not_started', { planStatus: 'draft' });
    const [row] = await b.sql<{ ordinal: string }>('select ordinal from public.tasks where id = $1', t.id);
    const lead = await unitId(b, 'STP');
    return { name: 'duplicate task ordinal in a plan', as: 'interior', code: '23505', message: 'tasks_plan_ordinal_key',
      act: (c) => c.from('tasks').insert({ plan_id: t.planId, area_id: 2, ordinal: row!.ordinal, title: 'Nhiệm vụ trùng số', lead_unit_id: lead }) };
  }),
  named('empty task title', async () => {
    const planId = await makePlan(b, 'draft');
    const lead = await unitId(b, 'STP');
    return { name: 'empty task title', as: 'interior', code: '23514', message: 'tasks_title_length',
      act: (c) => c.from('tasks').insert({ plan_id: planId, area_id: 1, ordinal: '1.1', title: '    ', lead_unit_id: lead }) };
  }),
  named('over-long task title', async () => {
    const planId = await makePlan(b, 'draft');
    const lead = await unitId(b, 'STP');
    return { name: 'over-long task title', as: 'interior', code: '23514', message: 'tasks_title_length',
      act: (c) => c.from('tasks').insert({ plan_id: planId, area_id: 1, ordinal: '1.1', title: long(1001), lead_unit_id: lead }) };
  }),
  named('malformed task ordinal', async () => {
    const planId = await makePlan(b, 'draft');
    const lead = await unitId(b, 'STP');
    return { name: 'malformed task ordinal', as: 'interior', code: '23514', message: 'tasks_ordinal_format',
      act: (c) => c.from('tasks').insert({ plan_id: planId, area_id: 1, ordinal: 'I.a', title: 'Nhiệm vụ mới', lead_unit_id: lead }) };
  }),
  named('unknown reform area', async () => {
    const planId = await makePlan(b, 'draft');
    const lead = await unitId(b, 'STP');
    return { name: 'unknown reform area', as: 'interior', code: '23503',
      act: (c) => c.from('tasks').insert({ plan_id: planId, area_id: 9, ordinal: '1.1', title: 'Nhiệm vụ mới', lead_unit_id: lead }) };
  }),
  named('impossible calendar date', async () => {
    const planId = await makePlan(b, 'draft');
    const lead = await unitId(b, 'STP');
    return { name: 'impossible calendar date', as: 'interior', code: '22008',
      act: (c) => c.from('tasks').insert({ plan_id: planId, area_id: 1, ordinal: '1.1', title: 'Nhiệm vụ mới', lead_unit_id: lead, due_date: '2024-02-31' }) };
  }),
  named('progress above 100%', async () => {
    const t = await taskIn('in_progress');
    return { name: 'progress above 100%', as: 'dept_head', code: '23514', message: 'tasks_progress_range',
      act: (c) => c.from('tasks').update({ progress: 150, version: t.version + 1 }).eq('id', t.id) };
  }),
  named('over-long progress note', async () => {
    const t = await taskIn('in_progress');
    return { name: 'over-long progress note', as: 'dept_head', code: '23514', message: 'tasks_progress_note_length',
      act: (c) => c.from('tasks').update({ progress_note: long(4001), version: t.version + 1 }).eq('id', t.id) };
  }),
  // ---------------------------------------------------------------- tasks: workflow
  named('status jump from not started straight to done', async () => {
    const t = await taskIn('not_started', { evidence: true });
    return { name: 'status jump from not started straight to done', as: 'dept_head', code: 'RT422', message: 'Không được chuyển nhiệm vụ từ "Chưa triển khai" sang "Hoàn thành".',
      act: (c) => c.from('tasks').update({ status: 'done', version: t.version + 1 }).eq('id', t.id) };
  }),
  named('dept head confirms its own completion', async () => {
    const t = await taskIn('submitted', { evidence: true });
    return { name: 'dept head confirms its own completion', as: 'dept_head', code: 'RT422', message: 'sang "Hoàn thành"',
      act: (c) => c.from('tasks').update({ status: 'done', version: t.version + 1 }).eq('id', t.id) };
  }),
  named('reported done without evidence', async () => {
    const t = await taskIn('in_progress');
    return { name: 'reported done without evidence', as: 'dept_head', code: 'RT424', message: 'Cần ít nhất một minh chứng trước khi báo cáo hoàn thành.',
      act: (c) => c.from('tasks').update({ status: 'submitted', version: t.version + 1 }).eq('id', t.id) };
  }),
  named('returned without a reason', async () => {
    const t = await taskIn('submitted', { evidence: true });
    return { name: 'returned without a reason', as: 'interior', code: 'RT422', message: 'Trả lại nhiệm vụ phải ghi rõ lý do.',
      act: (c) => c.from('tasks').update({ status: 'returned', version: t.version + 1 }).eq('id', t.id) };
  }),
  named('cancelled without a reason', async () => {
    const t = await taskIn('in_progress');
    return { name: 'cancelled without a reason', as: 'interior', code: 'RT422', message: 'Hủy nhiệm vụ phải ghi rõ lý do.',
      act: (c) => c.from('tasks').update({ status: 'cancelled', status_reason: '  ', version: t.version + 1 }).eq('id', t.id) };
  }),
  named('dept head cancels a task', async () => {
    const t = await taskIn('in_progress');
    return { name: 'dept head cancels a task', as: 'dept_head', code: 'RT422', message: 'sang "Đã hủy"',
      act: (c) => c.from('tasks').update({ status: 'cancelled', version: t.version + 1 }).eq('id', t.id) };
  }),
  named('a cancelled task brought back', async () => {
    const t = await taskIn('cancelled');
    return { name: 'a cancelled task brought back', as: 'interior', code: 'RT422', message: 'từ "Đã hủy"',
      act: (c) => c.from('tasks').update({ status: 'in_progress', version: t.version + 1 }).eq('id', t.id) };
  }),
  named('update based on a stale copy', async () => {
    const t = await taskIn('in_progress');
    return { name: 'update based on a stale copy', as: 'dept_head', code: 'RT409', message: 'đã được người khác cập nhật',
      act: (c) => c.from('tasks').update({ progress: 40, version: t.version }).eq('id', t.id) };
  }),
  named('update without a version', async () => {
    const t = await taskIn('in_progress');
    return { name: 'update without a version', as: 'interior', code: 'RT409', message: 'Vui lòng tải lại trước khi sửa.',
      act: (c) => c.from('tasks').update({ progress: 40 }).eq('id', t.id) };
  }),
  named('progress changed on a done task', async () => {
    const t = await taskIn('done');
    return { name: 'progress changed on a done task', as: 'interior', code: 'RT422', message: 'Nhiệm vụ đã hoàn thành hoặc đã hủy, không thể cập nhật tiến độ.',
      act: (c) => c.from('tasks').update({ progress_note: 'Sửa lại', version: t.version + 1 }).eq('id', t.id) };
  }),
  // ---------------------------------------------------------------- tasks: who may change what
  named('dept head edits the title', async () => {
    const t = await taskIn('in_progress');
    return { name: 'dept head edits the title', as: 'dept_head', code: 'RT403', message: 'Thủ trưởng đơn vị chỉ được cập nhật trạng thái, tiến độ và ghi chú tiến độ của nhiệm vụ.',
      act: (c) => c.from('tasks').update({ title: 'Tên mới do đơn vị tự sửa', version: t.version + 1 }).eq('id', t.id) };
  }),
  named('dept head moves its own deadline', async () => {
    const t = await taskIn('in_progress');
    return { name: 'dept head moves its own deadline', as: 'dept_head', code: 'RT403', message: 'chỉ được cập nhật trạng thái',
      act: (c) => c.from('tasks').update({ due_date: '2099-12-31', version: t.version + 1 }).eq('id', t.id) };
  }),
  named('dept head hands the task to another unit', async () => {
    const t = await taskIn('in_progress');
    const other = await unitId(b, 'SKHCN');
    return { name: 'dept head hands the task to another unit', as: 'dept_head', code: 'RT403', message: 'chỉ được cập nhật trạng thái',
      act: (c) => c.from('tasks').update({ lead_unit_id: other, version: t.version + 1 }).eq('id', t.id) };
  }),
  named("dept head takes over another unit's task (forged unit)", async () => {
    const t = await taskIn('in_progress');
    const own = await unitId(b, 'SKHCN');
    return { name: "dept head takes over another unit's task (forged unit)", as: 'other_dept_head', noEffect: true,
      act: (c) => c.from('tasks').update({ lead_unit_id: own, progress: 90, version: t.version + 1 }, { count: 'exact' }).eq('id', t.id) };
  }),
  named('dept head rewrites the return reason', async () => {
    const t = await taskIn('returned');
    return { name: 'dept head rewrites the return reason', as: 'dept_head', code: 'RT403', message: 'Chỉ Sở Nội vụ được ghi lý do',
      act: (c) => c.from('tasks').update({ status_reason: 'Không có gì', version: t.version + 1 }).eq('id', t.id) };
  }),
  named('deadline of an issued plan changed without an extension', async () => {
    const t = await taskIn('in_progress');
    return { name: 'deadline of an issued plan changed without an extension', as: 'interior', code: 'RT422', message: 'chỉ được đổi thời hạn bằng gia hạn có văn bản chấp thuận',
      act: (c) => c.from('tasks').update({ due_date: '2099-09-30', version: t.version + 1 }).eq('id', t.id) };
  }),
  named('completion date typed by hand', async () => {
    const t = await taskIn('in_progress');
    return { name: 'completion date typed by hand', as: 'interior', code: 'RT403', message: 'Không được sửa trực tiếp',
      act: (c) => c.from('tasks').update({ completed_on: '2099-01-01', version: t.version + 1 }).eq('id', t.id) };
  }),
  named('task of a closed plan edited', async () => {
    const t = await taskIn('in_progress', { planStatus: 'closed' });
    return { name: 'task of a closed plan edited', as: 'interior', code: 'RT423', message: 'Kế hoạch đã kết thúc, không thể sửa nhiệm vụ.',
      act: (c) => c.from('tasks').update({ progress: 10, version: t.version + 1 }).eq('id', t.id) };
  }),
  named('task added to a closed plan', async () => {
    const planId = await makePlan(b, 'closed');
    const lead = await unitId(b, 'STP');
    return { name: 'task added to a closed plan', as: 'interior', code: 'RT423', message: 'Kế hoạch đã kết thúc, không thể thêm nhiệm vụ.',
      act: (c) => c.from('tasks').insert({ plan_id: planId, area_id: 1, ordinal: '1.1', title: 'Nhiệm vụ mới', lead_unit_id: lead }) };
  }),
  named('new task created as already done', async () => {
    const planId = await makePlan(b, 'in_force');
    const lead = await unitId(b, 'STP');
    return { name: 'new task created as already done', as: 'interior', code: 'RT422', message: 'Nhiệm vụ mới phải ở trạng thái "Chưa triển khai".',
      act: (c) => c.from('tasks').insert({ plan_id: planId, area_id: 1, ordinal: '1.1', title: 'Nhiệm vụ mới', lead_unit_id: lead, status: 'done', completed_on: '2024-01-01' }) };
  }),
  named('committee member edits a task', async () => {
    const t = await taskIn('in_progress');
    return { name: 'committee member edits a task', as: 'committee', noEffect: true,
      act: (c) => c.from('tasks').update({ progress: 99, version: t.version + 1 }, { count: 'exact' }).eq('id', t.id) };
  }),
  // ---------------------------------------------------------------- evidence
  named('link with javascript:', async () => {
    const t = await taskIn('in_progress');
    return { name: 'link with javascript:', as: 'dept_head', code: '23514', message: 'evidence_link_fields',
      act: (c) => c.from('evidence').insert({ task_id: t.id, kind: 'link', url: 'javascript:alert(1)' }) };
  }),
  named('document with a malformed number', async () => {
    const t = await taskIn('in_progress');
    return { name: 'document with a malformed number', as: 'dept_head', code: '23514', message: 'evidence_document_fields',
      act: (c) => c.from('evidence').insert({ task_id: t.id, kind: 'document', doc_number: 'công văn số 5', doc_date: '2024-03-01', issuer: 'UBND tỉnh', summary: 'Về việc' }) };
  }),
  named('document without its date', async () => {
    const t = await taskIn('in_progress');
    return { name: 'document without its date', as: 'dept_head', code: '23514', message: 'evidence_document_fields',
      act: (c) => c.from('evidence').insert({ task_id: t.id, kind: 'document', doc_number: '4247/UBND-KSTT', issuer: 'UBND tỉnh', summary: 'Về việc' }) };
  }),
  named('file too large (11 MB)', async () => {
    const t = await taskIn('in_progress');
    return { name: 'file too large (11 MB)', as: 'dept_head', code: '23514', message: 'evidence_file_fields',
      act: (c) => c.from('evidence').insert({ task_id: t.id, kind: 'file', file_path: `${t.id}/bao-cao.pdf`, file_name: 'bao-cao.pdf', file_size: 11 * 1024 * 1024, mime_type: 'application/pdf' }) };
  }),
  named('file of a forbidden type (.exe)', async () => {
    const t = await taskIn('in_progress');
    return { name: 'file of a forbidden type (.exe)', as: 'dept_head', code: '23514', message: 'evidence_file_fields',
      act: (c) => c.from('evidence').insert({ task_id: t.id, kind: 'file', file_path: `${t.id}/setup.exe`, file_name: 'setup.exe', file_size: 1000, mime_type: 'application/x-msdownload' }) };
  }),
  named('evidence added to a done task', async () => {
    const t = await taskIn('done');
    return { name: 'evidence added to a done task', as: 'interior', code: 'RT422', message: 'Nhiệm vụ đã hoàn thành hoặc đã hủy, không thể thêm minh chứng.',
      act: (c) => c.from('evidence').insert({ task_id: t.id, kind: 'link', url: 'https://example.vn/a.pdf' }) };
  }),
  named("evidence added to another unit's task", async () => {
    const t = await taskIn('in_progress');
    return { name: "evidence added to another unit's task", as: 'other_dept_head', code: '42501',
      act: (c) => c.from('evidence').insert({ task_id: t.id, kind: 'link', url: 'https://example.vn/a.pdf' }) };
  }),
  named('evidence removed from a task awaiting confirmation', async () => {
    const t = await taskIn('submitted', { evidence: true });
    const [e] = await b.sql<{ id: string }>('select id from public.evidence where task_id = $1', t.id);
    return { name: 'evidence removed from a task awaiting confirmation', as: 'dept_head', code: 'RT422', message: 'Không thể gỡ minh chứng',
      act: (c) => c.from('evidence').delete().eq('id', e!.id) };
  }),
  // ---------------------------------------------------------------- comments
  named('empty comment', async () => {
    const t = await taskIn('in_progress');
    return { name: 'empty comment', as: 'committee', code: '23514', message: 'comments_body_length',
      act: (c) => c.from('comments').insert({ task_id: t.id, body: '   ' }) };
  }),
  named('over-long comment', async () => {
    const t = await taskIn('in_progress');
    return { name: 'over-long comment', as: 'interior', code: '23514', message: 'comments_body_length',
      act: (c) => c.from('comments').insert({ task_id: t.id, body: long(4001) }) };
  }),
  named('comment on a task the unit has nothing to do with', async () => {
    const t = await taskIn('in_progress');
    return { name: 'comment on a task the unit has nothing to do with', as: 'other_dept_head', code: '42501',
      act: (c) => c.from('comments').insert({ task_id: t.id, body: 'Ý kiến' }) };
  }),
  // ---------------------------------------------------------------- plans
  plain({ name: 'malformed plan number', as: 'interior', code: '23514', message: 'plans_doc_number_format',
    act: (c) => c.from('plans').insert({ doc_number: 'KH 250', title: 'Kế hoạch cải cách hành chính', year: 2030 }) }),
  plain({ name: 'duplicate plan number in the same year', as: 'interior', code: '23505', message: 'plans_doc_number_year_key',
    act: (c) => c.from('plans').insert({ doc_number: '250/KH-UBND', title: 'Kế hoạch trùng số', year: 2022 }) }),
  plain({ name: 'plan year out of range', as: 'interior', code: '23514', message: 'plans_year_range',
    act: (c) => c.from('plans').insert({ doc_number: '1/KH-UBND', title: 'Kế hoạch cải cách hành chính', year: 1999 }) }),
  named('issued plan sent back to draft', async () => {
    const planId = await makePlan(b, 'in_force');
    return { name: 'issued plan sent back to draft', as: 'interior', code: 'RT422', message: 'Kế hoạch đã ban hành không thể trở lại dự thảo.',
      act: (c) => c.from('plans').update({ status: 'draft' }).eq('id', planId) };
  }),
  named('closed plan renamed', async () => {
    const planId = await makePlan(b, 'closed');
    return { name: 'closed plan renamed', as: 'interior', code: 'RT423', message: 'Kế hoạch đã kết thúc, không thể sửa.',
      act: (c) => c.from('plans').update({ title: 'Tên mới của kế hoạch' }).eq('id', planId) };
  }),
  // ---------------------------------------------------------------- deadline extensions
  named('extension to an earlier date', async () => {
    const t = await makeTask(b, { status: 'in_progress', start: '2024-01-01', due: '2024-06-30' });
    return { name: 'extension to an earlier date', as: 'interior', code: 'RT422', message: 'Thời hạn mới phải sau thời hạn hiện tại.',
      act: (c) => c.from('deadline_extensions').insert({ task_id: t.id, new_due_date: '2024-05-31', doc_number: '12/UBND-NC', doc_date: '2024-05-01', approved_on: '2024-05-01' }) };
  }),
  named('extension approved in the future', async () => {
    const t = await makeTask(b, { status: 'in_progress', start: '2024-01-01', due: '2024-06-30' });
    return { name: 'extension approved in the future', as: 'interior', code: 'RT422', message: 'Ngày chấp thuận gia hạn không được sau ngày hôm nay.',
      act: (c) => c.from('deadline_extensions').insert({ task_id: t.id, new_due_date: '2099-12-31', doc_number: '12/UBND-NC', doc_date: '2099-01-01', approved_on: '2099-01-01' }) };
  }),
  named('extension without a proper document number', async () => {
    const t = await makeTask(b, { status: 'in_progress', start: '2024-01-01', due: '2024-06-30' });
    return { name: 'extension without a proper document number', as: 'interior', code: '23514', message: 'deadline_extensions_doc_number_format',
      act: (c) => c.from('deadline_extensions').insert({ task_id: t.id, new_due_date: '2024-09-30', doc_number: 'đồng ý miệng', doc_date: '2024-06-01', approved_on: '2024-06-01' }) };
  }),
  named('extension by a dept head', async () => {
    const t = await makeTask(b, { status: 'in_progress', start: '2024-01-01', due: '2024-06-30' });
    return { name: 'extension by a dept head', as: 'dept_head', code: '42501',
      act: (c) => c.from('deadline_extensions').insert({ task_id: t.id, new_due_date: '2024-09-30', doc_number: '12/UBND-NC', doc_date: '2024-06-01', approved_on: '2024-06-01' }) };
  }),
  // ---------------------------------------------------------------- closed plans are read-only (one guard)
  named('extension on a task of a closed plan', async () => {
    const t = await taskIn('in_progress', { planStatus: 'closed' });
    return { name: 'extension on a task of a closed plan', as: 'interior', code: 'RT423', message: 'Kế hoạch đã kết thúc',
      act: (c) => c.from('deadline_extensions').insert({ task_id: t.id, new_due_date: '2099-09-30', doc_number: '12/UBND-NC', doc_date: '2024-06-01', approved_on: '2024-06-01' }) };
  }),
  named('coordinator added to a task of a closed plan', async () => {
    const t = await taskIn('in_progress', { planStatus: 'closed' });
    const unit = await unitId(b, 'STC');
    return { name: 'coordinator added to a task of a closed plan', as: 'interior', code: 'RT423', message: 'Kế hoạch đã kết thúc',
      act: (c) => c.from('task_coordinators').insert({ task_id: t.id, unit_id: unit }) };
  }),
  named('coordinator removed from a task of a closed plan', async () => {
    const t = await taskIn('in_progress', { planStatus: 'closed' });
    const unit = await unitId(b, 'STC');
    await b.sql('insert into public.task_coordinators (task_id, unit_id) values ($1, $2)', t.id, unit);
    return { name: 'coordinator removed from a task of a closed plan', as: 'interior', code: 'RT423', message: 'Kế hoạch đã kết thúc',
      act: (c) => c.from('task_coordinators').delete().eq('task_id', t.id) };
  }),
  named('evidence added to a task of a closed plan', async () => {
    const t = await taskIn('in_progress', { planStatus: 'closed' });
    return { name: 'evidence added to a task of a closed plan', as: 'dept_head', code: 'RT423', message: 'Kế hoạch đã kết thúc',
      act: (c) => c.from('evidence').insert({ task_id: t.id, kind: 'link', url: 'https://example.vn/a.pdf' }) };
  }),
  named('evidence removed from a task of a closed plan', async () => {
    const t = await taskIn('in_progress', { planStatus: 'closed', evidence: true });
    return { name: 'evidence removed from a task of a closed plan', as: 'interior', code: 'RT423', message: 'Kế hoạch đã kết thúc',
      act: (c) => c.from('evidence').delete().eq('task_id', t.id) };
  }),
  named('file uploaded to a task of a closed plan', async () => {
    const t = await taskIn('in_progress', { planStatus: 'closed' });
    return { name: 'file uploaded to a task of a closed plan', as: 'dept_head', code: 'RT423', message: 'Kế hoạch đã kết thúc',
      act: (c) => c.rpc('add_evidence_file', { p_task_id: t.id, p_file_name: 'bao-cao.pdf', p_mime_type: 'application/pdf', p_content_base64: PDF64 }) };
  }),
  named('comment on a task of a closed plan', async () => {
    const t = await taskIn('in_progress', { planStatus: 'closed' });
    return { name: 'comment on a task of a closed plan', as: 'committee', code: 'RT423', message: 'Kế hoạch đã kết thúc',
      act: (c) => c.from('comments').insert({ task_id: t.id, body: 'Ý kiến muộn' }) };
  }),
  // ---------------------------------------------------------------- evidence file names
  named('file named .html holding a PDF', async () => {
    const t = await taskIn('in_progress');
    return { name: 'file named .html holding a PDF', as: 'dept_head', code: 'RT422', message: 'Đuôi tên tệp phải khớp với loại tệp',
      act: (c) => c.rpc('add_evidence_file', { p_task_id: t.id, p_file_name: 'bao-cao.html', p_mime_type: 'application/pdf', p_content_base64: PDF64 }) };
  }),
  named('file named .svg', async () => {
    const t = await taskIn('in_progress');
    return { name: 'file named .svg', as: 'dept_head', code: 'RT422', message: 'Đuôi tên tệp phải khớp với loại tệp',
      act: (c) => c.rpc('add_evidence_file', { p_task_id: t.id, p_file_name: 'so-do.svg', p_mime_type: 'image/png', p_content_base64: PDF64 }) };
  }),
  named('file name with a right-to-left override', async () => {
    const t = await taskIn('in_progress');
    return { name: 'file name with a right-to-left override', as: 'dept_head', code: 'RT422', message: 'ký tự ẩn đổi chiều chữ',
      act: (c) => c.rpc('add_evidence_file', { p_task_id: t.id, p_file_name: 'bao-cao\u202Eexe.pdf', p_mime_type: 'application/pdf', p_content_base64: PDF64 }) };
  }),
  named('file name with a path', async () => {
    const t = await taskIn('in_progress');
    return { name: 'file name with a path', as: 'dept_head', code: 'RT422', message: 'không được chứa dấu /',
      act: (c) => c.rpc('add_evidence_file', { p_task_id: t.id, p_file_name: '../../bao-cao.pdf', p_mime_type: 'application/pdf', p_content_base64: PDF64 }) };
  }),
  named('file name of 100,000 characters', async () => {
    const t = await taskIn('in_progress');
    return { name: 'file name of 100,000 characters', as: 'dept_head', code: 'RT422', message: 'Tên tệp dài quá 255 ký tự.',
      act: (c) => c.rpc('add_evidence_file', { p_task_id: t.id, p_file_name: `${'a'.repeat(99996)}.pdf`, p_mime_type: 'application/pdf', p_content_base64: PDF64 }) };
  }),
  named('file evidence written directly with a bad name', async () => {
    const t = await taskIn('in_progress');
    return { name: 'file evidence written directly with a bad name', as: 'dept_head', code: '23514', message: 'evidence_file_name_safe',
      act: (c) => c.from('evidence').insert({ task_id: t.id, kind: 'file', file_path: `evidence/${t.id}/x.html`, file_name: 'bao-cao.html', file_size: PDF_LEN, mime_type: 'application/pdf' }) };
  }),
  named('file upload by a unit that does not lead the task (checked before reading the file)', async () => {
    const t = await taskIn('in_progress');
    return { name: 'file upload by a unit that does not lead the task (checked before reading the file)', as: 'other_dept_head', code: 'RT401', message: 'không có quyền thêm minh chứng',
      act: (c) => c.rpc('add_evidence_file', { p_task_id: t.id, p_file_name: 'bao-cao.pdf', p_mime_type: 'application/pdf', p_content_base64: '***not base64***' }) };
  }),
  // ---------------------------------------------------------------- URLs only on links
  named('document evidence with a javascript: URL', async () => {
    const t = await taskIn('in_progress');
    return { name: 'document evidence with a javascript: URL', as: 'dept_head', code: '23514', message: 'evidence_url_only_on_links',
      act: (c) => c.from('evidence').insert({ task_id: t.id, kind: 'document', doc_number: '12/QĐ-UBND', doc_date: '2024-05-01', issuer: 'UBND tỉnh', summary: 'Quyết định', url: 'javascript:alert(1)' }) };
  }),
  // ---------------------------------------------------------------- dates between 2000 and 2100
  ...([
    ['task due on 0001-01-01', 'due_date', '0001-01-01', 'tasks_due_date_range'],
    ['task due at infinity', 'due_date', 'infinity', 'tasks_due_date_range'],
    ['task due in the year 294276', 'due_date', '294276-01-01', 'tasks_due_date_range'],
    ['task starting on 0001-01-01', 'start_date', '0001-01-01', 'tasks_start_date_range'],
  ] as const).map(([name, column, value, constraint]) =>
    named(name, async () => {
      const planId = await makePlan(b, 'draft');
      const lead = await unitId(b, 'STP');
      return { name, as: 'interior' as const, code: '23514', message: constraint,
        act: (c: Client) => c.from('tasks').insert({ plan_id: planId, area_id: 1, ordinal: '1.1', title: 'Nhiệm vụ mới', lead_unit_id: lead, ...(column === 'due_date' ? { due_date: value } : { start_date: value }) }) };
    })),
  named('task moved to the year 294276 through the task form', async () => {
    const t = await taskIn('not_started', { planStatus: 'draft' });
    const lead = await unitId(b, 'STP');
    return { name: 'task moved to the year 294276 through the task form', as: 'interior', code: '23514', message: 'tasks_due_date_range',
      act: (c) => c.rpc('update_task_details', { p_task_id: t.id, p_version: t.version, p_task: { area_id: 1, ordinal: '9.9', title: 'Nhiệm vụ sửa', lead_unit_id: lead, due_date: '294276-01-01' } }) };
  }),
  ...([
    // (the extension moves the task's due date first, so the task's own check speaks)
    ['extension to infinity', { new_due_date: 'infinity', doc_date: '2024-06-01', approved_on: '2024-06-01' }, 'tasks_due_date_range'],
    ['extension to the year 294276', { new_due_date: '294276-01-01', doc_date: '2024-06-01', approved_on: '2024-06-01' }, 'tasks_due_date_range'],
    ['extension approved on 0001-01-01', { new_due_date: '2099-09-30', doc_date: '0001-01-01', approved_on: '0001-01-01' }, 'deadline_extensions_approved_on_range'],
  ] as const).map(([name, dates, constraint]) =>
    named(name, async () => {
      const t = await makeTask(b, { status: 'in_progress', start: '2024-01-01', due: '2024-06-30' });
      return { name, as: 'interior' as const, code: '23514', message: constraint,
        act: (c: Client) => c.from('deadline_extensions').insert({ task_id: t.id, doc_number: '12/UBND-NC', ...dates }) };
    })),
  named('plan issued on 0001-01-01', async () => {
    const planId = await makePlan(b, 'draft');
    return { name: 'plan issued on 0001-01-01', as: 'interior', code: '23514', message: 'plans_issued_on_range',
      act: (c) => c.from('plans').update({ issued_on: '0001-01-01' }).eq('id', planId) };
  }),
  ...([
    ['CCHC index set with a cut-off on 0001-01-01', { cut_off: '0001-01-01', self_to: '2099-01-31' }, 'cchc_sets_cut_off_range'],
    ['CCHC index set whose self-assessment closes at infinity', { cut_off: '2099-12-31', self_to: 'infinity' }, 'cchc_sets_self_to_range'],
  ] as const).map(([name, dates, constraint]) =>
    plain({ name, as: 'interior', code: '23514', message: constraint,
      act: (c) => c.from('cchc_sets').insert({ year: 2100, target: 'communes', name: 'Bộ chỉ số ngoài khoảng ngày', self_from: '2099-01-01', ...dates }) })),
  named('CCHC evidence document dated 0001-01-01', async () => {
    const fx = await makeCchcSet(b);
    return { name: 'CCHC evidence document dated 0001-01-01', as: 'dept_head', code: '23514', message: 'cchc_evidence_doc_date_range',
      act: (c) => c.from('cchc_evidence').insert({ score_id: fx.scores['1.4']!, assessment_id: fx.stp, kind: 'document', doc_number: '12/QĐ-UBND', doc_date: '0001-01-01', issuer: 'UBND tỉnh', summary: 'Quyết định' }) };
  }),
  // ---------------------------------------------------------------- draft plans
  named('task of a draft plan started', async () => {
    const t = await taskIn('not_started', { planStatus: 'draft' });
    return { name: 'task of a draft plan started', as: 'interior', code: 'RT422', message: 'Kế hoạch chưa ban hành',
      act: (c) => c.from('tasks').update({ status: 'in_progress', version: t.version + 1 }).eq('id', t.id) };
  }),
  named('task of a draft plan started by its unit (not even seen)', async () => {
    const t = await taskIn('not_started', { planStatus: 'draft' });
    return { name: 'task of a draft plan started by its unit (not even seen)', as: 'dept_head', noEffect: true,
      act: (c) => c.from('tasks').update({ status: 'in_progress', version: t.version + 1 }, { count: 'exact' }).eq('id', t.id) };
  }),
  named('issued plan deleted', async () => {
    const t = await taskIn('not_started');
    return { name: 'issued plan deleted', as: 'interior', code: 'RT422', message: 'Chỉ xóa được kế hoạch dự thảo',
      act: (c) => c.rpc('delete_draft_plan', { p_plan_id: t.planId }) };
  }),
  named('draft plan deleted by a head of unit', async () => {
    const t = await taskIn('not_started', { planStatus: 'draft' });
    return { name: 'draft plan deleted by a head of unit', as: 'dept_head', code: 'RT401', message: 'Chỉ Sở Nội vụ',
      act: (c) => c.rpc('delete_draft_plan', { p_plan_id: t.planId }) };
  }),
  // ---------------------------------------------------------------- accounts and units
  named('dept head promotes itself to admin', async () => {
    const self = await userId(b, 'tuphap@example.vn');
    return { name: 'dept head promotes itself to admin', as: 'dept_head', code: 'RT403', message: 'Chỉ quản trị hệ thống được giao vai trò và đơn vị.',
      act: (c) => c.from('profiles').update({ role: 'admin' }).eq('id', self) };
  }),
  named('account without a role picks its own unit', async () => {
    const self = await userId(b, 'cho.duyet@example.vn');
    const unit = await unitId(b, 'STP');
    return { name: 'account without a role picks its own unit', as: 'no_role', code: 'RT403', message: 'Chỉ quản trị hệ thống',
      act: (c) => c.from('profiles').update({ unit_id: unit }).eq('id', self) };
  }),
  named('head of unit without a unit', async () => {
    const target = await userId(b, 'cho.duyet@example.vn');
    return { name: 'head of unit without a unit', as: 'admin', code: '23514', message: 'profiles_dept_head_has_unit',
      act: (c) => c.from('profiles').update({ role: 'dept_head' }).eq('id', target) };
  }),
  plain({ name: 'unit code with spaces and lower case', as: 'admin', code: '23514', message: 'units_code_format',
    act: (c) => c.from('units').insert({ code: 'sở mới', name: 'Sở mới', kind: 'department' }) }),
  plain({ name: 'duplicate unit code', as: 'admin', code: '23505', message: 'units_code_key',
    act: (c) => c.from('units').insert({ code: 'STP', name: 'Sở Tư pháp (trùng)', kind: 'department' }) }),
  named('unit moved under its own sub-unit', async () => {
    const root = await unitId(b, 'UBND');
    const child = await unitId(b, 'STP');
    return { name: 'unit moved under its own sub-unit', as: 'admin', code: 'RT422', message: 'Không thể chuyển đơn vị vào chính đơn vị cấp dưới của nó.',
      act: (c) => c.from('units').update({ parent_id: child }).eq('id', root) };
  }),
  named('unit deactivated while its sub-units are active', async () => {
    const root = await unitId(b, 'UBND');
    return { name: 'unit deactivated while its sub-units are active', as: 'admin', code: 'RT422', message: 'Đơn vị còn đơn vị cấp dưới đang hoạt động',
      act: (c) => c.from('units').update({ is_active: false }).eq('id', root) };
  }),
  named('active unit added under an inactive unit', async () => {
    const [closed] = await b.sql<{ id: string }>(
      `insert into public.units (code, name, kind, is_active) values ('DA-GIAI-THE', 'Đơn vị đã giải thể', 'agency', false)
       on conflict (code) do update set is_active = false returning id`);
    return { name: 'active unit added under an inactive unit', as: 'admin', code: 'RT422', message: 'Đơn vị cấp trên đã ngừng hoạt động',
      act: (c) => c.from('units').insert({ code: 'PHONG-MOI', name: 'Phòng mới', kind: 'agency', parent_id: closed!.id }) };
  }),
  named('Home Affairs role without a unit', async () => {
    const target = await userId(b, 'cho.duyet@example.vn');
    return { name: 'Home Affairs role without a unit', as: 'admin', code: '23514', message: 'profiles_interior_has_unit',
      act: (c) => c.from('profiles').update({ role: 'interior' }).eq('id', target) };
  }),
  named('administrator takes away their own role', async () => {
    const self = await userId(b, 'admin@example.vn');
    return { name: 'administrator takes away their own role', as: 'admin', code: 'RT403', message: 'không thể tự thay đổi vai trò của chính mình',
      act: (c) => c.from('profiles').update({ role: null }).eq('id', self) };
  }),
  named('administrator deletes task history', async () => {
    const task = await makeTask(b);
    return { name: 'administrator deletes task history', as: 'admin', noEffect: true,
      act: (c) => c.from('task_events').delete({ count: 'exact' }).eq('task_id', task.id) };
  }),
  // ---------------------------------------------------------------- saved views (task list)
  named('saved view with the name of another of ones own', async () => {
    await b.sql(
      `insert into public.saved_views (owner_id, name, query) values ($1, 'Nhiệm vụ quá hạn', 'timeliness=open_overdue')
       on conflict (owner_id, name) do nothing`, await userId(b, 'tuphap@example.vn'));
    return { name: 'saved view with the name of another of ones own', as: 'dept_head', code: '23505', message: 'saved_views_owner_name_key',
      act: (c) => c.from('saved_views').insert({ name: 'Nhiệm vụ quá hạn', query: 'status=returned' }) };
  }),
  plain({ name: 'saved view without a name', as: 'interior', code: '23514', message: 'saved_views_name_length',
    act: (c) => c.from('saved_views').insert({ name: '  ', query: 'status=submitted' }) }),
  named('saved view handed to another user', async () => {
    const [view] = await b.sql<{ id: string }>(
      `insert into public.saved_views (owner_id, name, query) values ($1, 'Bộ lọc riêng', '') returning id`, await userId(b, 'committee@example.vn'));
    const other = await userId(b, 'noivu@example.vn');
    return { name: 'saved view handed to another user', as: 'committee', code: 'RT403', message: 'Không được đổi người sở hữu',
      act: (c) => c.from('saved_views').update({ owner_id: other }).eq('id', view!.id) };
  }),
];

describe('bad input is refused with a clear message and changes nothing', () => {
  it('the catalogue has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  for (const entry of CASES) {
    it(entry.name, async () => {
      const c = await entry.make();
      const before = await fingerprint();
      const result = await c.act(as[c.as]);
      const after = await fingerprint();
      expect(after, `${c.name}: data changed`).toBe(before);
      if (c.noEffect) {
        expect(result.error ?? null, c.name).toBeNull();
        expect(result.count ?? 0, c.name).toBe(0);
        return;
      }
      expect(result.error, `${c.name}: no error`).not.toBeNull();
      const { code, message } = result.error!;
      // The gateway (server/gateway.ts) answers constraint violations as
      // PostgREST does: the SQLSTATE as code, 400 or 409, the message kept.
      expect(code, c.name).toBe(c.code);
      if (c.message) expect(message, c.name).toContain(c.message);
      if (c.code?.startsWith('23') && result.status !== undefined) {
        expect(result.status, c.name).toBe(c.code === '23505' || c.code === '23503' ? 409 : 400);
      }
      // The app shows a specific message in both languages, never the generic fallback.
      const explained = explainDbError(result.error);
      expect(explained.key, c.name).not.toBe('errors.generic');
      for (const t of [vt, et]) {
        const text = dbErrorMessage(result.error, t);
        expect(text, c.name).not.toMatch(/^errors\./);
        expect(text.length, c.name).toBeGreaterThan(10);
      }
    });
  }
});
