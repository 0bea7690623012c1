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
  comments: { select: MEMBERS, insert: ['committee', 'dept_head', 'interior'], update: [], delete: [] },
  deadline_extensions: { select: MEMBERS, insert: ['interior'], update: [], delete: [] },
  task_events: { select: MEMBERS, insert: [], update: [], delete: [] },
};

// Notes shown beside the matrix (row scope and column limits).
export const NOTES: Record<string, string> = {
  units: 'deactivate instead of delete once a unit is used (foreign keys refuse the delete)',
  profiles: 'every signed-in account reads and renames its own profile; only admins set role and unit',
  plans: 'delete: empty draft plans only; a closed plan cannot be edited',
  tasks:
    'dept_head: tasks its unit leads, only status / progress / progress_note, allowed transitions, no confirm; interior: all columns, due date of an issued plan only by extension; nobody deletes (cancel with a reason)',
  task_coordinators: 'changes are written to the task history',
  evidence: 'dept_head: tasks its unit leads; not on done or cancelled tasks; not removable once submitted or done',
  comments: 'dept_head: tasks its unit leads or coordinates; comments are never edited or deleted',
  deadline_extensions: 'needs the approving document; keeps the original due date',
  task_events: 'written only by triggers; nobody, admin included, updates or deletes history',
};
