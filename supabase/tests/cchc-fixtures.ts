// A small CCHC index set with a hand-worked plan, written as the database
// owner, for tests that then act through the API as real users.
//
// Each fixture has its own past year Y (2000, 2001, …, never the demo's), a
// plan of that year and a cut-off of 31/12/Y, so the figures do not depend on
// today.  Six tasks led by Sở Tư pháp (STP), with the history of that year:
//   T1 done on time · T2 done late · T3 in progress, overdue ·
//   T4 in progress, due on the cut-off day · T5 not started, due the year
//   after · T6 cancelled.
// Due by the cut-off: T1–T4 (4).  Done 2/4 = 50%, on time 1/4 = 25%,
// overdue 1; T4 can still be done on time.
//
// The tree (max 28 points, bonus and penalty aside):
//   1 (10)  1.1 done share, bands 100:2 / 80:1 / 0:0 (max 2) -> 50% -> 0
//           1.2 on-time share, the set's bands (max 4)       -> 25% -> 0
//           1.3 overdue tasks, penalty 0.5 each (max 2)      -> 1 -> 0.5
//           1.4 manual (max 4)
//   2 (10)  2.1 choice 0 / 2.5 / 5 · 2.2 yes/no (3) · 2.3 rate typed by the unit, set's bands (2)
//   3 (8)   3.1 survey (5) · 3.2 indicator TTHC-01 of the unit, bands 98:3 / 95:2 / 0:0
//   4 (0)   4.1 bonus (max 1)
import type { Backend } from './harness';
import { randomUUID } from 'node:crypto';

export interface CchcFixture {
  year: number;
  setId: string;
  planId: string;
  /** assessment of STP (draft, window open today) */
  stp: string;
  /** assessment of SKHCN, tttt@'s unit since the 2025 merger (draft, window open today) */
  other: string;
  items: Record<string, string>;
  scores: Record<string, string>;
  tasks: Record<'T1' | 'T2' | 'T3' | 'T4' | 'T5' | 'T6', string>;
}

export async function today(b: Backend): Promise<string> {
  const [row] = await b.sql<{ d: string }>(`select to_char(private.local_date(now()), 'YYYY-MM-DD') as d`);
  return row!.d;
}

const TASKS: Array<{ name: keyof CchcFixture['tasks']; status: string; due: string; done?: string; reason?: string }> = [
  { name: 'T1', status: 'done', due: '03-31', done: '03-20' },
  { name: 'T2', status: 'done', due: '04-30', done: '05-10' },
  { name: 'T3', status: 'in_progress', due: '06-30' },
  { name: 'T4', status: 'in_progress', due: '12-31' },
  { name: 'T5', status: 'not_started', due: 'next-03-31' },
  { name: 'T6', status: 'cancelled', due: '05-31', reason: 'Điều chỉnh kế hoạch' },
];

/**
 * Writes history the way it happened in the fixture's year, one script on
 * one connection (app.seeding keeps the triggers from logging "now").
 */
export async function recordStatus(b: Backend, taskId: string, from: string, to: string, at: string, completedOn?: string) {
  const changes = { status: { old: from, new: to }, ...(completedOn ? { completed_on: { old: null, new: completedOn } } : {}) };
  await b.runScript(`
    select set_config('app.seeding', 'on', false);
    update public.tasks set status = '${to}', progress = ${to === 'done' ? 100 : 50},
      completed_on = ${completedOn ? `date '${completedOn}'` : 'null'},
      submitted_at = ${completedOn ? `timestamptz '${completedOn} 10:00+07'` : 'submitted_at'}
     where id = '${taskId}';
    insert into public.task_events (task_id, occurred_at, actor_role, action, changes)
    values ('${taskId}', timestamptz '${at}', 'interior', 'status_changed', '${JSON.stringify(changes)}'::jsonb);
    select set_config('app.seeding', '', false);`);
}

export async function makeCchcSet(b: Backend, opts: { target?: 'departments' | 'province' } = {}): Promise<CchcFixture> {
  // a past year and a target no set uses yet (the demo's years are last
  // year and this one); the target only matters to cchc_open_set, which the
  // fixture does not use, and to the province's own index
  // (from 2001: the plan is issued in December of the year before, and
  // dates start at 01/01/2000)
  const [free] = await b.sql<{ year: number; target: string }>(
    `select y.year, t.target from generate_series(2001, extract(year from current_date)::int - 2) as y(year)
       cross join unnest($1::text[]) with ordinality as t(target, n)
      where not exists (select 1 from public.cchc_sets s where s.year = y.year and s.target::text = t.target)
      order by y.year, t.n limit 1`,
    opts.target === 'province' ? ['province'] : ['departments', 'communes']);
  if (!free) throw new Error('no free year left for a CCHC fixture');
  const target = free.target;
  const y = free.year;
  const planId = randomUUID();
  const tasks = Object.fromEntries(TASKS.map((t) => [t.name, randomUUID()])) as CchcFixture['tasks'];
  const day = (md: string) => (md.startsWith('next-') ? `${y + 1}-${md.slice(5)}` : `${y}-${md}`);
  const statements = [
    `select set_config('app.seeding', 'on', false)`,
    `insert into public.plans (id, doc_number, title, year, issued_on, status)
     values ('${planId}', '${7000 + (y % 1000)}/KH-${target === 'communes' ? 'XA' : target === 'province' ? 'TINH' : 'SO'}', 'Kế hoạch thử nghiệm chấm điểm năm ${y}', ${y}, date '${y - 1}-12-20', 'in_force')`,
    ...TASKS.map((t, i) => {
      const due = day(t.due);
      return `insert into public.tasks (id, plan_id, area_id, ordinal, title, lead_unit_id, start_date, due_date, status, progress,
                                 submitted_at, completed_on, status_reason)
       values ('${tasks[t.name]}', '${planId}', 1, '1.${i + 1}', 'Nhiệm vụ ${t.name} của Sở Tư pháp',
               (select id from public.units where code = 'STP'), date '${y}-01-05', date '${due}', '${t.status}',
               ${t.done ? 100 : 30}, ${t.done ? `timestamptz '${day(t.done)} 10:00+07'` : 'null'},
               ${t.done ? `date '${day(t.done)}'` : 'null'}, ${t.reason ? `'${t.reason}'` : 'null'})`;
    }),
    // history: created when the plan was issued, started, then done or cancelled
    ...TASKS.flatMap((t) => {
      const ev = (at: string, from: string | null, to: string, extra = '') =>
        `insert into public.task_events (task_id, occurred_at, actor_role, action, changes)
         values ('${tasks[t.name]}', timestamptz '${at}', 'interior', '${from ? 'status_changed' : 'created'}',
                 jsonb_build_object('status', jsonb_build_object('old', ${from ? `'${from}'` : 'null'}, 'new', '${to}')${extra}))`;
      const rows = [ev(`${y}-01-02 08:00+07`, null, 'not_started')];
      if (t.status !== 'not_started' && t.status !== 'cancelled') rows.push(ev(`${y}-01-05 09:00+07`, 'not_started', 'in_progress'));
      if (t.status === 'cancelled') rows.push(ev(`${y}-03-01 10:00+07`, 'not_started', 'cancelled'));
      if (t.done) {
        rows.push(ev(`${day(t.done)} 10:00+07`, 'in_progress', 'submitted'));
        rows.push(ev(`${day(t.done)} 16:00+07`, 'submitted', 'done',
          `, 'completed_on', jsonb_build_object('old', null, 'new', '${day(t.done)}')`));
      }
      return rows;
    }),
    `insert into public.evidence (task_id, kind, doc_number, doc_date, issuer, summary)
     values ('${tasks.T1}', 'document', '12/QĐ-STP', date '${y}-03-19', 'Sở Tư pháp', 'Quyết định ban hành')`,
    // Sở Tư pháp's on-time dossier rate for the year: 1.872/1.880 = 99,57%
    `insert into public.indicator_values (indicator_id, unit_id, year, period, numerator, denominator)
     select i.id, u.id, ${y}, 'q3', 1872, 1880 from public.indicators i, public.units u where i.code = 'TTHC-01' and u.code = 'STP'
     on conflict on constraint indicator_values_period_key do nothing`,
    `select set_config('app.seeding', '', false)`,
  ];
  await b.runScript(statements.join(';\n') + ';');

  const [set] = await b.sql<{ id: string }>(
    `insert into public.cchc_sets (year, target, name, plan_id, cut_off, self_from, self_to, good_min, fair_min, average_min)
     values ($1::smallint, $2::public.cchc_target, $3, $4, make_date($1::int, 12, 31), private.local_date(now()) - 5,
             private.local_date(now()) + 5, 25, 20, 10) returning id`,
    y, target, `Bộ chỉ số thử nghiệm năm ${y}`, planId);
  const setId = set!.id;
  const items: Array<[string, string, number, string | null, string | null, string | null, string | null, number | null]> = [
    // code, title, max, kind, allowed, source, bands, points_per
    ['1', 'Công tác chỉ đạo, điều hành', 10, null, null, null, null, null],
    ['1.1', 'Mức độ hoàn thành kế hoạch', 2, 'rate_bands', null, 'plan_done_share', '[{"min":100,"points":2},{"min":80,"points":1},{"min":0,"points":0}]', null],
    ['1.2', 'Tỷ lệ hoàn thành đúng hạn', 4, 'rate_bands', null, 'plan_on_time_share', null, null],
    ['1.3', 'Nhiệm vụ quá hạn', 2, 'penalty', null, 'plan_overdue_count', null, 0.5],
    ['1.4', 'Kiểm tra công tác CCHC', 4, 'manual', null, null, null, null],
    ['2', 'Cải cách thể chế', 10, null, null, null, null, null],
    ['2.1', 'Tham mưu ban hành văn bản', 5, 'choice', '{0,2.5,5}', null, null, null],
    ['2.2', 'Theo dõi thi hành pháp luật', 3, 'yes_no', null, null, null, null],
    ['2.3', 'Tỷ lệ văn bản được rà soát', 2, 'rate_bands', null, null, null, null],
    ['3', 'Cải cách thủ tục hành chính', 8, null, null, null, null, null],
    ['3.1', 'Mức độ hài lòng (khảo sát)', 5, 'survey', null, null, null, null],
    ['3.2', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 3, 'rate_bands', null, 'indicator_rate', '[{"min":98,"points":3},{"min":95,"points":2},{"min":0,"points":0}]', null],
    ['4', 'Điểm thưởng', 0, null, null, null, null, null],
    ['4.1', 'Sáng kiến được công nhận', 1, 'bonus', null, null, null, null],
  ];
  const itemIds: Record<string, string> = {};
  for (const [code, title, max, kind, allowed, source, bands, per] of items) {
    const [row] = await b.sql<{ id: string }>(
      `insert into public.cchc_items (set_id, code, title, max_points, kind, allowed_values, source, indicator_id, bands, points_per)
       values ($1, $2, $3, $4, $5::public.cchc_item_kind, $6::text::numeric[], $7::public.cchc_source,
               case when $7 = 'indicator_rate' then (select id from public.indicators where code = 'TTHC-01') end, $8::text::jsonb, $9)
       returning id`,
      setId, code, title, max, kind, allowed, source, bands, per);
    itemIds[code] = row!.id;
  }
  const units = target === 'province' ? ['UBND', 'UBND'] : ['STP', 'SKHCN'];
  const assessments: string[] = [];
  for (const code of new Set(units)) {
    const [a] = await b.sql<{ id: string }>(
      `insert into public.cchc_assessments (set_id, unit_id, self_from, self_to)
       select s.id, u.id, s.self_from, s.self_to from public.cchc_sets s, public.units u where s.id = $1 and u.code = $2 returning id`,
      setId, code);
    assessments.push(a!.id);
  }
  await b.sql(
    `insert into public.cchc_scores (assessment_id, item_id)
     select a.id, i.id from public.cchc_assessments a join public.cchc_items i on i.set_id = a.set_id and i.kind is not null
     where a.set_id = $1`, setId);
  await b.sql(`update public.cchc_sets set status = 'open' where id = $1`, setId);
  const scoreRows = await b.sql<{ code: string; id: string }>(
    `select i.code, s.id from public.cchc_scores s join public.cchc_items i on i.id = s.item_id where s.assessment_id = $1`, assessments[0]);
  return {
    year: y,
    setId,
    planId,
    stp: assessments[0]!,
    other: assessments[1] ?? assessments[0]!,
    items: itemIds,
    scores: Object.fromEntries(scoreRows.map((r) => [r.code, r.id])),
    tasks,
  };
}

/** The score row's current version (updates send version + 1). */
export async function scoreVersion(b: Backend, scoreId: string): Promise<number> {
  const [row] = await b.sql<{ version: number }>('select version from public.cchc_scores where id = $1', scoreId);
  return row!.version;
}

/** Moves an assessment straight to a status (as the owner), for tests of a later step. */
export async function setAssessmentStatus(b: Backend, assessmentId: string, status: string): Promise<void> {
  await b.sql(`update public.cchc_assessments set status = $2::public.cchc_assessment_status where id = $1`, assessmentId, status);
}
