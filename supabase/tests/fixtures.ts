// Fixture rows written as the database owner (bypassing RLS), for tests that
// then act through the API as a real user.
import type { Backend } from './harness';

let counter = 0;
export const uniq = () => `${Date.now().toString(36)}${(counter += 1)}`;

export async function unitId(b: Backend, code: string): Promise<string> {
  const [row] = await b.sql<{ id: string }>('select id from public.units where code = $1', code);
  if (!row) throw new Error(`unknown unit ${code}`);
  return row.id;
}

export async function userId(b: Backend, email: string): Promise<string> {
  const [row] = await b.sql<{ id: string }>('select id from auth.users where email = $1', email);
  if (!row) throw new Error(`unknown user ${email}`);
  return row.id;
}

let planCounter = 0;

export async function makePlan(b: Backend, status: 'draft' | 'in_force' | 'closed' = 'in_force'): Promise<string> {
  planCounter += 1;
  const [row] = await b.sql<{ id: string }>(
    `insert into public.plans (doc_number, title, year, issued_on, status)
     values ($1, $2, 2099, date '2098-12-20', $3) returning id`,
    `${9000 + planCounter}/KH-TEST`,
    `Kế hoạch thử nghiệm ${uniq()}`,
    status,
  );
  return row!.id;
}

export interface TaskFixture {
  planId?: string;
  lead?: string;
  status?: string;
  due?: string | null;
  start?: string | null;
  ordinal?: string;
  submittedAt?: string | null;
  completedOn?: string | null;
  reason?: string | null;
}

let taskCounter = 0;

export async function makeTask(b: Backend, f: TaskFixture = {}): Promise<{ id: string; planId: string; version: number }> {
  const planId = f.planId ?? (await makePlan(b));
  const lead = await unitId(b, f.lead ?? 'STP');
  const status = f.status ?? 'not_started';
  const [row] = await b.sql<{ id: string; version: number }>(
    `insert into public.tasks (plan_id, area_id, ordinal, title, lead_unit_id, start_date, due_date, status, progress,
                               submitted_at, completed_on, status_reason)
     values ($1, 2, $2, $3, $4, $5, $6, $7::public.task_status, $8, $9, $10, $11) returning id, version`,
    planId,
    f.ordinal ?? `9.${(taskCounter += 1)}`,
    `Nhiệm vụ thử nghiệm ${uniq()}`,
    lead,
    f.start === undefined ? '2099-01-01' : f.start,
    f.due === undefined ? '2099-06-30' : f.due,
    status,
    ['submitted', 'done'].includes(status) ? 100 : 0,
    f.submittedAt ?? (['submitted', 'done'].includes(status) ? '2099-06-01T03:00:00Z' : null),
    f.completedOn ?? (status === 'done' ? '2099-06-01' : null),
    f.reason ?? (['returned', 'cancelled'].includes(status) ? 'Lý do thử nghiệm' : null),
  );
  return { id: row!.id, planId, version: row!.version };
}

export async function addEvidence(b: Backend, taskId: string): Promise<string> {
  const [row] = await b.sql<{ id: string }>(
    `insert into public.evidence (task_id, kind, url, summary) values ($1, 'link', 'https://example.vn/van-ban.pdf', 'Văn bản') returning id`,
    taskId,
  );
  return row!.id;
}

export async function taskRow(b: Backend, id: string) {
  const [row] = await b.sql<Record<string, unknown>>('select * from public.tasks where id = $1', id);
  return row!;
}
