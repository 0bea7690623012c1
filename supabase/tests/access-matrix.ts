// The authorization matrix: for every table and operation, which personas may
// do it.  docs/ACCESS.md is the readable form; access-matrix.test.ts asserts
// every cell through the real API.
export const PERSONAS = ['anon', 'no_role', 'committee', 'dept_head', 'other_dept_head', 'interior', 'admin'] as const;
export type Persona = (typeof PERSONAS)[number];
export const OPERATIONS = ['select', 'insert', 'update', 'delete'] as const;
export type Operation = (typeof OPERATIONS)[number];

const MEMBERS: Persona[] = ['committee', 'dept_head', 'other_dept_head', 'interior', 'admin'];
// Who reads a unit's CCHC assessment before its results are published.
const CCHC_READERS: Persona[] = ['committee', 'dept_head', 'interior'];

// `dept_head` is the head of the unit that leads the fixture task (Sở Tư pháp);
// `other_dept_head` heads another unit (Sở TT&TT) and acts on the same task.
export const MATRIX: Record<string, Record<Operation, Persona[]>> = {
  units: { select: MEMBERS, insert: ['admin'], update: ['admin'], delete: ['admin'] },
  profiles: { select: MEMBERS, insert: [], update: ['admin'], delete: [] },
  reform_areas: { select: MEMBERS, insert: [], update: [], delete: [] },
  plans: { select: MEMBERS, insert: ['interior'], update: ['interior'], delete: ['interior'] },
  tasks: { select: MEMBERS, insert: ['interior'], update: ['dept_head', 'interior'], delete: [] },
  task_coordinators: { select: MEMBERS, insert: ['interior'], update: [], delete: ['interior'] },
  evidence: { select: MEMBERS, insert: ['dept_head', 'interior'], update: [], delete: ['dept_head', 'interior'] },
  evidence_files: { select: MEMBERS, insert: ['dept_head', 'interior'], update: [], delete: [] },
  comments: { select: MEMBERS, insert: ['committee', 'dept_head', 'interior'], update: [], delete: [] },
  deadline_extensions: { select: MEMBERS, insert: ['interior'], update: [], delete: [] },
  task_events: { select: MEMBERS, insert: [], update: [], delete: [] },
  saved_views: { select: MEMBERS, insert: MEMBERS, update: MEMBERS, delete: MEMBERS },
  notification_reads: { select: MEMBERS, insert: MEMBERS, update: MEMBERS, delete: MEMBERS },
  reports: { select: MEMBERS, insert: ['interior'], update: ['interior'], delete: ['interior'] },
  indicators: { select: MEMBERS, insert: ['interior'], update: ['interior'], delete: ['interior'] },
  indicator_values: { select: MEMBERS, insert: ['interior'], update: ['interior'], delete: ['interior'] },
  // CCHC index scoring: the cells are for Sở Tư pháp's assessment before publication
  cchc_sets: { select: MEMBERS, insert: ['interior'], update: ['interior'], delete: ['interior'] },
  cchc_items: { select: MEMBERS, insert: ['interior'], update: ['interior'], delete: ['interior'] },
  cchc_assessments: { select: CCHC_READERS, insert: [], update: ['interior'], delete: [] },
  cchc_scores: { select: CCHC_READERS, insert: [], update: ['dept_head', 'interior'], delete: [] },
  cchc_evidence: { select: CCHC_READERS, insert: ['dept_head'], update: [], delete: ['dept_head'] },
  cchc_explanations: { select: CCHC_READERS, insert: ['interior'], update: ['dept_head'], delete: [] },
  cchc_component_scores: { select: ['committee', 'interior'], insert: ['interior'], update: ['interior'], delete: ['interior'] },
  cchc_events: { select: CCHC_READERS, insert: [], update: [], delete: [] },
  // Units reorganise: written only by the reorganisation functions
  unit_reorganisations: { select: MEMBERS, insert: [], update: [], delete: [] },
  unit_successions: { select: MEMBERS, insert: [], update: [], delete: [] },
  unit_names: { select: MEMBERS, insert: [], update: [], delete: [] },
};

// The API functions (RPC): who may call each one and get its effect or its
// data.  Everyone else gets an error, or nothing (no rows, zero counts).
export const FUNCTIONS: Record<string, Persona[]> = {
  add_evidence_file: ['dept_head', 'interior'],
  bulk_assign_lead_unit: ['interior'],
  bulk_set_due_dates: ['interior'],
  carry_over_tasks: ['interior'],
  cchc_accept_self_scores: ['interior'],
  cchc_area_summary: ['committee', 'dept_head', 'other_dept_head', 'interior'],
  cchc_area_totals: CCHC_READERS,
  cchc_computed_tasks: CCHC_READERS,
  cchc_copy_set: ['interior'],
  cchc_finish_reappraisal: ['interior'],
  cchc_import_items: ['interior'],
  cchc_lost_points: ['committee', 'interior'],
  cchc_open_set: ['interior'],
  cchc_points_at_risk: CCHC_READERS,
  cchc_points_at_risk_overview: ['committee', 'dept_head', 'other_dept_head', 'interior'],
  cchc_publish_set: ['interior'],
  cchc_ranking: ['committee', 'dept_head', 'other_dept_head', 'interior'],
  cchc_scoresheet: CCHC_READERS,
  cchc_start_appraisal: ['interior'],
  cchc_submit: ['dept_head'],
  create_task: ['interior'],
  dashboard_page: MEMBERS,
  delete_draft_plan: ['interior'],
  get_evidence_file: MEMBERS,
  import_tasks: ['interior'],
  mark_notifications_read: MEMBERS,
  merge_units: ['admin'],
  plan_figures: MEMBERS,
  plan_page: MEMBERS,
  plan_trend: MEMBERS,
  public_progress: ['anon', 'no_role', ...MEMBERS],
  rename_unit: ['admin'],
  report_data: MEMBERS,
  report_preview: MEMBERS,
  set_plan_public: ['interior'],
  split_unit: ['admin'],
  submit_report: ['interior'],
  supersede_report: ['interior'],
  task_carry_chain: MEMBERS,
  task_list_page: MEMBERS,
  task_page: MEMBERS,
  tasks_as_of: MEMBERS,
  unit_figures: MEMBERS,
  unit_task_counts: MEMBERS,
  units_as_of: MEMBERS,
  update_task_details: ['interior'],
};

export const FUNCTION_NOTES: Record<string, string> = {
  add_evidence_file: 'the lead unit of the task or Home Affairs; checked before the file is read; name, type and content checked',
  carry_over_tasks: 'writes only to the target plan (next year, not closed); the old task stays not done, and a closed plan is only read',
  cchc_area_summary: 'per area, averages over the assessments the caller may read',
  cchc_lost_points: 'for the province\'s own index (its assessment is the province\'s: committee and Home Affairs read it before publication, everyone after)',
  cchc_points_at_risk_overview: 'per unit the caller may read, before publication',
  cchc_ranking: 'one row per assessment the caller may read: a head of unit sees its own unit until publication, then everyone',
  cchc_scoresheet: 'one row per item of the set with self, computed, appraised and final scores; read from the snapshot once published; empty for an assessment the caller may not read',
  cchc_submit: 'the head of the assessed unit, inside the window, with every criterion scored and evidence or an explanation for every point; Home Affairs for the province\'s own index',
  dashboard_page: 'the dashboard in one request (plan_figures, unit_figures, plan_trend, the areas, the ten most overdue tasks), as the caller: the same figures as those functions',
  delete_draft_plan: 'draft plans only, with their tasks and history, in one transaction',
  mark_notifications_read: 'moves the caller\'s own read mark only',
  merge_units: 'one transaction: open tasks, coordinations and accounts move to the successor; the units stop working the day before',
  public_progress: 'the only function anonymous callers may execute: figures and task statuses of public plans, no evidence, comments or names',
  rename_unit: 'the former name is kept in unit_names',
  set_plan_public: 'issued or closed plans; records who and when',
  split_unit: 'refused unless every open task and every account gets a successor (or the account is closed)',
  task_carry_chain: 'every task a task continues and every task that continues it',
  plan_page: 'the plan page in one request (the plan, its areas\' figures, every task), as the caller: null for a plan the caller may not read (dept_head: a draft)',
  task_page: 'the task page in one request (the task, its evidence, comments and history), as the caller: null for a task the caller may not read (dept_head: a draft plan\'s)',
  task_list_page: 'applies the read rule of tasks itself (as the table\'s policies: dept_head gets no task of a draft plan); count exact up to 10,000',
  unit_task_counts: 'leaves draft plans out',
  units_as_of: 'the units working on a day, with the names they had then',
};

// Notes shown beside the matrix (row scope and column limits).
export const NOTES: Record<string, string> = {
  units: 'deactivate instead of delete once a unit is used (foreign keys refuse the delete); never under its own sub-unit; not deactivated while a sub-unit is active, nor placed active under an inactive unit',
  profiles: 'every signed-in account reads and renames its own profile; only admins set role and unit, never their own role; dept_head and interior need an active unit',
  plans: 'is_public, published_at and published_by only through set_plan_public(); dept_head does not see draft plans (nor their tasks, history, evidence, comments, coordinators or extensions): the committee, interior and admin do; delete: empty draft plans only (a draft with tasks: delete_draft_plan()); issuing needs the issue date and at least one task; once issued, number, year, issue date and issuer are fixed; a closed plan cannot be edited or reopened, and nothing hanging off it (tasks, coordinators, evidence, comments, extensions) changes any more; reports of a closed plan can still be written',
  tasks:
    'dept_head: tasks its unit leads, only status / progress / progress_note, allowed transitions, no confirm; interior: all columns, due date of an issued plan only by extension; nobody deletes (cancel with a reason); a draft plan\'s tasks do not change status (except cancelled) until the plan is issued',
  task_coordinators: 'changes are written to the task history',
  evidence: 'dept_head: tasks its unit leads; not on done or cancelled tasks; not removable once submitted or done',
  evidence_files: 'uploaded with add_evidence_file(), read with get_evidence_file(); removed with their evidence row',
  comments: 'dept_head: tasks its unit leads or coordinates; comments are never edited or deleted',
  deadline_extensions: 'needs the approving document; keeps the original due date',
  task_events: 'written only by triggers; nobody, admin included, updates or deletes history',
  saved_views: 'owner only: each member reads and changes only their own saved filters (the cells are for one\'s own rows; nobody, admin included, sees another user\'s); at most 50 each, names unique per owner',
  notification_reads: 'owner only: one "read until" mark per member, moved to now by mark_notifications_read(); never in the future; nobody sees another user\'s mark',
  reports:
    'update and delete: drafts only; submitted with submit_report(), which freezes every figure as of the cut-off into `snapshot`; a submitted report is never edited (not even by its owner) and is replaced only by a new version (supersede_report()), which marks it superseded when submitted',
  indicators: 'delete: only indicators without values (deactivate the others); a rate\'s target is at most 100%',
  unit_reorganisations:
    'written only by merge_units(), split_unit() and rename_unit() (administrators), each one transaction: open tasks and accounts move to the successor, one history row per task',
  unit_successions: 'which unit took over from which; written only by the reorganisation functions',
  unit_names: 'former names of renamed units, with the last day each was used; written only by rename_unit()',
  indicator_values: 'one value per indicator, unit (or the whole province) and period; denominator > 0, numerator ≥ 0 and, for a rate, ≤ denominator; not for a period that has not started; edits send `version` = current + 1; who and when are stamped by the database',
  cchc_sets: 'committee and interior read drafts, other members only sets in use; only draft sets change or are deleted; opened with cchc_open_set(), published with cchc_publish_set()',
  cchc_items: 'follow their set: read with it, changed only while it is a draft (also by cchc_import_items() and cchc_copy_set())',
  cchc_assessments: 'committee and interior read all; a head of unit its own unit\'s; every member once published. Made by cchc_open_set(); interior may only move the self-assessment window (with `version`); the status moves only through the workflow functions; never deleted',
  cchc_scores: 'read with their assessment. dept_head: self_score / self_measure / self_note of its own unit, while draft and inside the window, within the criterion\'s kind (0 to max, the fixed list, 0 or max, the rate\'s bands), never a computed or survey score; interior: appraised_score / appraisal_note once appraisal has started, a reason when it differs from the self-score or the computed score, and the self-assessment of the province\'s own index; `version` = current + 1; nothing after publication',
  cchc_evidence: 'dept_head: its own unit\'s scores while it may self-score, or on a score with an open explanation request; a task\'s evidence only from tasks its unit leads; interior: the province\'s own index',
  cchc_explanations: 'interior asks during appraisal, with an answer-by day not in the past; the unit answers once, by that day; never deleted',
  cchc_component_scores: 'PAR Index / SIPAS / PAPI / PCI on the province\'s own index only, before publication; an update carries version + 1; the responsible unit is active',
  cchc_events: 'written only by triggers (who, when, old and new); nobody, admin included, updates or deletes history',
};

const LABEL: Record<Persona, string> = {
  anon: 'anonymous',
  no_role: 'signed up, no role',
  committee: 'committee',
  dept_head: 'dept_head (lead unit)',
  other_dept_head: 'dept_head (other unit)',
  interior: 'interior',
  admin: 'admin',
};

/** docs/ACCESS.md, written from MATRIX (npm run gen:access-doc). */
export function renderAccessDoc(): string {
  const head = `| table | operation | ${PERSONAS.map((p) => LABEL[p]).join(' | ')} |`;
  const rule = `|---|---|${PERSONAS.map(() => ':-:').join('|')}|`;
  const rows = Object.entries(MATRIX).flatMap(([table, ops]) =>
    OPERATIONS.map((op) => `| \`${table}\` | ${op} | ${PERSONAS.map((p) => (ops[op].includes(p) ? '✓' : '·')).join(' | ')} |`),
  );
  const notes = Object.entries(NOTES).map(([table, note]) => `- \`${table}\`: ${note}.`);
  const fnHead = `| function | ${PERSONAS.map((p) => LABEL[p]).join(' | ')} |`;
  const fnRule = `|---|${PERSONAS.map(() => ':-:').join('|')}|`;
  const fnRows = Object.entries(FUNCTIONS).map(
    ([fn, who]) => `| \`${fn}()\` | ${PERSONAS.map((p) => (who.includes(p) ? '✓' : '·')).join(' | ')} |`,
  );
  const fnNotes = Object.entries(FUNCTION_NOTES).map(([fn, note]) => `- \`${fn}()\`: ${note}.`);
  return [
    '# Who may do what',
    '',
    'Every rule below is enforced by Postgres (row-level security, triggers,',
    'constraints), not by the app. `supabase/tests/access-matrix.test.ts` checks',
    'every cell through the API as a real signed-in user: allowed operations must',
    'take effect, refused ones must leave the data unchanged. This file is',
    'generated from `supabase/tests/access-matrix.ts` (`npm run gen:access-doc`);',
    'a test fails when it is out of date.',
    '',
    '✓ allowed · refused',
    '',
    head,
    rule,
    ...rows,
    '',
    '## Row and column limits',
    '',
    ...notes,
    '',
    '## Functions (RPC)',
    '',
    'Every function of the API, called through `/rest/v1/rpc/…` as each persona:',
    '✓ takes effect or returns the data; · refused (an error, or nothing: no',
    'rows, zero counts). Anonymous callers may execute only `public_progress()`.',
    '',
    fnHead,
    fnRule,
    ...fnRows,
    '',
    ...fnNotes,
    '',
    '## Workflow',
    '',
    '| from → to | dept_head (lead unit) | interior |',
    '|---|:-:|:-:|',
    '| not started → in progress | ✓ | ✓ |',
    '| not started / in progress / returned → submitted (needs evidence) | ✓ | ✓ |',
    '| returned → in progress | ✓ | ✓ |',
    '| submitted → in progress (withdraw) | ✓ | ✓ |',
    '| submitted → done (confirm; completion date set by the system) | · | ✓ |',
    '| submitted / done → returned (reason required) | · | ✓ |',
    '| any open status → cancelled (reason required) | · | ✓ |',
    '',
    'Every change of a task, its evidence, coordinators and deadline is written to',
    '`task_events` by trigger. Updates carry the version they were based on',
    '(`version` = current + 1); a stale one is refused with a conflict message.',
    '',
  ].join('\n');
}
