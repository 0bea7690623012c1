// Every persona × every table × every operation, through the real API.
// Allowed operations must succeed and change the data; denied ones must
// return an error or touch zero rows, and leave the data as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend, type Client } from './harness';
import { addEvidence, makePlan, makeTask, uniq, unitId, userId } from './fixtures';
import { FUNCTIONS, MATRIX, OPERATIONS, PERSONAS, type Operation, type Persona } from './access-matrix';
import { cchcProbes } from './cchc-probes';

let b: Backend;
let insertedPlans = 0;
const clients = {} as Record<Persona, Client>;
// One set of CCHC fixtures, shared by the table and function probes.
const cchc = cchcProbes(() => b);
const EMAILS: Partial<Record<Persona, string>> = {
  committee: 'committee@example.vn',
  dept_head: 'tuphap@example.vn',
  other_dept_head: 'tttt@example.vn',
  interior: 'noivu@example.vn',
  admin: 'admin@example.vn',
};

beforeAll(async () => {
  b = await startBackend({ seed: true });
  clients.anon = b.anon();
  clients.no_role = await b.signUp('chua.phan.quyen@example.vn');
  for (const [persona, email] of Object.entries(EMAILS)) clients[persona as Persona] = await b.signIn(email);
  await b.signUp('doi.tuong@example.vn');
});
afterAll(async () => b?.close());

const PDF_BYTES = Buffer.from('%PDF-1.4\nBáo cáo\n%%EOF\n', 'utf8');
const PDF_BASE64 = PDF_BYTES.toString('base64');
async function addFile(taskId: string): Promise<string> {
  const [row] = await b.sql<{ id: string }>(
    `with e as (
       insert into public.evidence (task_id, kind, file_path, file_name, file_size, mime_type)
       values ($1, 'file', 'evidence/x/bao-cao.pdf', 'bao-cao.pdf', $2, 'application/pdf') returning id)
     insert into public.evidence_files (evidence_id, content) select id, $3 from e returning evidence_id as id`,
    taskId, PDF_BYTES.length, PDF_BYTES);
  return row!.id;
}

async function makeIndicator(): Promise<string> {
  const [row] = await b.sql<{ id: string }>(
    `insert into public.indicators (code, area_id, name_vi, name_en, target) values ($1, 2, 'Chỉ tiêu thử nghiệm', 'Test indicator', 80) returning id`,
    `CT-${uniq()}`.toUpperCase().slice(0, 30));
  return row!.id;
}
async function makeIndicatorValue(): Promise<{ id: string; version: number }> {
  const [row] = await b.sql<{ id: string; version: number }>(
    `insert into public.indicator_values (indicator_id, year, period, numerator, denominator) values ($1, 2024, 'annual', 5, 10) returning id, version`,
    await makeIndicator());
  return row!;
}

/** A draft report on a fresh plan (written as the owner). */
async function reportDraft(): Promise<string> {
  const planId = await makePlan(b, 'in_force');
  const [row] = await b.sql<{ id: string }>(
    `insert into public.reports (plan_id, period, year) values ($1, 'h1', 2099) returning id`, planId);
  return row!.id;
}

// Owner-only tables: each persona acts on its own row; anonymous acts on the
// committee member's row (and must not reach it).
const OWNER_EMAIL: Record<Persona, string> = {
  anon: 'committee@example.vn',
  no_role: 'chua.phan.quyen@example.vn',
  committee: 'committee@example.vn',
  dept_head: 'tuphap@example.vn',
  other_dept_head: 'tttt@example.vn',
  interior: 'noivu@example.vn',
  admin: 'admin@example.vn',
};
async function ownSavedView(persona: Persona): Promise<string> {
  const [row] = await b.sql<{ id: string }>(
    `insert into public.saved_views (owner_id, name, query) values ($1, $2, 'status=returned') returning id`,
    await userId(b, OWNER_EMAIL[persona]), `Bộ lọc ${uniq()}`);
  return row!.id;
}
async function ownReadMark(persona: Persona): Promise<string> {
  const owner = await userId(b, OWNER_EMAIL[persona]);
  await b.sql(
    `insert into public.notification_reads (user_id, read_until) values ($1, timestamptz '2020-01-01 00:00+07')
     on conflict (user_id) do update set read_until = excluded.read_until`, owner);
  return owner;
}

type Probe = (c: Client, persona: Persona) => Promise<boolean>; // true when the operation took effect
const count = async (query: string, ...params: unknown[]) =>
  Number((await b.sql<{ n: number }>(`select count(*)::int as n from (${query}) q`, ...params))[0]!.n);

async function selectProbe(c: Client, table: string, column = 'id') {
  const { data, error } = await c.from(table as 'units').select(column).limit(1);
  return !error && (data?.length ?? 0) > 0;
}

/** A recorded merger (as the owner): two fresh units, the first merged into the second, renamed before. */
async function recordReorganisation(): Promise<{ reorg: string; unit: string }> {
  const code = () => `M-${uniq()}`.toUpperCase().slice(0, 30);
  const [a] = await b.sql<{ id: string }>(`insert into public.units (code, name, kind) values ($1, 'Đơn vị bị sáp nhập', 'agency') returning id`, code());
  const [c] = await b.sql<{ id: string }>(`insert into public.units (code, name, kind) values ($1, 'Đơn vị tiếp nhận', 'agency') returning id`, code());
  await b.sql(`select public.rename_unit($1, 'Đơn vị đổi tên', null, date '2025-01-01')`, a!.id);
  const [row] = await b.sql<{ id: string }>(`select public.merge_units(array[$1::uuid], $2, date '2025-03-01') as id`, a!.id, c!.id);
  return { reorg: row!.id, unit: a!.id };
}
function reorgProbes(table: 'unit_reorganisations' | 'unit_successions' | 'unit_names', key: string): Record<Operation, Probe> {
  const where = table === 'unit_names' ? 'unit_id' : table === 'unit_successions' ? 'predecessor_id' : 'id';
  const pick = (r: { reorg: string; unit: string }) => (table === 'unit_reorganisations' ? r.reorg : r.unit);
  return {
    select: async (c) => {
      await recordReorganisation();
      return selectProbe(c, table, key);
    },
    insert: async (c) => {
      const r = await recordReorganisation();
      const before = await count(`select 1 from public.${table}`);
      const row =
        table === 'unit_reorganisations' ? { kind: 'merge', effective_on: '2025-05-01' }
        : table === 'unit_successions' ? { reorganisation_id: r.reorg, predecessor_id: await unitId(b, 'STP'), successor_id: await unitId(b, 'SNV') }
        : { unit_id: r.unit, name: 'Tên giả', valid_to: '2024-01-01' };
      await c.from(table as 'units').insert(row as never);
      return (await count(`select 1 from public.${table}`)) > before;
    },
    update: async (c) => {
      const r = await recordReorganisation();
      const patch = table === 'unit_reorganisations' ? { note: 'Đã sửa' } : table === 'unit_successions' ? { successor_id: await unitId(b, 'SNV') } : { name: 'Đã sửa' };
      await c.from(table as 'units').update(patch as never).eq(where as 'id', pick(r));
      const check = table === 'unit_reorganisations' ? `note = 'Đã sửa'` : table === 'unit_successions' ? `successor_id = '${await unitId(b, 'SNV')}'` : `name = 'Đã sửa'`;
      return (await count(`select 1 from public.${table} where ${where} = $1 and ${check}`, pick(r))) > 0;
    },
    delete: async (c) => {
      const r = await recordReorganisation();
      await c.from(table as 'units').delete().eq(where as 'id', pick(r));
      return (await count(`select 1 from public.${table} where ${where} = $1`, pick(r))) === 0;
    },
  };
}

// For each table: how to try each operation, and how to tell whether it took effect.
const PROBES: Record<string, Record<Operation, Probe>> = {
  units: {
    select: (c) => selectProbe(c, 'units'),
    insert: async (c) => {
      const code = `T-${uniq()}`.toUpperCase().slice(0, 30);
      await c.from('units').insert({ code, name: 'Đơn vị thử nghiệm', kind: 'department' });
      return (await count('select 1 from public.units where code = $1', code)) === 1;
    },
    update: async (c) => {
      const [u] = await b.sql<{ id: string }>(`insert into public.units (code, name, kind) values ($1, 'Đơn vị cũ', 'agency') returning id`, `U-${uniq()}`.toUpperCase());
      await c.from('units').update({ name: 'Đơn vị mới' }).eq('id', u!.id);
      return (await count(`select 1 from public.units where id = $1 and name = 'Đơn vị mới'`, u!.id)) === 1;
    },
    delete: async (c) => {
      const [u] = await b.sql<{ id: string }>(`insert into public.units (code, name, kind) values ($1, 'Đơn vị tạm', 'agency') returning id`, `D-${uniq()}`.toUpperCase());
      await c.from('units').delete().eq('id', u!.id);
      return (await count('select 1 from public.units where id = $1', u!.id)) === 0;
    },
  },
  profiles: {
    // Reads the committee member's profile (every account also reads its own).
    select: async (c) => {
      const { data } = await c.from('profiles').select('id').eq('id', await userId(b, 'committee@example.vn'));
      return (data?.length ?? 0) > 0;
    },
    insert: async (c) => {
      const id = crypto.randomUUID();
      await c.from('profiles').insert({ id, email: 'gia.mao@example.vn' });
      return (await count('select 1 from public.profiles where id = $1', id)) === 1;
    },
    update: async (c) => {
      const target = await userId(b, 'doi.tuong@example.vn');
      const name = `Tên ${uniq()}`;
      await c.from('profiles').update({ full_name: name }).eq('id', target);
      return (await count('select 1 from public.profiles where id = $1 and full_name = $2', target, name)) === 1;
    },
    delete: async (c) => {
      const target = await userId(b, 'doi.tuong@example.vn');
      await c.from('profiles').delete().eq('id', target);
      return (await count('select 1 from public.profiles where id = $1', target)) === 0;
    },
  },
  reform_areas: {
    select: (c) => selectProbe(c, 'reform_areas'),
    insert: async (c) => {
      await c.from('reform_areas').insert({ id: 6, code: 'x', name_vi: 'x', name_en: 'x' });
      return (await count(`select 1 from public.reform_areas where code = 'x'`)) === 1;
    },
    update: async (c) => {
      await c.from('reform_areas').update({ name_en: 'Changed' }).eq('id', 1);
      return (await count(`select 1 from public.reform_areas where name_en = 'Changed'`)) === 1;
    },
    delete: async (c) => {
      await c.from('reform_areas').delete().eq('id', 5);
      return (await count('select 1 from public.reform_areas where id = 5')) === 0;
    },
  },
  plans: {
    select: (c) => selectProbe(c, 'plans'),
    insert: async (c) => {
      const title = `Kế hoạch mới ${uniq()}`;
      await c.from('plans').insert({ doc_number: `${(insertedPlans += 1)}/KH-MOI`, title, year: 2098 });
      return (await count('select 1 from public.plans where title = $1', title)) === 1;
    },
    update: async (c) => {
      const id = await makePlan(b, 'draft');
      await c.from('plans').update({ title: 'Kế hoạch đã sửa tên' }).eq('id', id);
      return (await count(`select 1 from public.plans where id = $1 and title = 'Kế hoạch đã sửa tên'`, id)) === 1;
    },
    delete: async (c) => {
      const id = await makePlan(b, 'draft');
      await c.from('plans').delete().eq('id', id);
      return (await count('select 1 from public.plans where id = $1', id)) === 0;
    },
  },
  tasks: {
    select: (c) => selectProbe(c, 'tasks'),
    insert: async (c) => {
      const planId = await makePlan(b, 'draft');
      await c.from('tasks').insert({
        plan_id: planId, area_id: 1, ordinal: '1.1', title: 'Nhiệm vụ thêm mới', lead_unit_id: await unitId(b, 'STP'),
      });
      return (await count('select 1 from public.tasks where plan_id = $1', planId)) === 1;
    },
    update: async (c) => {
      const task = await makeTask(b);
      await c.from('tasks').update({ progress: 30, version: task.version + 1 }).eq('id', task.id);
      return (await count('select 1 from public.tasks where id = $1 and progress = 30', task.id)) === 1;
    },
    delete: async (c) => {
      const task = await makeTask(b);
      await c.from('tasks').delete().eq('id', task.id);
      return (await count('select 1 from public.tasks where id = $1', task.id)) === 0;
    },
  },
  task_coordinators: {
    select: (c) => selectProbe(c, 'task_coordinators', 'task_id'),
    insert: async (c) => {
      const task = await makeTask(b);
      await c.from('task_coordinators').insert({ task_id: task.id, unit_id: await unitId(b, 'STC') });
      return (await count('select 1 from public.task_coordinators where task_id = $1', task.id)) === 1;
    },
    update: async (c) => {
      const task = await makeTask(b);
      const stc = await unitId(b, 'STC');
      await b.sql('insert into public.task_coordinators (task_id, unit_id) values ($1, $2)', task.id, stc);
      await c.from('task_coordinators').update({ unit_id: await unitId(b, 'SYT') }).eq('task_id', task.id);
      return (await count('select 1 from public.task_coordinators where task_id = $1 and unit_id = $2', task.id, stc)) === 0;
    },
    delete: async (c) => {
      const task = await makeTask(b);
      await b.sql('insert into public.task_coordinators (task_id, unit_id) values ($1, $2)', task.id, await unitId(b, 'STC'));
      await c.from('task_coordinators').delete().eq('task_id', task.id);
      return (await count('select 1 from public.task_coordinators where task_id = $1', task.id)) === 0;
    },
  },
  evidence: {
    select: (c) => selectProbe(c, 'evidence'),
    insert: async (c) => {
      const task = await makeTask(b, { status: 'in_progress' });
      await c.from('evidence').insert({ task_id: task.id, kind: 'link', url: 'https://dichvucong.example.vn/ket-qua' });
      return (await count('select 1 from public.evidence where task_id = $1', task.id)) === 1;
    },
    update: async (c) => {
      const task = await makeTask(b, { status: 'in_progress' });
      const id = await addEvidence(b, task.id);
      await c.from('evidence').update({ summary: 'Đã sửa' }).eq('id', id);
      return (await count(`select 1 from public.evidence where id = $1 and summary = 'Đã sửa'`, id)) === 1;
    },
    delete: async (c) => {
      const task = await makeTask(b, { status: 'in_progress' });
      const id = await addEvidence(b, task.id);
      await c.from('evidence').delete().eq('id', id);
      return (await count('select 1 from public.evidence where id = $1', id)) === 0;
    },
  },
  evidence_files: {
    select: async (c) => {
      const task = await makeTask(b, { status: 'in_progress' });
      const id = await addFile(task.id);
      const { data } = await c.rpc('get_evidence_file', { p_evidence_id: id });
      return (data?.length ?? 0) > 0;
    },
    insert: async (c) => {
      const task = await makeTask(b, { status: 'in_progress' });
      await c.rpc('add_evidence_file', {
        p_task_id: task.id, p_file_name: 'bao-cao.pdf', p_mime_type: 'application/pdf', p_content_base64: PDF_BASE64,
      });
      return (await count('select 1 from public.evidence_files f join public.evidence e on e.id = f.evidence_id where e.task_id = $1', task.id)) === 1;
    },
    update: async (c) => {
      const task = await makeTask(b, { status: 'in_progress' });
      const id = await addFile(task.id);
      await c.from('evidence_files').update({ content: '\\x25504446' }).eq('evidence_id', id);
      return (await count(`select 1 from public.evidence_files where evidence_id = $1 and octet_length(content) = 4`, id)) === 1;
    },
    delete: async (c) => {
      const task = await makeTask(b, { status: 'in_progress' });
      const id = await addFile(task.id);
      await c.from('evidence_files').delete().eq('evidence_id', id);
      return (await count('select 1 from public.evidence_files where evidence_id = $1', id)) === 0;
    },
  },
  comments: {
    select: async (c) => {
      const task = await makeTask(b);
      await b.sql(`insert into public.comments (task_id, body) values ($1, 'Ý kiến để đọc')`, task.id);
      return selectProbe(c, 'comments');
    },
    insert: async (c) => {
      const task = await makeTask(b);
      await c.from('comments').insert({ task_id: task.id, body: 'Đề nghị đẩy nhanh tiến độ.' });
      return (await count('select 1 from public.comments where task_id = $1', task.id)) === 1;
    },
    update: async (c) => {
      const task = await makeTask(b);
      const [row] = await b.sql<{ id: string }>(`insert into public.comments (task_id, body) values ($1, 'Ý kiến gốc') returning id`, task.id);
      await c.from('comments').update({ body: 'Ý kiến đã sửa' }).eq('id', row!.id);
      return (await count(`select 1 from public.comments where id = $1 and body = 'Ý kiến đã sửa'`, row!.id)) === 1;
    },
    delete: async (c) => {
      const task = await makeTask(b);
      const [row] = await b.sql<{ id: string }>(`insert into public.comments (task_id, body) values ($1, 'Ý kiến') returning id`, task.id);
      await c.from('comments').delete().eq('id', row!.id);
      return (await count('select 1 from public.comments where id = $1', row!.id)) === 0;
    },
  },
  deadline_extensions: {
    select: async (c) => {
      const task = await makeTask(b, { status: 'in_progress', start: '2024-01-01', due: '2024-06-30' });
      await b.sql(
        `insert into public.deadline_extensions (task_id, new_due_date, doc_number, doc_date, approved_on)
         values ($1, date '2024-08-31', '3/UBND-NC', date '2024-06-20', date '2024-06-20')`, task.id);
      return selectProbe(c, 'deadline_extensions');
    },
    insert: async (c) => {
      const task = await makeTask(b, { status: 'in_progress', start: '2024-01-01', due: '2024-06-30' });
      await c.from('deadline_extensions').insert({
        task_id: task.id, new_due_date: '2024-09-30', doc_number: '1234/UBND-NC', doc_date: '2024-06-20', approved_on: '2024-06-20',
      });
      return (await count('select 1 from public.deadline_extensions where task_id = $1', task.id)) === 1;
    },
    update: async (c) => {
      const task = await makeTask(b, { status: 'in_progress', start: '2024-01-01', due: '2024-06-30' });
      await b.sql(
        `insert into public.deadline_extensions (task_id, new_due_date, doc_number, doc_date, approved_on)
         values ($1, date '2024-09-30', '1/UBND-NC', date '2024-06-20', date '2024-06-20')`, task.id);
      await c.from('deadline_extensions').update({ new_due_date: '2025-01-01' }).eq('task_id', task.id);
      return (await count(`select 1 from public.deadline_extensions where task_id = $1 and new_due_date = date '2025-01-01'`, task.id)) === 1;
    },
    delete: async (c) => {
      const task = await makeTask(b, { status: 'in_progress', start: '2024-01-01', due: '2024-06-30' });
      await b.sql(
        `insert into public.deadline_extensions (task_id, new_due_date, doc_number, doc_date, approved_on)
         values ($1, date '2024-09-30', '2/UBND-NC', date '2024-06-20', date '2024-06-20')`, task.id);
      await c.from('deadline_extensions').delete().eq('task_id', task.id);
      return (await count('select 1 from public.deadline_extensions where task_id = $1', task.id)) === 0;
    },
  },
  task_events: {
    select: (c) => selectProbe(c, 'task_events'),
    insert: async (c) => {
      const task = await makeTask(b);
      await c.from('task_events').insert({ task_id: task.id, action: 'updated', changes: { forged: true } });
      return (await count(`select 1 from public.task_events where task_id = $1 and changes ? 'forged'`, task.id)) === 1;
    },
    update: async (c) => {
      const task = await makeTask(b);
      await c.from('task_events').update({ action: 'updated', changes: { rewritten: true } }).eq('task_id', task.id);
      return (await count(`select 1 from public.task_events where task_id = $1 and changes ? 'rewritten'`, task.id)) === 1;
    },
    delete: async (c) => {
      const task = await makeTask(b);
      const before = await count('select 1 from public.task_events where task_id = $1', task.id);
      await c.from('task_events').delete().eq('task_id', task.id);
      return before > 0 && (await count('select 1 from public.task_events where task_id = $1', task.id)) === 0;
    },
  },
  saved_views: {
    select: async (c, persona) => {
      const id = await ownSavedView(persona);
      const { data } = await c.from('saved_views').select('id').eq('id', id);
      return (data?.length ?? 0) > 0;
    },
    insert: async (c) => {
      const name = `Bộ lọc mới ${uniq()}`;
      await c.from('saved_views').insert({ name, query: 'timeliness=open_overdue' });
      return (await count('select 1 from public.saved_views where name = $1', name)) === 1;
    },
    update: async (c, persona) => {
      const id = await ownSavedView(persona);
      await c.from('saved_views').update({ name: `Đã đổi tên ${id}` }).eq('id', id);
      return (await count('select 1 from public.saved_views where id = $1 and name = $2', id, `Đã đổi tên ${id}`)) === 1;
    },
    delete: async (c, persona) => {
      const id = await ownSavedView(persona);
      await c.from('saved_views').delete().eq('id', id);
      return (await count('select 1 from public.saved_views where id = $1', id)) === 0;
    },
  },
  notification_reads: {
    select: async (c, persona) => {
      const owner = await ownReadMark(persona);
      const { data } = await c.from('notification_reads').select('user_id').eq('user_id', owner);
      return (data?.length ?? 0) > 0;
    },
    insert: async (c, persona) => {
      const owner = await userId(b, OWNER_EMAIL[persona]);
      await b.sql('delete from public.notification_reads where user_id = $1', owner);
      await c.from('notification_reads').insert({ read_until: '2024-01-01T00:00:00Z' });
      return (await count('select 1 from public.notification_reads where user_id = $1', owner)) === 1;
    },
    update: async (c, persona) => {
      const owner = await ownReadMark(persona);
      await c.from('notification_reads').update({ read_until: '2025-05-05T00:00:00Z' }).eq('user_id', owner);
      return (await count(`select 1 from public.notification_reads where user_id = $1 and read_until = timestamptz '2025-05-05 00:00Z'`, owner)) === 1;
    },
    delete: async (c, persona) => {
      const owner = await ownReadMark(persona);
      await c.from('notification_reads').delete().eq('user_id', owner);
      return (await count('select 1 from public.notification_reads where user_id = $1', owner)) === 0;
    },
  },
  indicators: {
    select: (c) => selectProbe(c, 'indicators'),
    insert: async (c) => {
      const code = `CT-${uniq()}`.toUpperCase().slice(0, 30);
      await c.from('indicators').insert({ code, area_id: 2, name_vi: 'Chỉ tiêu thêm mới', name_en: 'New indicator', target: 90 });
      return (await count('select 1 from public.indicators where code = $1', code)) === 1;
    },
    update: async (c) => {
      const id = await makeIndicator();
      await c.from('indicators').update({ target: 75 }).eq('id', id);
      return (await count('select 1 from public.indicators where id = $1 and target = 75', id)) === 1;
    },
    delete: async (c) => {
      const id = await makeIndicator();
      await c.from('indicators').delete().eq('id', id);
      return (await count('select 1 from public.indicators where id = $1', id)) === 0;
    },
  },
  indicator_values: {
    select: (c) => selectProbe(c, 'indicator_values'),
    insert: async (c) => {
      const id = await makeIndicator();
      await c.from('indicator_values').insert({ indicator_id: id, year: 2024, period: 'q3', numerator: 1565, denominator: 1858 });
      return (await count('select 1 from public.indicator_values where indicator_id = $1', id)) === 1;
    },
    update: async (c) => {
      const value = await makeIndicatorValue();
      await c.from('indicator_values').update({ numerator: 7, version: value.version + 1 }).eq('id', value.id);
      return (await count('select 1 from public.indicator_values where id = $1 and numerator = 7', value.id)) === 1;
    },
    delete: async (c) => {
      const value = await makeIndicatorValue();
      await c.from('indicator_values').delete().eq('id', value.id);
      return (await count('select 1 from public.indicator_values where id = $1', value.id)) === 0;
    },
  },
  reports: {
    select: async (c) => {
      await reportDraft();
      return selectProbe(c, 'reports');
    },
    insert: async (c) => {
      const planId = await makePlan(b, 'in_force');
      await c.from('reports').insert({ plan_id: planId, period: 'q3', year: 2099 });
      return (await count('select 1 from public.reports where plan_id = $1', planId)) === 1;
    },
    update: async (c) => {
      const id = await reportDraft();
      await c.from('reports').update({ proposals: 'Đề xuất đã sửa.' }).eq('id', id);
      return (await count(`select 1 from public.reports where id = $1 and proposals = 'Đề xuất đã sửa.'`, id)) === 1;
    },
    delete: async (c) => {
      const id = await reportDraft();
      await c.from('reports').delete().eq('id', id);
      return (await count('select 1 from public.reports where id = $1', id)) === 0;
    },
  },
  ...cchc.tables,
  unit_reorganisations: reorgProbes('unit_reorganisations', 'id'),
  unit_successions: reorgProbes('unit_successions', 'reorganisation_id'),
  unit_names: reorgProbes('unit_names', 'id'),
};

describe('authorization matrix', () => {
  it('covers every table in the public schema, and every table has row-level security', async () => {
    const tables = await b.sql<{ relname: string; relrowsecurity: boolean }>(
      `select c.relname, c.relrowsecurity from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' order by 1`,
    );
    expect(tables.filter((t) => !t.relrowsecurity).map((t) => t.relname)).toEqual([]);
    expect(tables.map((t) => t.relname).sort()).toEqual(Object.keys(MATRIX).sort());
    expect(Object.keys(PROBES).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  for (const table of Object.keys(MATRIX)) {
    describe(table, () => {
      for (const op of OPERATIONS) {
        for (const persona of PERSONAS) {
          const allowed = MATRIX[table]![op].includes(persona);
          it(`${persona} ${allowed ? 'may' : 'may not'} ${op}`, async () => {
            const tookEffect = await PROBES[table]![op](clients[persona], persona);
            expect(tookEffect).toBe(allowed);
          });
        }
      }
    });
  }
});

// ---------------------------------------------------------------- functions (RPC)
const TODAY_PLANS = { n: 0 };
/** An issued plan of a past year (its reports' cut-offs have passed), written as the owner. */
async function pastPlan(): Promise<string> {
  TODAY_PLANS.n += 1;
  const [row] = await b.sql<{ id: string }>(
    `insert into public.plans (doc_number, title, year, issued_on, status) values ($1, $2, 2024, date '2023-12-20', 'in_force') returning id`,
    `${8000 + TODAY_PLANS.n}/KH-RPC`, `Kế hoạch thử nghiệm hàm ${uniq()}`);
  return row!.id;
}
const draftTask = async () => makeTask(b, { planId: await makePlan(b, 'draft') });
const selection = (t: { id: string; version: number }) => [{ id: t.id, version: t.version }];

const newUnit = async (name: string) =>
  (await b.sql<{ id: string }>(`insert into public.units (code, name, kind) values ($1, $2, 'agency') returning id`,
    `F-${uniq()}`.toUpperCase().slice(0, 30), name))[0]!.id;
async function yearPlan(year: number): Promise<string> {
  const [row] = await b.sql<{ id: string }>(
    `insert into public.plans (doc_number, title, year, issued_on, status) values ($1, $2, $3::int, make_date($3::int - 1, 12, 20), 'in_force') returning id`,
    `${(insertedPlans += 1) + 500}/KH-CT`, `Kế hoạch thử nghiệm ${uniq()}`, year);
  return row!.id;
}
type RpcProbe = (c: Client, persona: Persona) => Promise<boolean>;
const RPC_PROBES: Record<string, RpcProbe> = {
  add_evidence_file: async (c) => {
    const task = await makeTask(b, { status: 'in_progress' });
    await c.rpc('add_evidence_file', { p_task_id: task.id, p_file_name: 'bao-cao.pdf', p_mime_type: 'application/pdf', p_content_base64: PDF_BASE64 });
    return (await count(`select 1 from public.evidence where task_id = $1 and kind = 'file'`, task.id)) === 1;
  },
  bulk_assign_lead_unit: async (c) => {
    const task = await makeTask(b, { status: 'in_progress' });
    const unit = await unitId(b, 'STC');
    await c.rpc('bulk_assign_lead_unit', { p_plan_id: task.planId, p_tasks: selection(task), p_lead_unit_id: unit });
    return (await count('select 1 from public.tasks where id = $1 and lead_unit_id = $2', task.id, unit)) === 1;
  },
  bulk_set_due_dates: async (c) => {
    const task = await draftTask();
    await c.rpc('bulk_set_due_dates', { p_plan_id: task.planId, p_tasks: selection(task), p_due_date: '2099-11-30' });
    return (await count(`select 1 from public.tasks where id = $1 and due_date = '2099-11-30'`, task.id)) === 1;
  },
  create_task: async (c) => {
    const planId = await makePlan(b, 'draft');
    await c.rpc('create_task', { p_plan_id: planId, p_task: { area_id: 1, ordinal: '1.1', title: 'Nhiệm vụ tạo bằng hàm', lead_unit_id: await unitId(b, 'STP') } });
    return (await count('select 1 from public.tasks where plan_id = $1', planId)) === 1;
  },
  delete_draft_plan: async (c) => {
    const task = await draftTask();
    await c.rpc('delete_draft_plan', { p_plan_id: task.planId });
    return (await count('select 1 from public.plans where id = $1', task.planId)) === 0;
  },
  get_evidence_file: async (c) => {
    const id = await addFile((await makeTask(b, { status: 'in_progress' })).id);
    const { data } = await c.rpc('get_evidence_file', { p_evidence_id: id });
    return (data?.[0]?.content_base64 ?? '') === PDF_BASE64;
  },
  import_tasks: async (c) => {
    const planId = await makePlan(b, 'draft');
    await c.rpc('import_tasks', { p_plan_id: planId, p_rows: [{ ordinal: '1.1', area: '1', title: 'Nhiệm vụ nhập từ tệp', lead_unit: 'STP' }] });
    return (await count('select 1 from public.tasks where plan_id = $1', planId)) === 1;
  },
  mark_notifications_read: async (c, persona) => {
    const owner = await ownReadMark(persona);
    await c.rpc('mark_notifications_read');
    return (await count(`select 1 from public.notification_reads where user_id = $1 and read_until > timestamptz '2021-01-01'`, owner)) === 1;
  },
  task_list_page: async (c) => {
    const task = await makeTask(b);
    const { data } = await c.rpc('task_list_page', { p_plan_id: task.planId });
    const page = data as { total?: number; rows?: { id: string }[] } | null;
    return page?.total === 1 && page.rows?.[0]?.id === task.id;
  },
  plan_page: async (c) => {
    const task = await makeTask(b);
    const { data } = await c.rpc('plan_page', { p_plan_id: task.planId });
    const page = data as { plan?: { id: string }; tasks?: { id: string }[] } | null;
    return page?.plan?.id === task.planId && page.tasks?.[0]?.id === task.id;
  },
  task_page: async (c) => {
    const task = await makeTask(b);
    await addEvidence(b, task.id);
    const { data } = await c.rpc('task_page', { p_task_id: task.id });
    const page = data as { task?: { id: string }; evidence?: unknown[] } | null;
    return page?.task?.id === task.id && page.evidence?.length === 1;
  },
  dashboard_page: async (c) => {
    const task = await makeTask(b);
    const { data } = await c.rpc('dashboard_page', { p_plan_id: task.planId });
    const page = data as { figures?: { area_id: number | null; total: number }[]; units?: unknown[] } | null;
    return page?.figures?.find((r) => r.area_id === null)?.total === 1 && page.units?.length === 1;
  },
  plan_figures: async (c) => {
    const task = await makeTask(b);
    const { data } = await c.rpc('plan_figures', { p_plan_id: task.planId });
    return (data?.find((r) => r.area_id === null)?.total ?? 0) === 1;
  },
  plan_trend: async (c) => {
    // due before today: the trend stops at the day it is taken
    const task = await makeTask(b, { start: '2020-01-01', due: '2020-06-30' });
    const { data } = await c.rpc('plan_trend', { p_plan_id: task.planId });
    return (data?.length ?? 0) > 0;
  },
  report_data: async (c) => {
    const { data } = await c.rpc('report_data', { p_report_id: await reportDraft() });
    return data !== null && typeof data === 'object';
  },
  report_preview: async (c) => {
    const task = await makeTask(b);
    const { data } = await c.rpc('report_preview', { p_plan_id: task.planId, p_period: 'h1', p_year: 2099 });
    return data !== null && typeof data === 'object';
  },
  submit_report: async (c) => {
    const [r] = await b.sql<{ id: string }>(
      `insert into public.reports (plan_id, period, year, doc_number, signer_name) values ($1, 'q1', 2024, '15/BC-UBND', 'Nguyễn Văn A') returning id`,
      await pastPlan());
    await c.rpc('submit_report', { p_report_id: r!.id });
    return (await count(`select 1 from public.reports where id = $1 and status = 'submitted'`, r!.id)) === 1;
  },
  supersede_report: async (c) => {
    const [r] = await b.sql<{ id: string }>(
      `insert into public.reports (plan_id, period, year, doc_number, doc_date, signer_name, status, snapshot, submitted_at)
       values ($1, 'q1', 2024, '16/BC-UBND', '2024-03-20', 'Nguyễn Văn A', 'submitted', '{}'::jsonb, now()) returning id`,
      await pastPlan());
    await c.rpc('supersede_report', { p_report_id: r!.id });
    return (await count('select 1 from public.reports where supersedes_id = $1', r!.id)) === 1;
  },
  tasks_as_of: async (c) => {
    const task = await makeTask(b);
    const { data } = await c.rpc('tasks_as_of', { p_plan_id: task.planId });
    return (data ?? []).some((r) => r.task_id === task.id);
  },
  unit_figures: async (c) => {
    const task = await makeTask(b);
    const { data } = await c.rpc('unit_figures', { p_plan_id: task.planId });
    return (data?.length ?? 0) === 1;
  },
  unit_task_counts: async (c) => {
    await makeTask(b, { lead: 'STP' });
    const { data } = await c.rpc('unit_task_counts', { p_unit_id: await unitId(b, 'STP') });
    return (data?.[0]?.total ?? 0) > 0;
  },
  update_task_details: async (c) => {
    const task = await draftTask();
    await c.rpc('update_task_details', {
      p_task_id: task.id, p_version: task.version,
      p_task: { area_id: 2, ordinal: '5.5', title: 'Tên nhiệm vụ đã sửa', lead_unit_id: await unitId(b, 'STP') },
    });
    return (await count(`select 1 from public.tasks where id = $1 and title = 'Tên nhiệm vụ đã sửa'`, task.id)) === 1;
  },
  // Year end, reorganisation and the public page
  merge_units: async (c) => {
    const [from, into] = [await newUnit('Đơn vị sáp nhập'), await newUnit('Đơn vị nhận')];
    await c.rpc('merge_units', { p_units: [from], p_successor: into, p_effective_on: '2025-03-01' });
    return (await count('select 1 from public.units where id = $1 and not is_active', from)) === 1;
  },
  split_unit: async (c) => {
    const [from, east, west] = [await newUnit('Đơn vị chia tách'), await newUnit('Đơn vị A'), await newUnit('Đơn vị B')];
    await c.rpc('split_unit', { p_unit: from, p_successors: [east, west], p_effective_on: '2025-07-01', p_default_successor: east });
    return (await count('select 1 from public.units where id = $1 and not is_active', from)) === 1;
  },
  rename_unit: async (c) => {
    const unit = await newUnit('Đơn vị tên cũ');
    await c.rpc('rename_unit', { p_unit: unit, p_name: 'Đơn vị tên mới', p_short_name: '', p_effective_on: '2025-01-01' });
    return (await count(`select 1 from public.units where id = $1 and name = 'Đơn vị tên mới'`, unit)) === 1;
  },
  units_as_of: async (c) => {
    const { data } = await c.rpc('units_as_of', { p_day: '2026-01-01' });
    return (data?.length ?? 0) > 0;
  },
  carry_over_tasks: async (c) => {
    const from = await yearPlan(2097);
    const to = await yearPlan(2098);
    const task = await makeTask(b, { planId: from, status: 'in_progress', start: '2097-01-02', due: '2097-06-30' });
    await c.rpc('carry_over_tasks', { p_target_plan_id: to, p_task_ids: [task.id] });
    return (await count('select 1 from public.tasks where carried_from_task_id = $1', task.id)) === 1;
  },
  task_carry_chain: async (c) => {
    const task = await makeTask(b);
    const { data } = await c.rpc('task_carry_chain', { p_task_id: task.id });
    return (data?.length ?? 0) === 1;
  },
  set_plan_public: async (c) => {
    const plan = await makePlan(b, 'in_force');
    await c.rpc('set_plan_public', { p_plan_id: plan, p_public: true });
    const took = (await count('select 1 from public.plans where id = $1 and is_public', plan)) === 1;
    await b.sql('update public.plans set is_public = false where id = $1', plan);
    return took;
  },
  public_progress: async (c) => {
    const plan = await makePlan(b, 'in_force');
    await b.sql('update public.plans set is_public = true where id = $1', plan);
    const { data } = await c.rpc('public_progress');
    await b.sql('update public.plans set is_public = false where id = $1', plan);
    return (data?.length ?? 0) > 0;
  },
  // CCHC index scoring: on Sở Tư pháp's assessment before publication (cchc-probes.ts)
  ...cchc.functions,
};

describe('functions (RPC) for every persona', () => {
  it('covers every function of the API', async () => {
    const fns = await b.sql<{ proname: string }>(
      `select distinct p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public' and p.prorettype <> 'trigger'::regtype order by 1`);
    expect(fns.map((f) => f.proname).sort()).toEqual(Object.keys(FUNCTIONS).sort());
    expect(Object.keys(RPC_PROBES).sort()).toEqual(Object.keys(FUNCTIONS).sort());
  });

  for (const fn of Object.keys(FUNCTIONS)) {
    describe(fn, () => {
      for (const persona of PERSONAS) {
        const allowed = FUNCTIONS[fn]!.includes(persona);
        it(`${persona} ${allowed ? 'may' : 'may not'} call it`, async () => {
          expect(await RPC_PROBES[fn]!(clients[persona], persona)).toBe(allowed);
        });
      }
    });
  }
});
