// The task list's state (filters, sort, page) as it lives in the URL query
// string, so a copied link opens the same list.  Shared because other pages
// link to filtered lists (plan page, "My unit", notifications).
//
//   /tasks?plan=<id>&area=2&unit=<id>&status=in_progress,returned
//          &timeliness=open_overdue&late=30&from=2026-01-01&to=2026-12-31
//          &q=cai+cach&sort=-due&page=2&size=50
//
// Parsing is forgiving: an unknown or malformed value is dropped, never an error.
import type { Enums } from './database.types';

export type TaskStatus = Enums<'task_status'>;
export const TASK_STATUSES: readonly TaskStatus[] = ['not_started', 'in_progress', 'submitted', 'done', 'returned', 'cancelled'];
/** Statuses of work the lead unit still has to do. */
export const TO_DO_STATUSES: readonly TaskStatus[] = ['not_started', 'in_progress', 'returned'];

export const TIMELINESS = ['done_on_time', 'done_late', 'open_not_due', 'open_overdue', 'cancelled'] as const;
export type Timeliness = (typeof TIMELINESS)[number];

/** Carry-over marks: continues a task of an earlier plan, or continued in a later plan. */
export const CARRIED = ['from', 'to'] as const;
export type Carried = (typeof CARRIED)[number];

export const SORT_KEYS = ['ordinal', 'due', 'status', 'unit'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

// 200 rows a page: the table draws them a window at a time (TaskTable).
export const PAGE_SIZES = [25, 50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 25;
/** Offered ages of overdue tasks (more than N days late). */
export const LATE_OVER = [30, 90, 120] as const;
export const SEARCH_MAX_LENGTH = 200;

export interface TaskFilters {
  plan?: string;
  area?: number;
  unit?: string;
  /** Any of these (empty: every status). */
  status: TaskStatus[];
  timeliness?: Timeliness;
  /** More than this many days late. */
  lateOver?: number;
  /** Due date range, yyyy-mm-dd, both ends included. */
  dueFrom?: string;
  dueTo?: string;
  q?: string;
  /** Only tasks carried from an earlier plan (`from`) or into a later one (`to`). */
  carried?: Carried;
}

export interface TaskListState extends TaskFilters {
  sort: SortKey;
  desc: boolean;
  page: number;
  size: number;
}

export const EMPTY_FILTERS: TaskFilters = { status: [] };
export const DEFAULT_STATE: TaskListState = { status: [], sort: 'ordinal', desc: false, page: 1, size: DEFAULT_PAGE_SIZE };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isoDate(value: string | null): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : undefined;
}

function wholeNumber(value: string | null, min: number, max: number): number | undefined {
  if (!value || !/^\d{1,6}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

function oneOf<T extends string>(value: string | null, options: readonly T[]): T | undefined {
  return options.find((option) => option === value);
}

/** Reads the list state from a query string; anything malformed is ignored. */
export function parseTaskListState(params: URLSearchParams): TaskListState {
  const plan = params.get('plan');
  const unit = params.get('unit');
  const statusList = (params.get('status') ?? '').split(',');
  const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, SEARCH_MAX_LENGTH);
  const sortParam = params.get('sort') ?? '';
  const desc = sortParam.startsWith('-');
  const sort = oneOf(desc ? sortParam.slice(1) : sortParam, SORT_KEYS);
  const size = wholeNumber(params.get('size'), 1, 1000);
  let dueFrom = isoDate(params.get('from'));
  let dueTo = isoDate(params.get('to'));
  if (dueFrom && dueTo && dueFrom > dueTo) [dueFrom, dueTo] = [dueTo, dueFrom];

  return {
    plan: plan && UUID.test(plan) ? plan.toLowerCase() : undefined,
    area: wholeNumber(params.get('area'), 1, 6),
    unit: unit && UUID.test(unit) ? unit.toLowerCase() : undefined,
    status: TASK_STATUSES.filter((status) => statusList.includes(status)),
    timeliness: oneOf(params.get('timeliness'), TIMELINESS),
    lateOver: wholeNumber(params.get('late'), 0, 100_000),
    dueFrom,
    dueTo,
    q: q || undefined,
    carried: oneOf(params.get('carried'), CARRIED),
    sort: sort ?? DEFAULT_STATE.sort,
    desc: sort ? desc : false,
    page: wholeNumber(params.get('page'), 1, 1_000_000) ?? 1,
    size: PAGE_SIZES.find((option) => option === size) ?? DEFAULT_PAGE_SIZE,
  };
}

/**
 * The canonical query string: fixed parameter order, defaults left out.
 * `paging: false` leaves out the page (saved views, links to a fresh list).
 */
export function serializeTaskListState(state: Partial<TaskListState>, { paging = true } = {}): URLSearchParams {
  const out = new URLSearchParams();
  if (state.plan) out.set('plan', state.plan);
  if (state.area) out.set('area', String(state.area));
  if (state.unit) out.set('unit', state.unit);
  const status = TASK_STATUSES.filter((s) => state.status?.includes(s));
  if (status.length) out.set('status', status.join(','));
  if (state.timeliness) out.set('timeliness', state.timeliness);
  if (state.lateOver !== undefined) out.set('late', String(state.lateOver));
  if (state.dueFrom) out.set('from', state.dueFrom);
  if (state.dueTo) out.set('to', state.dueTo);
  if (state.q) out.set('q', state.q);
  if (state.carried) out.set('carried', state.carried);
  if (state.sort && (state.sort !== DEFAULT_STATE.sort || state.desc)) out.set('sort', `${state.desc ? '-' : ''}${state.sort}`);
  if (paging && state.page && state.page > 1) out.set('page', String(state.page));
  if (state.size && state.size !== DEFAULT_PAGE_SIZE) out.set('size', String(state.size));
  return out;
}

/** The canonical query string, commas left readable: `status=in_progress,returned&sort=-due`. */
export function taskListSearch(state: Partial<TaskListState>, options: { paging?: boolean } = {}): string {
  return serializeTaskListState(state, options).toString().replace(/%2C/gi, ',');
}

/** A link to the task list with these filters: `/tasks?…`. */
export function taskListHref(filters: Partial<TaskListState> = {}): string {
  const query = taskListSearch({ status: [], ...filters });
  return query ? `/tasks?${query}` : '/tasks';
}

/** True when any filter (not sort or paging) is set. */
export function hasFilters(state: TaskFilters): boolean {
  return Boolean(
    state.plan || state.area || state.unit || state.status.length || state.timeliness || state.lateOver !== undefined ||
      state.dueFrom || state.dueTo || state.q || state.carried,
  );
}
