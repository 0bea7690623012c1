// A head of unit changes the status, progress and progress note of the tasks
// their unit leads, and nothing else: every column of public.tasks, read from
// the catalog when the test runs, is tried on its own through supabase-js as
// the head of Sở Tư pháp.  A column added to the table later is refused too
// (the guard is an allow-list).  Outcomes read back from the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TablesUpdate } from '../../app/lib/database.types';
import { startBackend, type Backend, type Client } from './harness';
import { makeTask, taskRow } from './fixtures';

let b: Backend;
let head: Client;
beforeAll(async () => {
  b = await startBackend({ seed: true });
  head = await b.signIn('tuphap@example.vn');
});
afterAll(async () => b?.close());

// What a head may send, with a value the workflow accepts from a task not
// started yet.  `version` is the edit token every update carries; `updated_at`
// is stamped by the database whatever is sent.
const ALLOWED: Record<string, unknown> = {
  status: 'in_progress',
  progress: 40,
  progress_note: 'Đang dự thảo văn bản',
  version: undefined,
  updated_at: '2099-03-03T00:00:00Z',
};
// Refused before the head's own rule, for every caller, with their own key.
const OWN_RULE: Record<string, string> = {
  id: 'task_system_columns',
  plan_id: 'task_system_columns',
  created_at: 'task_system_columns',
  submitted_at: 'task_system_columns',
  completed_on: 'task_system_columns',
  original_due_date: 'task_system_columns',
  judged_due_date: 'task_system_columns',
  status_reason: 'task_reason_interior_only',
};

interface Column { column_name: string; data_type: string; udt_name: string; is_generated: string }
const tasksColumns = () =>
  b.sql<Column>(
    `select column_name, data_type, udt_name, is_generated from information_schema.columns
      where table_schema = 'public' and table_name = 'tasks' order by ordinal_position`,
  );

/** A value of the column's type that differs from `current` (and passes no rule on purpose). */
async function otherValue(c: Column, current: unknown): Promise<unknown> {
  switch (c.data_type) {
    case 'uuid':
      return crypto.randomUUID();
    case 'text':
    case 'character varying':
      return `${String(current ?? '')} (đơn vị tự sửa)`;
    case 'integer':
    case 'smallint':
    case 'bigint':
    case 'numeric':
      return Number(current ?? 0) + 1;
    case 'date':
      return current === '2099-03-03' ? '2099-03-04' : '2099-03-03';
    case 'timestamp with time zone':
    case 'timestamp without time zone':
      return '2099-03-03T03:00:00Z';
    case 'boolean':
      return !current;
    case 'USER-DEFINED': {
      const labels = await b.sql<{ label: string }>(
        `select e.enumlabel as label from pg_enum e join pg_type t on t.oid = e.enumtypid where t.typname = $1 order by e.enumsortorder`,
        c.udt_name,
      );
      return labels.map((l) => l.label).find((l) => l !== current);
    }
    default:
      throw new Error(`no test value for ${c.column_name} (${c.data_type}): add one`);
  }
}

async function tryColumn(c: Column) {
  const task = await makeTask(b, { status: 'not_started' });
  const before = await taskRow(b, task.id);
  const value = c.column_name in ALLOWED ? ALLOWED[c.column_name] : await otherValue(c, before[c.column_name]);
  const change = { version: task.version + 1, ...(value === undefined ? {} : { [c.column_name]: value }) };
  const { error } = await head.from('tasks').update(change as TablesUpdate<'tasks'>).eq('id', task.id);
  return { task, before, after: await taskRow(b, task.id), error };
}

describe('a head of unit, one column of tasks at a time', () => {
  it('the catalog lists the columns the test knows how to try', async () => {
    const names = (await tasksColumns()).map((c) => c.column_name);
    for (const name of [...Object.keys(ALLOWED), ...Object.keys(OWN_RULE)]) expect(names).toContain(name);
  });

  it('status, progress and the progress note (with the edit token and the stamped time) are accepted', async () => {
    for (const c of (await tasksColumns()).filter((x) => x.column_name in ALLOWED)) {
      const { error, after, task } = await tryColumn(c);
      expect(error, c.column_name).toBeNull();
      expect(after.version, c.column_name).toBe(task.version + 1);
      if (!['version', 'updated_at'].includes(c.column_name)) expect(after[c.column_name], c.column_name).toBe(ALLOWED[c.column_name]);
    }
  });

  it('every other column is refused with its rule, and the row stays as it was', async () => {
    const tried: string[] = [];
    for (const c of (await tasksColumns()).filter((x) => !(x.column_name in ALLOWED))) {
      const { error, before, after } = await tryColumn(c);
      if (c.is_generated === 'ALWAYS') {
        // Postgres itself refuses to write a generated column
        expect(error?.code, c.column_name).toBe('428C9');
      } else {
        expect(error?.hint, c.column_name).toBe(OWN_RULE[c.column_name] ?? 'task_dept_head_columns');
      }
      expect(after, c.column_name).toEqual(before);
      tried.push(c.column_name);
    }
    // the columns the deny-list used to name, and those it did not
    expect(tried).toEqual(expect.arrayContaining(['title', 'due_date', 'lead_unit_id', 'carried_from_task_id', 'original_lead_unit_id']));
  });

  it('a column added to tasks later is refused too', async () => {
    await b.sql(`alter table public.tasks add column zz_later_note text`);
    try {
      await (b.app as unknown as { connection?: { clearSchemaCache?: () => Promise<void> } }).connection?.clearSchemaCache?.();
      const [c] = (await tasksColumns()).filter((x) => x.column_name === 'zz_later_note');
      const { error, before, after } = await tryColumn(c!);
      expect(error?.hint).toBe('task_dept_head_columns');
      expect(after).toEqual(before);
    } finally {
      await b.sql(`alter table public.tasks drop column zz_later_note`);
    }
  });
});
