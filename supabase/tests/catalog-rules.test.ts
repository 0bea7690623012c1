// Rules read from the catalog, so that a new table or function cannot forget
// them: who may execute which function, one permissive policy per table, role
// and action, a fixed search_path (or a documented reason), the closed-plan
// guard on every table that hangs off a plan or a task, and date bounds on
// every date column.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootDatabase, type BootedDatabase } from './boot';

let db: BootedDatabase;
const q = <T,>(sql: string, ...params: unknown[]) => db.query<T>(sql, params);

beforeAll(async () => {
  db = await bootDatabase();
});
afterAll(async () => db?.close());

// Every function a signed-in user may execute.  The API (public) and, in
// private, what policies, views, constraints and caller's-rights code call
// while running as the user.  Not here: trigger functions, and the
// owner-privileged helpers that only other owner-privileged code calls
// (private.record_event, private.diff_rows, private.finalize_report,
// private.cchc_record, private.cchc_lock_assessment).
const AUTHENTICATED_MAY_EXECUTE = [
  'private.cchc_band', 'private.cchc_band_points', 'private.cchc_bands_valid', 'private.cchc_check_evidence_write',
  'private.cchc_check_score', 'private.cchc_check_self_write', 'private.cchc_computed', 'private.cchc_computed_for',
  'private.cchc_import_problem_text', 'private.cchc_leaf_values', 'private.cchc_match_kind', 'private.cchc_match_source',
  'private.cchc_points', 'private.cchc_read_number', 'private.cchc_require_interior', 'private.cchc_today',
  'private.can_comment_on_task', 'private.can_work_on_task', 'private.check_bulk_selection', 'private.check_coordinators',
  'private.current_app_role', 'private.current_unit_id', 'private.days_late', 'private.deadline_after_extensions', 'private.deadline_as_of',
  'private.discard_draft_plan', 'private.draft_plan_ids', 'private.draft_task_ids', 'private.end_of_day',
  'private.event_effective_at',
  'private.file_matches_type', 'private.file_name_problem', 'private.fold_vi', 'private.has_role', 'private.import_list',
  'private.import_problem_text', 'private.is_api_user', 'private.local_date', 'private.match_area', 'private.match_cadence',
  'private.match_key', 'private.match_unit', 'private.period_code', 'private.period_end', 'private.period_rank',
  'private.period_start', 'private.raise_rule', 'private.read_date', 'private.report_area_results_valid',
  'private.report_comparison', 'private.report_data_from', 'private.report_data_to', 'private.report_due_on',
  'private.report_last_month', 'private.report_prefill', 'private.report_previous', 'private.require_interior',
  'private.require_role',
  'private.status_label', 'private.submit_report_as_owner', 'private.timeliness', 'private.transition_allowed',
  'private.unwrap_json', 'private.vi_date', 'private.vi_percent',
  'public.cchc_accept_self_scores', 'public.cchc_area_summary', 'public.cchc_area_totals', 'public.cchc_computed_tasks',
  'public.cchc_copy_set', 'public.cchc_finish_reappraisal', 'public.cchc_import_items', 'public.cchc_lost_points',
  'public.cchc_open_set', 'public.cchc_points_at_risk', 'public.cchc_points_at_risk_overview', 'public.cchc_publish_set',
  'public.cchc_ranking', 'public.cchc_scoresheet', 'public.cchc_start_appraisal', 'public.cchc_submit',
  'public.add_evidence_file', 'public.bulk_assign_lead_unit', 'public.bulk_set_due_dates', 'public.create_task',
  'public.dashboard_page', 'public.delete_draft_plan', 'public.get_evidence_file', 'public.import_tasks', 'public.mark_notifications_read',
  'public.plan_figures', 'public.plan_page', 'public.plan_trend', 'public.report_data', 'public.report_preview', 'public.submit_report',
  'public.supersede_report', 'public.task_list_page', 'public.task_page', 'public.tasks_as_of', 'public.unit_figures', 'public.unit_task_counts',
  'public.update_task_details',
  // year end, reorganisation and the public page
  'public.carry_over_tasks', 'public.merge_units', 'public.public_progress', 'public.rename_unit',
  'public.set_plan_public', 'public.split_unit', 'public.task_carry_chain', 'public.units_as_of',
].sort();

// The one function anonymous callers may execute: the public progress page's
// (owner-privileged; it returns only what /cong-khai shows).
const ANON_MAY_EXECUTE = ['public.public_progress'];

// The helpers left inlinable without a fixed search_path (see
// supabase/migrations/20261201000800_inlinable_helpers_documented.sql).
const INLINABLE_WITHOUT_SEARCH_PATH = ['private.days_late', 'private.local_date', 'private.timeliness'];

interface Fn { name: string; definer: boolean; anon: boolean; authenticated: boolean; trigger: boolean; lang: string; volatility: string; config: string[] | null }
const functions = () =>
  q<Fn>(`select n.nspname || '.' || p.proname as name, p.prosecdef as definer,
                has_function_privilege('anon', p.oid, 'execute') as anon,
                has_function_privilege('authenticated', p.oid, 'execute') as authenticated,
                p.prorettype = 'trigger'::regtype as trigger, l.lanname as lang, p.provolatile::text as volatility,
                p.proconfig as config
           from pg_proc p join pg_namespace n on n.oid = p.pronamespace join pg_language l on l.oid = p.prolang
          where n.nspname in ('public', 'private') order by 1`);
const hasFixedPath = (f: Fn) => (f.config ?? []).some((c) => c.startsWith('search_path='));

describe('function privileges', () => {
  it('anonymous callers may execute no function of ours but public_progress()', async () => {
    expect((await functions()).filter((f) => f.anon).map((f) => f.name)).toEqual(ANON_MAY_EXECUTE);
  });

  it('signed-in users may execute exactly the allow-list', async () => {
    const granted = [...new Set((await functions()).filter((f) => f.authenticated).map((f) => f.name))].sort();
    expect(granted).toEqual(AUTHENTICATED_MAY_EXECUTE);
  });

  it('the owner-privileged history and report helpers are out of reach', async () => {
    const fns = await functions();
    for (const name of ['private.record_event', 'private.finalize_report', 'private.log_task_change', 'private.handle_new_user']) {
      const f = fns.find((x) => x.name === name);
      expect(f, name).toBeDefined();
      expect(f!.authenticated, name).toBe(false);
    }
  });

  it('no function is executable by PUBLIC, and new functions are not either', async () => {
    const publicGrants = await q<{ name: string }>(
      `select n.nspname || '.' || p.proname as name
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace, aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
        where n.nspname in ('public', 'private') and a.grantee = 0 and a.privilege_type = 'EXECUTE'`);
    expect(publicGrants.map((r) => r.name)).toEqual([]);
    await db.exec(`create function private.zz_probe() returns int language sql as 'select 1';
                   create function public.zz_probe() returns int language sql as 'select 1';`);
    try {
      const probe = (await functions()).filter((f) => f.name.endsWith('.zz_probe'));
      expect(probe.map((f) => [f.name, f.anon, f.authenticated])).toEqual([
        ['private.zz_probe', false, false],
        ['public.zz_probe', false, false],
      ]);
    } finally {
      await db.exec('drop function private.zz_probe(); drop function public.zz_probe();');
    }
  });
});

// The role look-ups every read policy makes, once per table a statement reads
// (20261210000510_role_look_ups_keep_their_plan.sql): with owner's rights and a
// fixed search_path they cannot be inlined, and as SQL functions PostgreSQL
// would plan their query again at every call (0.1-0.3 ms each, 14 calls on a
// task page); as PL/pgSQL the plan is kept for the session.
describe('role look-ups in policies', () => {
  it('keep their plan between calls, with owner\'s rights and a fixed search_path', async () => {
    const fns = await functions();
    for (const name of ['private.has_role', 'private.current_app_role', 'private.current_unit_id']) {
      const f = fns.find((x) => x.name === name);
      expect(f, name).toBeDefined();
      expect([f!.lang, f!.definer, f!.volatility, hasFixedPath(f!)], name).toEqual(['plpgsql', true, 's', true]);
    }
  });
});

// One role check: a function refuses a caller by role through
// private.require_role, never with its own copy.  The shape refused, in any
// function of public or private but the helper (comments left out): an `if`
// or `elsif` whose condition holds `private.current_app_role()`, or a variable
// assigned from it, followed by `is distinct from`, `<>`, `!=`, `not in` or
// `is null`, and whose branch starts with `perform private.raise_rule` or
// `raise`.  A positive comparison in a wider rule (`= 'dept_head' and the
// unit is another`) is not a role check and stays where it is.
const ROLE_HELPER = 'private.require_role';
function inlineRoleChecks(source: string): string[] {
  const code = source.replace(/--[^\n]*/g, '');
  const aliases = [...code.matchAll(/(\w+)(?:\s+(?:public\.)?app_role)?\s*:=\s*private\.current_app_role\(\)/gi)].map((m) => m[1]!);
  const subject = ['private\\.current_app_role\\(\\)', ...aliases.map((a) => `\\b${a}\\b`)].join('|');
  const negative = new RegExp(`(?:${subject})\\s*(?:is\\s+distinct\\s+from|<>|!=|not\\s+in\\b|is\\s+null\\b)`, 'i');
  const found: string[] = [];
  for (const m of code.matchAll(/(?<!\bend\s+)\b(?:if|elsif)\b([\s\S]*?)\bthen\b(?=\s*([^;]*))/gi)) {
    const [, condition, first] = m;
    if (negative.test(condition!) && /^(?:perform\s+private\.raise_rule\b|raise\b)/i.test(first!.trim())) {
      found.push(condition!.replace(/\s+/g, ' ').trim());
    }
  }
  return found;
}

describe('one role check', () => {
  it('no function but private.require_role refuses a caller by comparing current_app_role() itself', async () => {
    const fns = await q<{ name: string; src: string }>(
      `select n.nspname || '.' || p.proname as name, p.prosrc as src
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname in ('public', 'private') and p.prosrc ilike '%current_app_role%'`);
    const copies = fns.filter((f) => f.name !== ROLE_HELPER && inlineRoleChecks(f.src).length > 0).map((f) => f.name);
    expect(copies).toEqual([]);
    expect(fns.map((f) => f.name)).toContain(ROLE_HELPER);
  });

  it('the check finds a new inline copy, also through a variable', async () => {
    await db.exec(`
      create function private.zz_role_probe() returns void language plpgsql set search_path = '' as $$
      begin
        if private.current_app_role() is distinct from 'interior' then
          perform private.raise_rule('RT401', 'interior_only', 'x');
        end if;
      end $$;
      create function private.zz_role_probe2() returns void language plpgsql set search_path = '' as $$
      declare who public.app_role := private.current_app_role();
      begin
        if who is null or who not in ('admin') then raise exception 'no'; end if;
      end $$;`);
    try {
      const fns = await q<{ name: string; src: string }>(
        `select p.proname as name, p.prosrc as src from pg_proc p where p.proname like 'zz_role_probe%' order by 1`);
      expect(fns.map((f) => inlineRoleChecks(f.src).length)).toEqual([1, 1]);
    } finally {
      await db.exec('drop function private.zz_role_probe(); drop function private.zz_role_probe2();');
    }
    // and lets a wider rule be
    expect(inlineRoleChecks(`if private.current_app_role() = 'dept_head' and a.unit_id <> b then perform private.raise_rule('x'); end if;`)).toEqual([]);
  });

  it('the helper refuses with the caller\'s own code, rule key and message', async () => {
    const [src] = await q<{ src: string }>(`select prosrc as src from pg_proc where oid = 'private.require_role(public.app_role[], text, text, text, boolean)'::regprocedure`);
    expect(src!.src).toMatch(/private\.raise_rule\(p_code, p_rule, p_message\)/);
  });
});

describe('security advisor, in our own words', () => {
  it('one permissive policy per table, role and action', async () => {
    const rows = await q<{ tablename: string; role: string; cmd: string; n: number }>(
      `with expanded as (
         select p.tablename, r.role, c.cmd, p.policyname
           from pg_policies p
           cross join lateral unnest(p.roles) as r(role)
           cross join lateral unnest(case when p.cmd = 'ALL' then array['SELECT', 'INSERT', 'UPDATE', 'DELETE'] else array[p.cmd] end) as c(cmd)
          where p.schemaname = 'public' and p.permissive = 'PERMISSIVE')
       select tablename, role, cmd, count(*)::int as n from expanded group by 1, 2, 3 having count(*) > 1 order by 1, 2, 3`);
    expect(rows).toEqual([]);
  });

  it('every function has a fixed search_path, except the documented inlinable helpers', async () => {
    const mutable = (await functions()).filter((f) => !hasFixedPath(f)).map((f) => f.name);
    expect(mutable).toEqual(INLINABLE_WITHOUT_SEARCH_PATH);
  });

  it('the inlinable helpers are safe without one: immutable SQL, caller\'s rights, commented, never owner-privileged', async () => {
    const fns = await functions();
    for (const name of INLINABLE_WITHOUT_SEARCH_PATH) {
      const f = fns.find((x) => x.name === name)!;
      expect([f.lang, f.volatility, f.definer], name).toEqual(['sql', 'i', false]);
      const [c] = await q<{ c: string | null }>(`select obj_description($1::regproc, 'pg_proc') as c`, name);
      expect(c!.c, name).toMatch(/Inlinable on purpose/);
    }
    // every owner-privileged function fixes its own search_path, so these
    // helpers are read with pg_catalog alone whenever such code calls them
    expect(fns.filter((f) => f.definer && !hasFixedPath(f)).map((f) => f.name)).toEqual([]);
  });

  it('the planner does inline them (the reason they have no SET clause)', async () => {
    const plan = await q<{ 'QUERY PLAN': string }>(
      `explain (verbose, costs off)
       select private.days_late('in_progress', d, null, private.local_date(now()), current_date)
         from (values (date '2024-01-01')) v(d)`);
    const text = plan.map((r) => Object.values(r)[0]).join('\n');
    expect(text).toContain('CASE');
    expect(text).not.toMatch(/timeliness|days_late|local_date/);
  });
});

describe('rules that a new table or column cannot forget', () => {
  it('every table with a foreign key to plans or tasks has the closed-plan guard (reports and CCHC sets excepted, on purpose)', async () => {
    const rows = await q<{ table: string; guarded: boolean }>(
      `select distinct c.conrelid::regclass::text as table,
              exists (select 1 from pg_trigger t
                       where t.tgrelid = c.conrelid and not t.tgisinternal
                         and t.tgfoid = 'private.guard_plan_open'::regproc
                         and t.tgtype & 1 = 1            -- for each row
                         and t.tgtype & 2 = 2            -- before
                         and t.tgtype & 28 = 28) as guarded -- insert, delete and update
         from pg_constraint c
        where c.contype = 'f' and c.confrelid in ('public.plans'::regclass, 'public.tasks'::regclass)
        order by 1`);
    // Reports of a closed plan are still written: the annual report comes
    // after the year, when the plan is usually closed.  A CCHC index set only
    // reads its plan (the plan-driven criteria are scored from the plan's
    // tasks) and writes nothing into it; the year's plan is usually closed
    // when its index is scored, so the set must stay writable.
    const EXEMPT = ['reports', 'cchc_sets'];
    expect(rows.filter((r) => !r.guarded && !EXEMPT.includes(r.table)).map((r) => r.table)).toEqual([]);
    // evidence_files hangs off evidence, which hangs off tasks: guarded too
    const [files] = await q<{ n: number }>(
      `select count(*)::int as n from pg_trigger where tgrelid = 'public.evidence_files'::regclass and tgfoid = 'private.guard_plan_open'::regproc`);
    expect(files!.n).toBe(1);
  });

  it('every date column has a check between 01/01/2000 and 31/12/2100', async () => {
    const rows = await q<{ col: string }>(
      `select c.table_name || '.' || c.column_name as col
         from information_schema.columns c
         join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
        where c.table_schema = 'public' and c.data_type = 'date' and c.is_generated = 'NEVER'
          and not exists (
            select 1 from pg_constraint k
             where k.conrelid = ('public.' || c.table_name)::regclass and k.contype = 'c'
               and pg_get_constraintdef(k.oid) like '%' || c.column_name || '%'
               and pg_get_constraintdef(k.oid) like '%2000-01-01%'
               and pg_get_constraintdef(k.oid) like '%2100-12-31%')
        order by 1`);
    expect(rows.map((r) => r.col)).toEqual([]);
  });
});
