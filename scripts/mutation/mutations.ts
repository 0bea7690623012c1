// Rule-breaking edits to supabase/migrations, one at a time (npm run test:mutation).
//
// Each mutation replaces one exact piece of text (it must occur exactly once in
// its file) and must change what the database allows or answers.  The database
// tests should then fail: the mutation is "killed".  A mutation that survives
// shows a rule no test really checks.  `killers` lists the test files most
// likely to fail, run first (with --bail) before the rest of supabase/tests.
//
// Adding one: pick a rule, write the smallest edit that breaks it (drop a
// check, flip a comparison, move a boundary by one, widen a policy, skip a
// column), list the likely killers, run `npm run test:mutation -- --only <name>`.
// An edit that cannot change behaviour (another rule refuses the same thing
// first) is not a mutation of that rule: choose another edit, or, when it is
// worth keeping as a record, set `equivalent` to the reason (it is then listed
// but not counted).  scripts/mutation/mutations.test.ts checks in `npm test`
// that every find-text still occurs exactly once.

export interface Mutation {
  /** kebab-case, unique; `--only <name>` selects it */
  name: string;
  /** the rule family it breaks */
  family: string;
  /** file name in supabase/migrations */
  file: string;
  /** exact text, occurring exactly once in the file */
  find: string;
  replace: string;
  /** test files (relative to the repository) most likely to fail; run first */
  killers?: string[];
  /** set only when the edit cannot change behaviour: why (not counted in the score) */
  equivalent?: string;
}

const T = (name: string) => `supabase/tests/${name}.test.ts`;

const READ = '20261101000200_read_access.sql';
const WRITE = '20261101000400_write_rules.sql';
const HISTORY = '20261101000300_history_evidence_comments.sql';
const FILES = '20261101000500_evidence_files.sql';
const TASK_LIST = '20261103000000_task_list.sql';
const ATTENTION = '20261103000100_unit_attention.sql';
const NOTIFY = '20261103000200_notifications.sql';
const PLAN_ADMIN = '20261104000000_plan_admin.sql';
const ADMIN = '20261105000000_admin_rules.sql';
const FIGURES = '20261106000000_figures.sql';
const REPORTS = '20261107000000_reports.sql';
const INDICATORS = '20261108000000_indicators.sql';
const PERF = '20261109000000_performance.sql';

export const mutations: Mutation[] = [
  // ------------------------------------------------------------ read policies
  {
    name: 'policy-tasks-read-without-role',
    family: 'read policies',
    file: READ,
    find: `create policy "members read tasks" on public.tasks
  for select to authenticated using ((select private.has_role()));`,
    replace: `create policy "members read tasks" on public.tasks
  for select to authenticated using (true);`,
    killers: [T('foundation'), T('access-matrix')],
  },
  {
    name: 'policy-profiles-read-own-anyone',
    family: 'read policies',
    file: READ,
    find: `create policy "users read own profile" on public.profiles
  for select to authenticated using (id = (select auth.uid()));`,
    replace: `create policy "users read own profile" on public.profiles
  for select to authenticated using (true);`,
    killers: [T('foundation'), T('access-matrix')],
  },
  {
    name: 'policy-history-read-without-role',
    family: 'read policies',
    file: WRITE,
    find: `create policy "members read history" on public.task_events
  for select to authenticated using ((select private.has_role()));`,
    replace: `create policy "members read history" on public.task_events
  for select to authenticated using (true);`,
    killers: [T('access-matrix')],
  },
  {
    name: 'policy-evidence-files-read-without-role',
    family: 'read policies',
    file: FILES,
    find: `create policy "members read evidence files" on public.evidence_files
  for select to authenticated using ((select private.has_role()));`,
    replace: `create policy "members read evidence files" on public.evidence_files
  for select to authenticated using (true);`,
    killers: [T('evidence-rules'), T('evidence-files')],
  },

  // ------------------------------------------------------------ write policies
  {
    name: 'policy-dept-head-updates-any-unit',
    family: 'task policies',
    file: WRITE,
    find: `  using ((select private.current_app_role()) = 'dept_head' and lead_unit_id = (select private.current_unit_id()))
  with check ((select private.current_app_role()) = 'dept_head' and lead_unit_id = (select private.current_unit_id()));`,
    replace: `  using ((select private.current_app_role()) = 'dept_head')
  with check ((select private.current_app_role()) = 'dept_head');`,
    killers: [T('foundation'), T('access-matrix')],
  },
  {
    name: 'policy-units-insert-any-member',
    family: 'unit policies',
    file: WRITE,
    find: `create policy "admins add units" on public.units
  for insert to authenticated with check ((select private.current_app_role()) = 'admin');`,
    replace: `create policy "admins add units" on public.units
  for insert to authenticated with check ((select private.has_role()));`,
    killers: [T('access-matrix'), T('admin')],
  },
  {
    name: 'policy-profiles-update-any-member',
    family: 'profile policies',
    file: WRITE,
    find: `create policy "admins edit profiles" on public.profiles
  for update to authenticated
  using ((select private.current_app_role()) = 'admin')
  with check ((select private.current_app_role()) = 'admin');`,
    replace: `create policy "admins edit profiles" on public.profiles
  for update to authenticated
  using ((select private.has_role()))
  with check ((select private.has_role()));`,
    killers: [T('access-matrix'), T('admin')],
  },
  {
    name: 'policy-plans-insert-any-member',
    family: 'plan policies',
    file: WRITE,
    find: `create policy "interior creates plans" on public.plans
  for insert to authenticated with check ((select private.current_app_role()) = 'interior');`,
    replace: `create policy "interior creates plans" on public.plans
  for insert to authenticated with check ((select private.has_role()));`,
    killers: [T('access-matrix'), T('plan-admin')],
  },
  {
    name: 'policy-coordinators-insert-any-member',
    family: 'coordinator policies',
    file: WRITE,
    find: `create policy "interior assigns coordinators" on public.task_coordinators
  for insert to authenticated with check ((select private.current_app_role()) = 'interior');`,
    replace: `create policy "interior assigns coordinators" on public.task_coordinators
  for insert to authenticated with check ((select private.has_role()));`,
    killers: [T('access-matrix')],
  },
  {
    name: 'policy-extensions-insert-any-member',
    family: 'extension policies',
    file: WRITE,
    find: `create policy "interior extends deadlines" on public.deadline_extensions
  for insert to authenticated with check ((select private.current_app_role()) = 'interior');`,
    replace: `create policy "interior extends deadlines" on public.deadline_extensions
  for insert to authenticated with check ((select private.has_role()));`,
    killers: [T('access-matrix')],
  },
  {
    name: 'evidence-work-any-unit',
    family: 'evidence policies',
    file: WRITE,
    find: `select 1 from public.tasks t where t.id = target and t.lead_unit_id = private.current_unit_id())
    else false`,
    replace: `select 1 from public.tasks t where t.id = target)
    else false`,
    killers: [T('access-matrix'), T('foundation'), T('evidence-files')],
  },
  {
    name: 'comments-coordinators-silenced',
    family: 'comment policies',
    file: WRITE,
    find: `        t.lead_unit_id = private.current_unit_id()
        or exists (select 1 from public.task_coordinators c where c.task_id = t.id and c.unit_id = private.current_unit_id())))`,
    replace: `        t.lead_unit_id = private.current_unit_id()))`,
    killers: [T('coordinators'), T('access-matrix')],
  },
  {
    name: 'comments-any-member',
    family: 'comment policies',
    file: WRITE,
    find: `    when 'committee' then true
    when 'dept_head' then exists (`,
    replace: `    when 'committee' then true
    when 'admin' then true
    when 'dept_head' then exists (`,
    killers: [T('access-matrix'), T('coordinators')],
  },

  // ------------------------------------------------------------ task guard
  {
    name: 'task-version-check-dropped',
    family: 'task guard',
    file: WRITE,
    find: `    if new.version is distinct from old.version + 1 then
      perform private.raise_rule('RT409', 'task_stale'`,
    replace: `    if false then
      perform private.raise_rule('RT409', 'task_stale'`,
    killers: [T('foundation'), T('concurrency'), T('plan-admin')],
  },
  {
    name: 'task-system-column-completed-on',
    family: 'task guard',
    file: WRITE,
    find: `       or new.completed_on is distinct from old.completed_on
`,
    replace: ``,
    killers: [T('task-guard-columns'), T('foundation')],
  },
  {
    name: 'task-system-column-judged-due',
    family: 'task guard',
    file: WRITE,
    find: `       or new.judged_due_date is distinct from old.judged_due_date then`,
    replace: ` then`,
    killers: [T('task-guard-columns'), T('foundation')],
  },
  {
    name: 'task-system-column-original-due',
    family: 'task guard',
    file: WRITE,
    find: `       or new.original_due_date is distinct from old.original_due_date
`,
    replace: ``,
    killers: [T('task-guard-columns'), T('foundation')],
  },
  {
    name: 'task-dept-head-title',
    family: 'task guard',
    file: WRITE,
    find: `new.ordinal <> old.ordinal or new.title <> old.title`,
    replace: `new.ordinal <> old.ordinal`,
    killers: [T('task-guard-columns'), T('foundation')],
  },
  {
    name: 'task-dept-head-due-date',
    family: 'task guard',
    file: WRITE,
    find: `         or new.due_date is distinct from old.due_date
         or new.cadence <> old.cadence then`,
    replace: `         or new.cadence <> old.cadence then`,
    killers: [T('task-guard-columns'), T('foundation')],
  },
  {
    name: 'task-dept-head-reason',
    family: 'task guard',
    file: WRITE,
    find: `      if new.status_reason is distinct from old.status_reason then`,
    replace: `      if false then`,
    killers: [T('task-guard-columns'), T('foundation')],
  },
  {
    name: 'task-due-change-issued-plan',
    family: 'task guard',
    file: WRITE,
    find: `if new.due_date is distinct from old.due_date and plan_state <> 'draft' then`,
    replace: `if new.due_date is distinct from old.due_date and plan_state = 'closed' then`,
    killers: [T('plan-admin'), T('foundation')],
  },
  {
    name: 'task-finished-progress-only-done',
    family: 'task guard',
    file: WRITE,
    find: `if old.status in ('done', 'cancelled') and new.status = old.status`,
    replace: `if old.status = 'done' and new.status = old.status`,
    killers: [T('task-guard-columns'), T('foundation')],
  },
  {
    name: 'task-finished-progress-note',
    family: 'task guard',
    file: WRITE,
    find: `       and (new.progress <> old.progress or new.progress_note is distinct from old.progress_note) then`,
    replace: `       and (new.progress <> old.progress) then`,
    killers: [T('task-guard-columns'), T('foundation')],
  },
  {
    name: 'task-new-status-any',
    family: 'task guard',
    file: WRITE,
    find: `    if new.status <> 'not_started' then`,
    replace: `    if new.status = 'done' then`,
    killers: [T('foundation'), T('plan-admin')],
  },
  {
    name: 'task-cancel-reason-message',
    family: 'task guard',
    file: WRITE,
    find: `if new.status in ('returned', 'cancelled') and nullif(btrim(new.status_reason), '') is null then`,
    replace: `if new.status = 'returned' and nullif(btrim(new.status_reason), '') is null then`,
    killers: [T('task-guard-columns'), T('foundation')],
  },
  {
    name: 'task-completed-on-confirm-day',
    family: 'task guard',
    file: WRITE,
    find: `new.completed_on := private.local_date(coalesce(old.submitted_at, now()));`,
    replace: `new.completed_on := private.local_date(now());`,
    killers: [T('timeliness'), T('figures'), T('foundation')],
  },
  {
    name: 'task-reopen-keeps-completed-on',
    family: 'task guard',
    file: WRITE,
    find: `    elsif old.status = 'done' then
      new.completed_on := null;
    end if;`,
    replace: `    end if;`,
    killers: [T('task-guard-columns'), T('timeliness')],
  },

  // ------------------------------------------------------------ workflow
  {
    name: 'workflow-dept-head-confirms',
    family: 'workflow',
    file: WRITE,
    find: `      ('submitted', 'in_progress')
    )
    else false`,
    replace: `      ('submitted', 'in_progress'), ('submitted', 'done')
    )
    else false`,
    killers: [T('workflow-parity'), T('foundation')],
  },
  {
    name: 'workflow-no-reopen-done',
    family: 'workflow',
    file: WRITE,
    find: `      ('done', 'returned'),
`,
    replace: ``,
    killers: [T('workflow-parity'), T('foundation')],
  },
  {
    name: 'workflow-no-cancel-submitted',
    family: 'workflow',
    file: WRITE,
    find: `('submitted', 'cancelled'), `,
    replace: ``,
    killers: [T('workflow-parity'), T('foundation')],
  },
  {
    name: 'workflow-check-skipped',
    family: 'workflow',
    file: WRITE,
    find: `      if not private.transition_allowed(old.status, new.status, actor) then`,
    replace: `      if false then`,
    killers: [T('foundation'), T('workflow-parity')],
  },

  // ------------------------------------------------------------ evidence
  {
    name: 'evidence-required-before-submit',
    family: 'evidence',
    file: WRITE,
    find: `if new.status = 'submitted' and not exists (select 1 from public.evidence e where e.task_id = old.id) then`,
    replace: `if false then`,
    killers: [T('foundation'), T('evidence-files')],
  },
  {
    name: 'evidence-add-to-cancelled',
    family: 'evidence',
    file: WRITE,
    find: `    if task_status in ('done', 'cancelled') then
      perform private.raise_rule('RT422', 'evidence_task_finished'`,
    replace: `    if task_status = 'done' then
      perform private.raise_rule('RT422', 'evidence_task_finished'`,
    killers: [T('evidence-rules'), T('foundation')],
  },
  {
    name: 'evidence-remove-while-submitted',
    family: 'evidence',
    file: WRITE,
    find: `  if task_status in ('submitted', 'done') then`,
    replace: `  if task_status = 'done' then`,
    killers: [T('evidence-rules'), T('foundation')],
  },
  {
    name: 'evidence-author-from-client',
    family: 'evidence',
    file: WRITE,
    find: `    new.created_by := auth.uid();
    new.created_at := now();
    return new;
  end if;
  if task_status`,
    replace: `    return new;
  end if;
  if task_status`,
    killers: [T('evidence-rules'), T('evidence-files')],
  },
  {
    name: 'evidence-document-without-date',
    family: 'evidence',
    file: HISTORY,
    find: `      and doc_date is not null
      and nullif(btrim(issuer), '') is not null`,
    replace: `      and nullif(btrim(issuer), '') is not null`,
    killers: [T('bad-inputs'), T('evidence-rules')],
  },
  {
    name: 'evidence-link-any-scheme',
    family: 'evidence',
    file: HISTORY,
    find: `kind <> 'link' or (url ~* '^https?://[^[:space:]]+$'`,
    replace: `kind <> 'link' or (url ~* '^[a-z]+:[^[:space:]]+$'`,
    killers: [T('bad-inputs'), T('evidence-rules')],
  },
  {
    name: 'evidence-file-pdf-not-sniffed',
    family: 'evidence files',
    file: FILES,
    find: `when mime = 'application/pdf' then substring(content from 1 for 4) = '\\x25504446'::bytea`,
    replace: `when mime = 'application/pdf' then true`,
    killers: [T('evidence-files')],
  },
  {
    name: 'evidence-file-size-mismatch',
    family: 'evidence files',
    file: FILES,
    find: `  if octet_length(new.content) <> ev.file_size then`,
    replace: `  if false then`,
    killers: [T('evidence-rules'), T('evidence-files')],
  },

  // ------------------------------------------------------------ deadline extensions
  {
    name: 'extension-same-date',
    family: 'extensions',
    file: WRITE,
    find: `if new.new_due_date <= t.due_date then`,
    replace: `if new.new_due_date < t.due_date then`,
    killers: [T('deadline-boundaries'), T('timeliness')],
  },
  {
    name: 'extension-approved-tomorrow',
    family: 'extensions',
    file: WRITE,
    find: `if new.approved_on > private.local_date(now()) then`,
    replace: `if new.approved_on > private.local_date(now()) + 1 then`,
    killers: [T('deadline-boundaries'), T('timeliness')],
  },
  {
    name: 'extension-approved-on-deadline-day',
    family: 'extensions',
    file: WRITE,
    find: `case when new.approved_on <= t.judged_due_date then new.new_due_date else t.judged_due_date end`,
    replace: `case when new.approved_on < t.judged_due_date then new.new_due_date else t.judged_due_date end`,
    killers: [T('deadline-boundaries'), T('timeliness')],
  },
  {
    name: 'extension-of-cancelled-task',
    family: 'extensions',
    file: WRITE,
    find: `  if t.status in ('done', 'cancelled') then
    perform private.raise_rule('RT422', 'extension_task_finished'`,
    replace: `  if t.status = 'done' then
    perform private.raise_rule('RT422', 'extension_task_finished'`,
    killers: [T('deadline-boundaries'), T('timeliness')],
  },
  {
    name: 'extension-approved-before-document',
    family: 'extensions',
    file: HISTORY,
    find: `check (approved_on >= doc_date)`,
    replace: `check (approved_on >= doc_date - 1)`,
    killers: [T('deadline-boundaries'), T('bad-inputs')],
  },
  {
    name: 'figures-extension-on-deadline-day',
    family: 'figures',
    file: FIGURES,
    find: `    if judged is null or ext.approved_on <= judged then`,
    replace: `    if judged is null or ext.approved_on < judged then`,
    killers: [T('deadline-boundaries'), T('figures')],
  },
  {
    name: 'figures-extension-approved-after-day',
    family: 'figures',
    file: FIGURES,
    find: `where e.task_id = p_task_id and e.approved_on <= p_as_of`,
    replace: `where e.task_id = p_task_id`,
    killers: [T('deadline-boundaries'), T('figures')],
  },

  // ------------------------------------------------------------ history
  {
    name: 'history-update-allowed',
    family: 'history',
    file: WRITE,
    find: `create trigger task_events_append_only before update or delete on public.task_events`,
    replace: `create trigger task_events_append_only before delete on public.task_events`,
    killers: [T('history'), T('foundation')],
  },
  {
    name: 'history-actor-not-recorded',
    family: 'history',
    file: WRITE,
    find: `values (task, auth.uid(), private.current_app_role(), action, changes);`,
    replace: `values (task, null, private.current_app_role(), action, changes);`,
    killers: [T('history'), T('foundation')],
  },
  {
    name: 'history-actor-role-not-recorded',
    family: 'history',
    file: WRITE,
    find: `values (task, auth.uid(), private.current_app_role(), action, changes);`,
    replace: `values (task, auth.uid(), null, action, changes);`,
    killers: [T('history'), T('foundation')],
  },
  {
    name: 'history-evidence-removal-unlogged',
    family: 'history',
    file: WRITE,
    find: `create trigger evidence_history after insert or delete on public.evidence`,
    replace: `create trigger evidence_history after insert on public.evidence`,
    killers: [T('history'), T('foundation')],
  },
  {
    name: 'history-coordinators-unlogged',
    family: 'history',
    file: WRITE,
    find: `create trigger task_coordinators_history after insert or delete on public.task_coordinators
  for each row execute function private.log_task_child_change();`,
    replace: ``,
    killers: [T('history'), T('coordinators')],
  },

  // ------------------------------------------------------------ reports
  {
    name: 'report-submitted-editable',
    family: 'reports freeze',
    file: REPORTS,
    find: `  if tg_op = 'UPDATE' then
    if old.status <> 'draft' then`,
    replace: `  if tg_op = 'UPDATE' then
    if false then`,
    killers: [T('reports')],
  },
  {
    name: 'report-submitted-deletable',
    family: 'reports freeze',
    file: REPORTS,
    find: `  if tg_op = 'DELETE' then
    if old.status <> 'draft' then`,
    replace: `  if tg_op = 'DELETE' then
    if false then`,
    killers: [T('reports')],
  },
  {
    name: 'report-data-recomputed-after-submit',
    family: 'reports freeze',
    file: REPORTS,
    find: `  if r.snapshot is not null then
    return r.snapshot;`,
    replace: `  if false then
    return r.snapshot;`,
    killers: [T('reports')],
  },
  {
    name: 'report-evidence-document-number-dropped',
    family: 'reports freeze',
    file: REPORTS,
    find: `'kind', e.kind, 'doc_number', e.doc_number, 'doc_date', e.doc_date,`,
    replace: `'kind', e.kind, 'doc_number', null, 'doc_date', e.doc_date,`,
    killers: [T('report-snapshot'), T('reports')],
  },
  {
    name: 'report-evidence-after-cutoff',
    family: 'reports freeze',
    file: REPORTS,
    find: `where e.task_id = s.task_id and e.created_at < private.end_of_day(as_of)))`,
    replace: `where e.task_id = s.task_id))`,
    killers: [T('report-snapshot'), T('reports')],
  },
  {
    name: 'report-supersede-a-draft',
    family: 'reports freeze',
    file: REPORTS,
    find: `if target.id is null or target.status <> 'submitted' then`,
    replace: `if target.id is null then`,
    killers: [T('reports')],
  },
  {
    name: 'report-fixed-year',
    family: 'reports freeze',
    file: REPORTS,
    find: `if new.plan_id <> old.plan_id or new.period <> old.period or new.year <> old.year`,
    replace: `if new.plan_id <> old.plan_id or new.period <> old.period`,
    killers: [T('report-snapshot'), T('reports')],
  },

  // ------------------------------------------------------------ indicators
  {
    name: 'indicator-rate-full-refused',
    family: 'indicators',
    file: INDICATORS,
    find: `if ind.is_rate and new.numerator > new.denominator then`,
    replace: `if ind.is_rate and new.numerator >= new.denominator then`,
    killers: [T('indicator-rate-bounds'), T('indicators')],
  },
  {
    name: 'indicator-value-stale-accepted',
    family: 'indicators',
    file: INDICATORS,
    find: `    if new.version is distinct from old.version + 1 then
      perform private.raise_rule('RT409', 'indicator_value_stale',`,
    replace: `    if false then
      perform private.raise_rule('RT409', 'indicator_value_stale',`,
    killers: [T('indicators')],
  },
  {
    name: 'indicator-inactive-recorded',
    family: 'indicators',
    file: INDICATORS,
    find: `and not ind.is_active then`,
    replace: `and false then`,
    killers: [T('indicators')],
  },
  {
    name: 'indicator-future-period',
    family: 'indicators',
    file: INDICATORS,
    find: `  if starts > private.local_date(now())`,
    replace: `  if starts > private.local_date(now()) + 36500`,
    killers: [T('indicators')],
  },
  {
    name: 'indicator-achieved-at-most-strict',
    family: 'indicators',
    file: INDICATORS,
    find: `    else round(v.numerator / v.denominator * 100, 2) <= i.target`,
    replace: `    else round(v.numerator / v.denominator * 100, 2) < i.target`,
    killers: [T('indicators')],
  },
  {
    name: 'indicator-values-insert-any-member',
    family: 'indicators',
    file: INDICATORS,
    find: `create policy "interior records indicator values" on public.indicator_values
  for insert to authenticated with check ((select private.current_app_role()) = 'interior');`,
    replace: `create policy "interior records indicator values" on public.indicator_values
  for insert to authenticated with check ((select private.has_role()));`,
    killers: [T('indicators'), T('access-matrix')],
  },

  // ------------------------------------------------------------ saved views
  {
    name: 'saved-views-read-others',
    family: 'saved views',
    file: TASK_LIST,
    find: `create policy "members read their own saved views" on public.saved_views
  for select to authenticated
  using (owner_id = (select auth.uid()) and (select private.has_role()));`,
    replace: `create policy "members read their own saved views" on public.saved_views
  for select to authenticated
  using ((select private.has_role()));`,
    killers: [T('daily-work'), T('access-matrix')],
  },
  {
    name: 'saved-views-51',
    family: 'saved views',
    file: TASK_LIST,
    find: `where v.owner_id = new.owner_id) >= 50 then`,
    replace: `where v.owner_id = new.owner_id) > 50 then`,
    killers: [T('daily-work')],
  },
  {
    name: 'saved-views-created-at-editable',
    family: 'saved views',
    file: TASK_LIST,
    find: `elsif new.owner_id is distinct from old.owner_id or new.created_at is distinct from old.created_at then`,
    replace: `elsif new.owner_id is distinct from old.owner_id then`,
    killers: [T('admin-guards'), T('daily-work')],
  },

  // ------------------------------------------------------------ notifications
  {
    name: 'notifications-read-mark-of-others',
    family: 'notifications',
    file: NOTIFY,
    find: `create policy "members read their own read mark" on public.notification_reads
  for select to authenticated
  using (user_id = (select auth.uid()) and (select private.has_role()));`,
    replace: `create policy "members read their own read mark" on public.notification_reads
  for select to authenticated
  using ((select private.has_role()));`,
    killers: [T('daily-work'), T('access-matrix')],
  },
  {
    name: 'notifications-mark-in-future',
    family: 'notifications',
    file: NOTIFY,
    find: `  if new.read_until > now() then`,
    replace: `  if false then`,
    killers: [T('daily-work')],
  },
  {
    name: 'notifications-due-soon-six-days',
    family: 'notifications',
    file: NOTIFY,
    find: `    and o.due_date between me.today and me.today + 7
  union all`,
    replace: `    and o.due_date between me.today and me.today + 6
  union all`,
    killers: [T('deadline-boundaries'), T('daily-work')],
  },
  {
    name: 'notifications-overdue-any-unit',
    family: 'notifications',
    file: NOTIFY,
    find: `  join public.task_overview o on o.lead_unit_id = me.unit_id
  where me.role = 'dept_head'
    and o.timeliness = 'open_overdue'`,
    replace: `  join public.task_overview o on true
  where me.role = 'dept_head'
    and o.timeliness = 'open_overdue'`,
    killers: [T('daily-work')],
  },
  {
    name: 'unit-counts-due-soon-six-days',
    family: 'unit counts',
    file: ATTENTION,
    find: `and o.due_date between d.today and d.today + 7)::integer,`,
    replace: `and o.due_date between d.today and d.today + 6)::integer,`,
    killers: [T('deadline-boundaries'), T('daily-work')],
  },

  // ------------------------------------------------------------ plan guard
  {
    name: 'plan-issue-with-only-cancelled-tasks',
    family: 'plan guard',
    file: PLAN_ADMIN,
    find: `select 1 from public.tasks t where t.plan_id = new.id and t.status <> 'cancelled') then`,
    replace: `select 1 from public.tasks t where t.plan_id = new.id) then`,
    killers: [T('plan-guard'), T('plan-admin')],
  },
  {
    name: 'plan-issue-without-date',
    family: 'plan guard',
    file: PLAN_ADMIN,
    find: `      if new.issued_on is null then`,
    replace: `      if false then`,
    killers: [T('plan-admin')],
  },
  {
    name: 'plan-issued-issuer-editable',
    family: 'plan guard',
    file: PLAN_ADMIN,
    find: `       or new.issued_on is distinct from old.issued_on or new.issuer is distinct from old.issuer) then`,
    replace: `       or new.issued_on is distinct from old.issued_on) then`,
    killers: [T('plan-admin')],
  },
  {
    name: 'plan-back-to-draft',
    family: 'plan guard',
    file: WRITE,
    find: `  if old.status <> 'draft' and new.status = 'draft' then`,
    replace: `  if false then`,
    killers: [T('plan-admin'), T('foundation')],
  },
  {
    name: 'plan-creator-editable',
    family: 'plan guard',
    file: WRITE,
    find: `  if new.created_by is distinct from old.created_by or new.created_at <> old.created_at then
    perform private.raise_rule('RT403', 'plan_fixed_columns'`,
    replace: `  if new.created_at <> old.created_at then
    perform private.raise_rule('RT403', 'plan_fixed_columns'`,
    killers: [T('plan-guard'), T('plan-admin')],
  },
  {
    name: 'bulk-due-dates-on-issued-plan',
    family: 'plan guard',
    file: PLAN_ADMIN,
    find: `  if plan_state is distinct from 'draft' then`,
    replace: `  if plan_state = 'closed' then`,
    killers: [T('plan-admin')],
  },

  // ------------------------------------------------------------ units tree
  {
    name: 'unit-cycle-allowed',
    family: 'units tree',
    file: WRITE,
    find: `    select 1 from up where up.id = new.id`,
    replace: `    select 1 from up where false`,
    killers: [T('admin')],
  },
  {
    name: 'unit-under-inactive-parent',
    family: 'units tree',
    file: ADMIN,
    find: `     and not exists (select 1 from public.units p where p.id = new.parent_id and p.is_active) then`,
    replace: `     and false then`,
    killers: [T('admin')],
  },
  {
    name: 'unit-reactivated-under-inactive-parent',
    family: 'units tree',
    file: ADMIN,
    find: `(tg_op = 'INSERT' or new.parent_id is distinct from old.parent_id or not old.is_active)`,
    replace: `(tg_op = 'INSERT' or new.parent_id is distinct from old.parent_id)`,
    killers: [T('admin-guards'), T('admin')],
  },
  {
    name: 'unit-stops-with-active-children',
    family: 'units tree',
    file: ADMIN,
    find: `     and exists (select 1 from public.units c where c.parent_id = new.id and c.is_active) then`,
    replace: `     and false then`,
    killers: [T('admin')],
  },

  // ------------------------------------------------------------ profiles guard
  {
    name: 'profile-role-self-assigned',
    family: 'profiles guard',
    file: WRITE,
    find: `     and private.current_app_role() is distinct from 'admin' then`,
    replace: `     and false then`,
    killers: [T('admin'), T('access-matrix')],
  },
  {
    name: 'profile-email-editable',
    family: 'profiles guard',
    file: WRITE,
    find: `if new.id <> old.id or new.email <> old.email or new.created_at <> old.created_at then`,
    replace: `if new.id <> old.id or new.created_at <> old.created_at then`,
    killers: [T('admin'), T('admin-guards')],
  },
  {
    name: 'profile-admin-changes-own-role',
    family: 'profiles guard',
    file: ADMIN,
    find: `     and private.current_app_role() = 'admin' then`,
    replace: `     and false then`,
    killers: [T('admin')],
  },
  {
    name: 'profile-inactive-unit',
    family: 'profiles guard',
    file: WRITE,
    find: `  if new.unit_id is not null and new.unit_id is distinct from old.unit_id
     and not exists (select 1 from public.units u where u.id = new.unit_id and u.is_active) then`,
    replace: `  if new.unit_id is not null and new.unit_id is distinct from old.unit_id
     and false then`,
    killers: [T('admin'), T('admin-guards')],
  },

  // ------------------------------------------------------------ timeliness and figures
  {
    name: 'timeliness-done-on-deadline-late',
    family: 'timeliness',
    file: PERF,
    find: `case when deadline is null or completed_on <= deadline then 'done_on_time' else 'done_late' end`,
    replace: `case when deadline is null or completed_on < deadline then 'done_on_time' else 'done_late' end`,
    killers: [T('deadline-boundaries'), T('timeliness'), T('figures')],
  },
  {
    name: 'timeliness-overdue-on-deadline-day',
    family: 'timeliness',
    file: PERF,
    find: `when deadline is null or deadline >= as_of then 'open_not_due'`,
    replace: `when deadline is null or deadline > as_of then 'open_not_due'`,
    killers: [T('deadline-boundaries'), T('timeliness'), T('figures')],
  },
  {
    name: 'timeliness-submitted-on-deadline-late',
    family: 'timeliness',
    file: PERF,
    find: `when status = 'submitted' and submitted_on <= deadline then 'open_not_due'`,
    replace: `when status = 'submitted' and submitted_on < deadline then 'open_not_due'`,
    killers: [T('deadline-boundaries'), T('timeliness'), T('figures')],
  },
  {
    name: 'days-late-off-by-one',
    family: 'timeliness',
    file: PERF,
    find: `    when 'open_overdue' then as_of - deadline
`,
    replace: `    when 'open_overdue' then as_of - deadline - 1
`,
    killers: [T('deadline-boundaries'), T('timeliness'), T('daily-work')],
  },
  {
    name: 'figures-days-late-off-by-one',
    family: 'figures',
    file: PERF,
    find: `case j.timeliness when 'open_overdue' then j.as_of - j.deadline when`,
    replace: `case j.timeliness when 'open_overdue' then j.as_of - j.deadline - 1 when`,
    killers: [T('deadline-boundaries'), T('figures')],
  },
  {
    name: 'figures-day-ends-at-midnight-before',
    family: 'figures',
    file: PERF,
    find: `  select ((d + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh');`,
    replace: `  select ((d)::timestamp at time zone 'Asia/Ho_Chi_Minh');`,
    killers: [T('figures'), T('reports')],
  },
  {
    name: 'figures-overdue-30-inclusive',
    family: 'figures',
    file: FIGURES,
    find: `count(*) filter (where s.timeliness = 'open_overdue' and s.days_late > 30)::int,`,
    replace: `count(*) filter (where s.timeliness = 'open_overdue' and s.days_late >= 30)::int,`,
    killers: [T('deadline-boundaries'), T('figures')],
  },
  {
    name: 'figures-total-counts-cancelled',
    family: 'figures',
    file: FIGURES,
    find: `    count(*) filter (where s.timeliness <> 'cancelled')::int,
`,
    replace: `    count(*)::int,
`,
    killers: [T('figures'), T('reports')],
  },
  {
    name: 'figures-rank-more-overdue-first',
    family: 'figures',
    file: FIGURES,
    find: `r.on_time_rate desc, r.open_overdue asc)`,
    replace: `r.on_time_rate desc, r.open_overdue desc)`,
    killers: [T('progress-and-ranking'), T('figures')],
  },
  {
    name: 'progress-total-counts-cancelled',
    family: 'figures',
    file: READ,
    find: `  count(*) filter (where t.status <> 'cancelled')::int as total,`,
    replace: `  count(*)::int as total,`,
    killers: [T('progress-and-ranking'), T('foundation')],
  },
];

/** The migration text with the mutation applied, or why it cannot be. */
export function applyMutation(m: Mutation, source: string): { text: string } | { error: string } {
  const count = source.split(m.find).length - 1;
  if (count !== 1) return { error: `find-text occurs ${count} times in ${m.file} (must be exactly once)` };
  return { text: source.replace(m.find, () => m.replace) };
}
