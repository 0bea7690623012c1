// The authorization matrix: for every table and operation, which personas may
// do it.  docs/ACCESS.md is the readable form; access-matrix.test.ts asserts
// every cell through the real API.
export const PERSONAS = ['anon', 'no_role', 'committee', 'dept_head', 'other_dept_head', 'interior', 'admin'] as const;
export type Persona = (typeof PERSONAS)[number];
export const OPERATIONS = ['select', 'insert', 'update', 'delete'] as const;
export type Operation = (typeof OPERATIONS)[number];

const MEMBERS: Persona[] = ['committee', 'dept_head', 'other_dept_head', 'interior', 'admin'];

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
  unit_reorganisations: { select: MEMBERS, insert: [], update: [], delete: [] },
  unit_successions: { select: MEMBERS, insert: [], update: [], delete: [] },
  unit_names: { select: MEMBERS, insert: [], update: [], delete: [] },
};

// API functions added with the year-end, reorganisation and public-page work:
// which personas a call takes effect for (every other persona is refused).
export const FUNCTIONS: Record<string, { personas: Persona[]; note: string }> = {
  merge_units: { personas: ['admin'], note: 'one transaction: open tasks, coordinations and accounts move to the successor; the units stop working the day before' },
  split_unit: { personas: ['admin'], note: 'refused unless every open task and every account gets a successor (or the account is closed)' },
  rename_unit: { personas: ['admin'], note: 'the former name is kept in unit_names' },
  units_as_of: { personas: MEMBERS, note: 'the units working on a day, with the names they had then' },
  carry_over_tasks: { personas: ['interior'], note: 'writes only to the target plan (next year, not closed); the old task stays not done' },
  task_carry_chain: { personas: MEMBERS, note: 'every task a task continues and every task that continues it' },
  set_plan_public: { personas: ['interior'], note: 'issued or closed plans; records who and when' },
  public_progress: { personas: ['anon', 'no_role', ...MEMBERS], note: 'the only thing anonymous callers can read: figures and task statuses of public plans, no evidence, comments or names' },
};

// Notes shown beside the matrix (row scope and column limits).
export const NOTES: Record<string, string> = {
  units: 'deactivate instead of delete once a unit is used (foreign keys refuse the delete); never under its own sub-unit; not deactivated while a sub-unit is active, nor placed active under an inactive unit',
  profiles: 'every signed-in account reads and renames its own profile; only admins set role and unit, never their own role; dept_head and interior need an active unit',
  plans: 'is_public, published_at and published_by only through set_plan_public(); delete: empty draft plans only; issuing needs the issue date and at least one task; once issued, number, year, issue date and issuer are fixed; a closed plan cannot be edited or reopened',
  tasks:
    'dept_head: tasks its unit leads, only status / progress / progress_note, allowed transitions, no confirm; interior: all columns, due date of an issued plan only by extension; nobody deletes (cancel with a reason)',
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
  const fnHead = `| function | ${PERSONAS.map((p) => LABEL[p]).join(' | ')} | note |`;
  const fnRule = `|---|${PERSONAS.map(() => ':-:').join('|')}|---|`;
  const fnRows = Object.entries(FUNCTIONS).map(
    ([fn, { personas, note }]) => `| \`${fn}()\` | ${PERSONAS.map((p) => (personas.includes(p) ? '✓' : '·')).join(' | ')} | ${note} |`,
  );
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
    '## Functions',
    '',
    'Every other function in `public` is refused to anonymous callers; `public_progress()` is the only one they may call.',
    '',
    fnHead,
    fnRule,
    ...fnRows,
    '',
    '## Row and column limits',
    '',
    ...notes,
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
