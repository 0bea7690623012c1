-- CCHC index scoring: the figures.  Every function here runs with the
-- caller's rights (security invoker): a head of unit gets rows only for the
-- assessments row-level security lets it read.
--
-- Plan-driven criteria are computed from the task history as of the set's
-- cut-off (or today, while the cut-off is ahead), through public.tasks_as_of,
-- so a score can be recomputed later and agrees:
--   plan_done_share     tasks done / tasks due by the cut-off (%)
--   plan_on_time_share  tasks done on time / tasks due by the cut-off (%)
--   plan_overdue_count  tasks overdue and not done (a penalty per task, capped)
--   indicator_rate      the unit's latest value of an indicator for the year
--                       (the whole province's for the province's own index)
-- "Due by the cut-off" leaves out cancelled tasks and open tasks whose
-- deadline falls after the cut-off.  A unit with no such task scores 100%.
-- Scores: rate criteria by their bands (the item's own, else the set's
-- shares of the maximum); penalties as count × points_per, capped at the max.

create or replace function private.cchc_points(
  kind public.cchc_item_kind, item_bands jsonb, set_bands jsonb, max_points numeric, points_per numeric, measure numeric)
returns numeric
language sql
immutable
set search_path = ''
as $$
  select case
    when measure is null then null
    when kind = 'rate_bands' then private.cchc_band_points(item_bands, set_bands, max_points, measure)
    when kind in ('penalty', 'bonus') then least(measure * points_per, max_points)
    when kind = 'yes_no' then case when measure >= 100 then max_points else 0 end
  end;
$$;

-- Computed criteria of a set's assessments (all, or one): the measure now,
-- its score, and the best and worst score still reachable by the cut-off
-- (every open task done on time, or none done; an indicator reaching the top
-- band, or staying where it is).
create or replace function private.cchc_computed_for(p_set_id uuid, p_assessment_id uuid default null)
returns table (
  assessment_id uuid,
  item_id uuid,
  source public.cchc_source,
  measure numeric,
  score numeric,
  best_score numeric,
  worst_score numeric,
  figures jsonb
)
language sql
stable
set search_path = ''
as $$
  with s as materialized (
    select st.*, least(st.cut_off, private.cchc_today()) as as_of
    from public.cchc_sets st where st.id = p_set_id
  ),
  a as materialized (
    select x.id, x.unit_id from public.cchc_assessments x
    where x.set_id = p_set_id and (p_assessment_id is null or x.id = p_assessment_id)
  ),
  leaves as materialized (
    select i.* from public.cchc_items i where i.set_id = p_set_id and i.source is not null
  ),
  t as materialized (
    select x.* from s cross join lateral public.tasks_as_of(s.plan_id, s.as_of) x
    where s.plan_id is not null and exists (select 1 from leaves l where l.source <> 'indicator_rate')
  ),
  counts as (
    select a.id as assessment_id,
      count(t.task_id) filter (where t.timeliness <> 'cancelled'
                               and not (t.timeliness = 'open_not_due' and t.deadline > s.cut_off))::int as total_due,
      count(t.task_id) filter (where t.timeliness in ('done_on_time', 'done_late'))::int as done,
      count(t.task_id) filter (where t.timeliness = 'done_on_time')::int as on_time,
      count(t.task_id) filter (where t.timeliness = 'open_overdue')::int as overdue,
      count(t.task_id) filter (where t.timeliness = 'open_not_due'
                               and (t.deadline is null or t.deadline <= s.cut_off))::int as open_due
    from a cross join s
    left join t on (s.target = 'province' or t.lead_unit_id = a.unit_id)
    group by a.id
  ),
  measured as (
    select a.id as assessment_id, l.id as item_id, l.source, l.kind, l.bands, l.max_points, l.points_per,
      case l.source
        when 'plan_done_share' then case when c.total_due = 0 then 100 else round(c.done * 100.0 / c.total_due, 2) end
        when 'plan_on_time_share' then case when c.total_due = 0 then 100 else round(c.on_time * 100.0 / c.total_due, 2) end
        when 'plan_overdue_count' then c.overdue
        when 'indicator_rate' then (
          select round(v.numerator * 100 / v.denominator, 2) from public.indicator_values v
          where v.indicator_id = l.indicator_id and v.year = s.year
            and v.unit_id is not distinct from (case when s.target = 'province' then null else a.unit_id end)
            and private.period_end(v.year, v.period) <= s.as_of
          order by private.period_rank(v.period) desc limit 1)
      end as measure,
      case l.source
        when 'plan_done_share' then 100
        when 'plan_on_time_share' then case when c.total_due = 0 then 100 else round((c.on_time + c.open_due) * 100.0 / c.total_due, 2) end
        when 'plan_overdue_count' then 0
        when 'indicator_rate' then 100
      end as best,
      case l.source
        when 'plan_done_share' then case when c.total_due = 0 then 100 else round(c.done * 100.0 / c.total_due, 2) end
        when 'plan_on_time_share' then case when c.total_due = 0 then 100 else round(c.on_time * 100.0 / c.total_due, 2) end
        when 'plan_overdue_count' then c.overdue + c.open_due
        else null
      end as worst,
      jsonb_build_object('as_of', s.as_of, 'cut_off', s.cut_off, 'total_due', c.total_due, 'done', c.done,
                         'on_time', c.on_time, 'overdue', c.overdue, 'open_due', c.open_due) as figures
    from a cross join s
    join leaves l on true
    join counts c on c.assessment_id = a.id
  )
  select m.assessment_id, m.item_id, m.source, m.measure,
    coalesce(private.cchc_points(m.kind, m.bands, s.rate_bands, m.max_points, m.points_per, m.measure),
             case when m.kind = 'penalty' then 0 else 0 end),
    private.cchc_points(m.kind, m.bands, s.rate_bands, m.max_points, m.points_per, m.best),
    coalesce(private.cchc_points(m.kind, m.bands, s.rate_bands, m.max_points, m.points_per, coalesce(m.worst, m.measure)), 0),
    m.figures || jsonb_build_object('measure', m.measure)
  from measured m cross join s;
$$;

create or replace function private.cchc_computed(p_assessment_id uuid)
returns table (item_id uuid, measure numeric, score numeric, best_score numeric, worst_score numeric, figures jsonb)
language sql
stable
set search_path = ''
as $$
  select c.item_id, c.measure, c.score, c.best_score, c.worst_score, c.figures
  from public.cchc_assessments a
  cross join lateral private.cchc_computed_for(a.set_id, a.id) c
  where a.id = p_assessment_id;
$$;

-- Every leaf of every assessment of a set (or one): the self-score as it
-- counts (computed for plan-driven criteria, none for survey points), the
-- final score (appraised, else computed for plan-driven criteria), signed
-- (penalties count negative).
create or replace function private.cchc_leaf_values(p_set_id uuid, p_assessment_id uuid default null)
returns table (
  assessment_id uuid,
  unit_id uuid,
  item_id uuid,
  area_code text,
  kind public.cchc_item_kind,
  max_points numeric,
  self_value numeric,
  final_value numeric,
  computed_score numeric
)
language sql
stable
set search_path = ''
as $$
  with comp as materialized (
    select * from private.cchc_computed_for(p_set_id, p_assessment_id)
  )
  select a.id, a.unit_id, i.id, split_part(i.code, '.', 1), i.kind, i.max_points,
    case when i.kind = 'penalty' then -1 else 1 end
      * case when i.source is not null then c.score when i.kind = 'survey' then null else sc.self_score end,
    case when i.kind = 'penalty' then -1 else 1 end
      * coalesce(sc.appraised_score, case when i.source is not null then c.score end),
    c.score
  from public.cchc_assessments a
  join public.cchc_items i on i.set_id = a.set_id and i.kind is not null
  left join public.cchc_scores sc on sc.assessment_id = a.id and sc.item_id = i.id
  left join comp c on c.assessment_id = a.id and c.item_id = i.id
  where a.set_id = p_set_id and (p_assessment_id is null or a.id = p_assessment_id);
$$;

-- The band of a final total under a set's thresholds.
create or replace function private.cchc_band(total numeric, s public.cchc_sets)
returns text
language sql
immutable
set search_path = ''
as $$
  select case when total is null then null
              when total >= s.good_min then 'good'
              when total >= s.fair_min then 'fair'
              when total >= s.average_min then 'average'
              else 'weak' end;
$$;

-- ================================================================ read API
-- The score sheet of one assessment: one row per item (areas, criteria and
-- sub-criteria, in code order) with the self-score, the computed score and
-- figures, the appraised score, the final score, evidence and open
-- explanation counts.  Group rows carry the sums of the leaves under them.
-- A published assessment is read from its snapshot.
create or replace function public.cchc_scoresheet(p_assessment_id uuid)
returns table (
  item_id uuid,
  parent_id uuid,
  code text,
  depth smallint,
  title text,
  kind public.cchc_item_kind,
  source public.cchc_source,
  max_points numeric,
  allowed_values numeric[],
  expected_evidence text,
  responsible_unit_id uuid,
  score_id uuid,
  version integer,
  computed_measure numeric,
  computed_figures jsonb,
  self_measure numeric,
  self_score numeric,
  self_note text,
  appraised_score numeric,
  appraisal_note text,
  final_score numeric,
  evidence_count integer,
  open_explanations integer
)
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  a public.cchc_assessments;
begin
  select * into a from public.cchc_assessments x where x.id = p_assessment_id;
  if a.id is null then
    return;
  end if;
  if a.status = 'published' then
    return query
      select r.item_id, r.parent_id, r.code, r.depth, r.title, r.kind, r.source, r.max_points, r.allowed_values,
             r.expected_evidence, r.responsible_unit_id, r.score_id, r.version, r.computed_measure, r.computed_figures,
             r.self_measure, r.self_score, r.self_note, r.appraised_score, r.appraisal_note, r.final_score,
             r.evidence_count, r.open_explanations
      from jsonb_to_recordset(a.snapshot -> 'items') as r(
        item_id uuid, parent_id uuid, code text, depth smallint, title text, kind public.cchc_item_kind,
        source public.cchc_source, max_points numeric, allowed_values numeric[], expected_evidence text,
        responsible_unit_id uuid, score_id uuid, version integer, computed_measure numeric, computed_figures jsonb,
        self_measure numeric, self_score numeric, self_note text, appraised_score numeric, appraisal_note text,
        final_score numeric, evidence_count integer, open_explanations integer)
      order by string_to_array(r.code, '.')::integer[];
    return;
  end if;
  return query
    with comp as materialized (select * from private.cchc_computed(a.id)),
    leaf as materialized (select * from private.cchc_leaf_values(a.set_id, a.id))
    select i.id, i.parent_id, i.code, i.depth, i.title, i.kind, i.source, i.max_points, i.allowed_values,
           i.expected_evidence, i.responsible_unit_id, sc.id, sc.version, c.measure, c.figures,
           sc.self_measure,
           case when i.kind is null then (select sum(l.self_value) from leaf l join public.cchc_items li on li.id = l.item_id
                                          where li.code like i.code || '.%')
                else abs(lv.self_value) end,
           sc.self_note, sc.appraised_score, sc.appraisal_note,
           case when i.kind is null then (select sum(l.final_value) from leaf l join public.cchc_items li on li.id = l.item_id
                                          where li.code like i.code || '.%')
                else abs(lv.final_value) end,
           (select count(*)::int from public.cchc_evidence e where e.score_id = sc.id),
           (select count(*)::int from public.cchc_explanations e where e.score_id = sc.id and e.answer is null)
    from public.cchc_items i
    left join public.cchc_scores sc on sc.assessment_id = a.id and sc.item_id = i.id
    left join comp c on c.item_id = i.id
    left join leaf lv on lv.item_id = i.id
    where i.set_id = a.set_id
    order by i.sort_key;
end;
$$;

-- Totals of one assessment per area, with last year's final per area (the
-- same unit in the previous set, matched by area code).
create or replace function public.cchc_area_totals(p_assessment_id uuid)
returns table (code text, title text, max_points numeric, self_total numeric, final_total numeric, last_year_final numeric)
language sql
stable
security invoker
set search_path = ''
as $$
  with a as (
    select x.* from public.cchc_assessments x where x.id = p_assessment_id
  ),
  prev as (
    select p.id from a
    join public.cchc_sets s on s.id = a.set_id
    join public.cchc_sets ps on ps.id = coalesce(s.previous_set_id,
      (select y.id from public.cchc_sets y where y.target = s.target and y.year = s.year - 1))
    join public.cchc_assessments p on p.set_id = ps.id and p.unit_id = a.unit_id
  ),
  prev_rows as (
    select r.code, r.final_score from prev cross join lateral public.cchc_scoresheet(prev.id) r where r.depth = 1
  )
  select r.code, r.title, r.max_points, r.self_score, r.final_score, pr.final_score
  from a cross join lateral public.cchc_scoresheet(a.id) r
  left join prev_rows pr on pr.code = r.code
  where r.depth = 1
  order by string_to_array(r.code, '.')::integer[];
$$;

-- The ranking of a set: one row per assessment the caller may read, with
-- self and final totals, the survey points inside the final total (the
-- self-total has none: final - survey compares with it), the maximum, the
-- band, the rank among them and last year's final total.  A published set is read from its results.
create or replace function public.cchc_ranking(p_set_id uuid)
returns table (
  assessment_id uuid,
  unit_id uuid,
  unit_code text,
  unit_name text,
  status public.cchc_assessment_status,
  self_total numeric,
  final_total numeric,
  survey_total numeric,
  max_total numeric,
  band text,
  rank integer,
  last_year_total numeric
)
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  s public.cchc_sets;
begin
  select * into s from public.cchc_sets x where x.id = p_set_id;
  if s.id is null then
    return;
  end if;
  if s.status = 'published' then
    return query
      select r.assessment_id, r.unit_id, r.unit_code, r.unit_name, 'published'::public.cchc_assessment_status,
             r.self_total, r.final_total, r.survey_total, r.max_total, r.band, r.rank, r.last_year_total
      from jsonb_to_recordset(s.results -> 'ranking') as r(
        assessment_id uuid, unit_id uuid, unit_code text, unit_name text, self_total numeric, final_total numeric,
        survey_total numeric, max_total numeric, band text, rank integer, last_year_total numeric)
      where exists (select 1 from public.cchc_assessments a where a.id = r.assessment_id)
      order by r.rank, r.unit_code;
    return;
  end if;
  return query
    with visible as (select a.id, a.unit_id, a.status from public.cchc_assessments a where a.set_id = p_set_id),
    leaf as materialized (
      select l.* from private.cchc_leaf_values(p_set_id) l where l.assessment_id in (select v.id from visible v)
    ),
    totals as (
      select l.assessment_id, sum(l.self_value) as self_total, sum(l.final_value) as final_total,
             coalesce(sum(l.final_value) filter (where l.kind = 'survey'), 0) as survey_total,
             sum(l.max_points) filter (where l.kind not in ('bonus', 'penalty')) as max_total
      from leaf l group by l.assessment_id
    ),
    prev as (
      select (r ->> 'unit_id')::uuid as unit_id, (r ->> 'final_total')::numeric as final_total
      from public.cchc_sets ps cross join lateral jsonb_array_elements(ps.results -> 'ranking') r
      where ps.id = coalesce(s.previous_set_id,
        (select y.id from public.cchc_sets y where y.target = s.target and y.year = s.year - 1))
    )
    select v.id, v.unit_id, u.code, u.name, v.status, t.self_total, t.final_total, t.survey_total, t.max_total,
           private.cchc_band(t.final_total, s),
           (rank() over (order by t.final_total desc nulls last, t.self_total desc nulls last))::int,
           p.final_total
    from visible v
    join public.units u on u.id = v.unit_id
    left join totals t on t.assessment_id = v.id
    left join prev p on p.unit_id = v.unit_id
    order by 11, u.code;
end;
$$;

-- Per area of a set: the average self and final totals over the
-- assessments the caller may read (one row per area).
create or replace function public.cchc_area_summary(p_set_id uuid)
returns table (code text, title text, max_points numeric, assessments integer, avg_self numeric, avg_final numeric)
language sql
stable
security invoker
set search_path = ''
as $$
  with visible as (select a.id from public.cchc_assessments a where a.set_id = p_set_id),
  per as (
    select l.assessment_id, l.area_code, sum(l.self_value) as self_total, sum(l.final_value) as final_total
    from private.cchc_leaf_values(p_set_id) l
    where l.assessment_id in (select v.id from visible v)
    group by l.assessment_id, l.area_code
  )
  select i.code, i.title, i.max_points, count(p.assessment_id)::int,
         round(avg(p.self_total), 2), round(avg(p.final_total), 2)
  from public.cchc_items i
  left join per p on p.area_code = i.code
  where i.set_id = p_set_id and i.depth = 1
  group by i.code, i.title, i.max_points, i.sort_key
  order by i.sort_key;
$$;

-- The tasks behind a plan-driven score (one page, at most 200 rows), as of
-- the same day as the score: whether each counts as due, done or on time.
create or replace function public.cchc_computed_tasks(p_assessment_id uuid, p_item_id uuid, p_limit integer default 100, p_offset integer default 0)
returns table (
  task_id uuid,
  ordinal text,
  title text,
  lead_unit_id uuid,
  deadline date,
  completed_on date,
  timeliness text,
  counts_as_due boolean,
  total_count integer
)
language sql
stable
security invoker
set search_path = ''
as $$
  with a as (
    select x.*, s.plan_id, s.cut_off, s.target, least(s.cut_off, private.cchc_today()) as as_of
    from public.cchc_assessments x join public.cchc_sets s on s.id = x.set_id
    join public.cchc_items i on i.id = p_item_id and i.set_id = s.id and i.source in ('plan_done_share', 'plan_on_time_share', 'plan_overdue_count')
    where x.id = p_assessment_id
  ),
  t as (
    select x.*, a.cut_off from a cross join lateral public.tasks_as_of(a.plan_id, a.as_of) x
    where a.target = 'province' or x.lead_unit_id = a.unit_id
  )
  select t.task_id, t.ordinal, tk.title, t.lead_unit_id, t.deadline, t.completed_on, t.timeliness,
         t.timeliness <> 'cancelled' and not (t.timeliness = 'open_not_due' and t.deadline > t.cut_off),
         (count(*) over ())::int
  from t join public.tasks tk on tk.id = t.task_id
  order by string_to_array(t.ordinal, '.')::integer[]
  limit least(greatest(coalesce(p_limit, 100), 1), 200) offset greatest(coalesce(p_offset, 0), 0);
$$;

-- Points at risk of one assessment that is not published: each computed
-- criterion whose score can still fall by the cut-off, with the points at
-- stake (best - worst, or max - now for an indicator below its top band)
-- and the open tasks to chase (the 20 nearest deadlines, and how many).
create or replace function public.cchc_points_at_risk(p_assessment_id uuid)
returns table (
  item_id uuid,
  code text,
  title text,
  source public.cchc_source,
  max_points numeric,
  measure numeric,
  current_score numeric,
  worst_score numeric,
  best_score numeric,
  points_at_stake numeric,
  task_count integer,
  tasks jsonb
)
language sql
stable
security invoker
set search_path = ''
as $$
  with a as (
    select x.*, s.plan_id, s.cut_off, s.target, least(s.cut_off, private.cchc_today()) as as_of
    from public.cchc_assessments x join public.cchc_sets s on s.id = x.set_id
    where x.id = p_assessment_id and x.status <> 'published'
  ),
  comp as materialized (select c.* from a cross join lateral private.cchc_computed(a.id) c),
  open_tasks as materialized (
    select t.task_id, t.ordinal, t.deadline, t.timeliness
    from a cross join lateral public.tasks_as_of(a.plan_id, a.as_of) t
    where (a.target = 'province' or t.lead_unit_id = a.unit_id)
      and t.timeliness in ('open_overdue', 'open_not_due')
      and (t.deadline is null or t.deadline <= a.cut_off)
      and exists (select 1 from comp c join public.cchc_items i on i.id = c.item_id where i.source <> 'indicator_rate')
  ),
  task_list as (
    select count(*)::int as n,
           coalesce(jsonb_agg(jsonb_build_object('task_id', o.task_id, 'ordinal', o.ordinal, 'title', tk.title,
                      'deadline', o.deadline, 'timeliness', o.timeliness) order by o.deadline nulls last, o.ordinal)
                    filter (where o.rn <= 20), '[]'::jsonb) as tasks
    from (select o.*, row_number() over (order by o.deadline nulls last, o.ordinal) as rn from open_tasks o) o
    join public.tasks tk on tk.id = o.task_id
  )
  select i.id, i.code, i.title, i.source, i.max_points, c.measure, c.score, c.worst_score, c.best_score,
         case when i.source = 'indicator_rate' then greatest(coalesce(c.best_score, 0) - coalesce(c.score, 0), 0)
              when i.kind = 'penalty' then greatest(c.worst_score - coalesce(c.best_score, 0), 0)
              else greatest(coalesce(c.best_score, 0) - c.worst_score, 0) end,
         case when i.source = 'indicator_rate' then 0 else tl.n end,
         case when i.source = 'indicator_rate' then '[]'::jsonb else tl.tasks end
  from comp c
  join public.cchc_items i on i.id = c.item_id
  cross join task_list tl
  where case when i.source = 'indicator_rate' then coalesce(c.best_score, 0) > coalesce(c.score, 0)
             when i.kind = 'penalty' then c.worst_score > coalesce(c.best_score, 0)
             else coalesce(c.best_score, 0) > c.worst_score end
  order by i.sort_key;
$$;

-- Points at risk across a set: one row per assessment the caller may read
-- that is not published, with the points at stake and the open tasks.
create or replace function public.cchc_points_at_risk_overview(p_set_id uuid)
returns table (assessment_id uuid, unit_id uuid, unit_code text, unit_name text, points_at_stake numeric, task_count integer)
language sql
stable
security invoker
set search_path = ''
as $$
  select a.id, a.unit_id, u.code, u.name, coalesce(sum(r.points_at_stake), 0), coalesce(max(r.task_count), 0)
  from public.cchc_assessments a
  join public.units u on u.id = a.unit_id
  left join lateral public.cchc_points_at_risk(a.id) r on true
  where a.set_id = p_set_id and a.status <> 'published'
  group by a.id, a.unit_id, u.code, u.name
  order by 5 desc, u.code;
$$;

-- Lost points of one assessment (meant for the province's own index): per
-- scored criterion and component score, the responsible unit, the final
-- score, the points lost against the maximum and against last year.
create or replace function public.cchc_lost_points(p_assessment_id uuid)
returns table (
  responsible_unit_id uuid,
  responsible_unit_name text,
  code text,
  title text,
  max_points numeric,
  final_score numeric,
  lost_vs_max numeric,
  last_year_score numeric,
  lost_vs_last_year numeric
)
language sql
stable
security invoker
set search_path = ''
as $$
  with a as (select x.* from public.cchc_assessments x where x.id = p_assessment_id),
  prev as (
    select p.id from a
    join public.cchc_sets s on s.id = a.set_id
    join public.cchc_assessments p on p.unit_id = a.unit_id and p.set_id = coalesce(s.previous_set_id,
      (select y.id from public.cchc_sets y where y.target = s.target and y.year = s.year - 1))
  ),
  prev_rows as (select r.code, r.final_score from prev cross join lateral public.cchc_scoresheet(prev.id) r),
  cur as (select r.* from a cross join lateral public.cchc_scoresheet(a.id) r where r.kind is not null and r.kind not in ('bonus', 'penalty'))
  select c.responsible_unit_id, u.name, c.code, c.title, c.max_points, c.final_score,
         c.max_points - coalesce(c.final_score, 0), pr.final_score,
         case when pr.final_score is not null then greatest(pr.final_score - coalesce(c.final_score, 0), 0) end
  from cur c
  left join public.units u on u.id = c.responsible_unit_id
  left join prev_rows pr on pr.code = c.code
  where c.max_points - coalesce(c.final_score, 0) > 0 or coalesce(pr.final_score, 0) > coalesce(c.final_score, 0)
  union all
  select cs.responsible_unit_id, u.name, upper(cs.component::text), upper(cs.component::text), cs.max_score, cs.score,
         cs.max_score - cs.score, pcs.score, case when pcs.score is not null then greatest(pcs.score - cs.score, 0) end
  from a
  join public.cchc_component_scores cs on cs.assessment_id = a.id
  left join public.units u on u.id = cs.responsible_unit_id
  left join prev on true
  left join public.cchc_component_scores pcs on pcs.assessment_id = prev.id and pcs.component = cs.component
  order by 1 nulls last, 3;
$$;

-- ---------------------------------------------------------------- grants
-- Invoker helpers run inside the API roles' own statements (policies,
-- triggers, the functions above): they may be executed by signed-in users.
-- They read only what the caller may read and write nothing.
do $$
declare
  f text;
begin
  foreach f in array array[
    'private.cchc_bands_valid(jsonb, text)',
    'private.cchc_today()',
    'private.cchc_band_points(jsonb, jsonb, numeric, numeric)',
    'private.cchc_check_score(public.cchc_items, numeric)',
    'private.cchc_check_self_write(public.cchc_assessments, public.cchc_sets)',
    'private.cchc_check_evidence_write(uuid)',
    'private.cchc_points(public.cchc_item_kind, jsonb, jsonb, numeric, numeric, numeric)',
    'private.cchc_computed_for(uuid, uuid)',
    'private.cchc_computed(uuid)',
    'private.cchc_leaf_values(uuid, uuid)',
    'private.cchc_band(numeric, public.cchc_sets)'
  ] loop
    execute format('revoke all on function %s from public', f);
    execute format('grant execute on function %s to authenticated, service_role', f);
  end loop;
  foreach f in array array[
    'public.cchc_scoresheet(uuid)',
    'public.cchc_area_totals(uuid)',
    'public.cchc_ranking(uuid)',
    'public.cchc_area_summary(uuid)',
    'public.cchc_computed_tasks(uuid, uuid, integer, integer)',
    'public.cchc_points_at_risk(uuid)',
    'public.cchc_points_at_risk_overview(uuid)',
    'public.cchc_lost_points(uuid)'
  ] loop
    execute format('revoke execute on function %s from public, anon', f);
    execute format('grant execute on function %s to authenticated', f);
  end loop;
end
$$;
