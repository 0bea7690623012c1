-- The score sheet adds up each group (area, criterion) from its leaves in
-- one pass: every leaf is counted under its area and, for a sub-criterion,
-- its criterion, instead of every group row scanning every leaf by code
-- prefix; and the computed scores (the plan's history as of the cut-off)
-- are worked out once per sheet instead of twice.  Same rows and values; a set of 300 sub-criteria and 150 units
-- published (one sheet per unit frozen in one statement) took 20 s on
-- PostgreSQL 15 before, more than hosted Supabase's statement timeout for
-- signed-in users (8 s).

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
    -- the leaves' values as private.cchc_leaf_values gives them, from the
    -- computed scores above (the plan's history is read once, not twice)
    leaf as materialized (
      select li.id as item_id, li.code,
        case when li.kind = 'penalty' then -1 else 1 end
          * case when li.source is not null then lc.score when li.kind = 'survey' then null else ls.self_score end as self_value,
        case when li.kind = 'penalty' then -1 else 1 end
          * coalesce(ls.appraised_score, case when li.source is not null then lc.score end) as final_value
      from public.cchc_items li
      left join public.cchc_scores ls on ls.assessment_id = a.id and ls.item_id = li.id
      left join comp lc on lc.item_id = li.id
      where li.set_id = a.set_id and li.kind is not null),
    -- each leaf counts towards its area and, for a sub-criterion, its criterion
    sums as materialized (
      select p.code, sum(l.self_value) as self_sum, sum(l.final_value) as final_sum
      from leaf l
      cross join lateral (
        select split_part(l.code, '.', 1) as code
        union all
        select split_part(l.code, '.', 1) || '.' || split_part(l.code, '.', 2) where l.code ~ '^[0-9]+\.[0-9]+\.'
      ) p
      group by p.code)
    select i.id, i.parent_id, i.code, i.depth, i.title, i.kind, i.source, i.max_points, i.allowed_values,
           i.expected_evidence, i.responsible_unit_id, sc.id, sc.version, c.measure, c.figures,
           sc.self_measure,
           case when i.kind is null then g.self_sum else abs(lv.self_value) end,
           sc.self_note, sc.appraised_score, sc.appraisal_note,
           case when i.kind is null then g.final_sum else abs(lv.final_value) end,
           (select count(*)::int from public.cchc_evidence e where e.score_id = sc.id),
           (select count(*)::int from public.cchc_explanations e where e.score_id = sc.id and e.answer is null)
    from public.cchc_items i
    left join public.cchc_scores sc on sc.assessment_id = a.id and sc.item_id = i.id
    left join comp c on c.item_id = i.id
    left join leaf lv on lv.item_id = i.id
    left join sums g on g.code = i.code and i.kind is null
    where i.set_id = a.set_id
    order by i.sort_key;
end;
$$;
