// Tasks with a replayed history (as the demo seed writes it), so that
// figures as of a past day see them: created on `created`, started a week
// later, and done on the day given.  Written as the database owner.
import type { Backend } from './harness';

export type HistoryTask = [ordinal: string, leadUnitId: string, status: 'not_started' | 'in_progress' | 'done', doneOn: string | null];

export async function seedTasksWithHistory(
  b: Backend,
  planId: string,
  rows: HistoryTask[],
  opts: { created?: string; due?: string; area?: number } = {},
): Promise<Record<string, string>> {
  const created = opts.created ?? '2025-01-02';
  const due = opts.due ?? '2025-06-30';
  const ids = Object.fromEntries(rows.map(([ordinal]) => [ordinal, crypto.randomUUID()]));
  const q = (v: string | null) => (v === null ? 'null' : `'${v}'`);
  const sql = [`select set_config('app.seeding', 'on', true);`];
  for (const [ordinal, lead, status, done] of rows) {
    sql.push(`insert into public.tasks (id, plan_id, area_id, ordinal, title, lead_unit_id, start_date, due_date, status, progress,
                                       submitted_at, completed_on)
      values (${q(ids[ordinal]!)}, ${q(planId)}, ${opts.area ?? Number(ordinal.split('.')[0])}, ${q(ordinal)},
              ${q(`Nhiệm vụ ${ordinal} thử nghiệm`)}, ${q(lead)}, ${q(created)}, ${q(due)}, '${status}', ${done ? 100 : 0},
              ${done ? `(date ${q(done)} + time '10:00') at time zone 'Asia/Ho_Chi_Minh'` : 'null'}, ${q(done)});`);
    sql.push(`insert into public.task_events (task_id, occurred_at, action, changes)
      values (${q(ids[ordinal]!)}, (date ${q(created)} + time '08:00') at time zone 'Asia/Ho_Chi_Minh', 'created',
              '{"status":{"old":null,"new":"not_started"}}');`);
    if (status !== 'not_started') {
      sql.push(`insert into public.task_events (task_id, occurred_at, action, changes)
        values (${q(ids[ordinal]!)}, (date ${q(created)} + 7 + time '08:00') at time zone 'Asia/Ho_Chi_Minh', 'status_changed',
                '{"status":{"old":"not_started","new":"in_progress"}}');`);
    }
    if (status === 'done') {
      sql.push(`insert into public.task_events (task_id, occurred_at, action, changes)
        values (${q(ids[ordinal]!)}, (date ${q(done)} + time '11:00') at time zone 'Asia/Ho_Chi_Minh', 'status_changed',
                jsonb_build_object('status', jsonb_build_object('old', 'in_progress', 'new', 'done'),
                                   'completed_on', jsonb_build_object('old', null, 'new', ${q(done)})));`);
    }
  }
  await b.runScript(sql.join('\n'));
  return ids;
}
