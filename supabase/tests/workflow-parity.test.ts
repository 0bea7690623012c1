// The app's copy of the workflow (which buttons to show) must match the
// database's rule exactly.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ALL_STATUSES, transitionAllowed } from '../../app/lib/permissions';
import { bootDatabase, type BootedDatabase } from './boot';

let db: BootedDatabase;
beforeAll(async () => {
  db = await bootDatabase();
});
afterAll(async () => db?.close());

it('every (from, to, role) combination agrees with private.transition_allowed', async () => {
  const rows = await db.query<{ f: string; t: string; r: string; ok: boolean }>(
    `select f::text as f, t::text as t, r::text as r, private.transition_allowed(f, t, r) as ok
       from unnest(enum_range(null::public.task_status)) f,
            unnest(enum_range(null::public.task_status)) t,
            unnest(enum_range(null::public.app_role)) r`,
  );
  expect(rows).toHaveLength(ALL_STATUSES.length * ALL_STATUSES.length * 4);
  const mismatches = rows.filter((row) => row.ok !== transitionAllowed(row.f as never, row.t as never, row.r as never));
  expect(mismatches).toEqual([]);
});
