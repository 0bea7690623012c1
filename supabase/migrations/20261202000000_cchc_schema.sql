-- CCHC index scoring (chấm điểm chỉ số cải cách hành chính): index sets,
-- their tree of areas, criteria and sub-criteria, one assessment per set and
-- unit, self-scores with evidence, appraisal by Home Affairs, explanation
-- requests, an append-only history and component scores of the province.
--
-- A set is versioned by year and by who is assessed: `departments` (sở, ban,
-- ngành), `communes` (UBND cấp xã) or `province` (the province's own
-- self-assessment against the Ministry's PAR Index).  Its life:
--   draft (Home Affairs builds the tree) -> open (one assessment per unit,
--   structure frozen) -> published (results frozen in snapshots, read-only).
-- An assessment's life:
--   draft (the unit self-assesses inside its window) -> submitted ->
--   appraising (Home Affairs) -> explanation_requested -> reappraised ->
--   published.
--
-- Refusals use private.raise_rule with keys cchc_*; every key has vi + en
-- text in app/i18n.  Rules that look at dates use the Vietnam calendar day
-- (private.local_date(now())).

create type public.cchc_target as enum ('departments', 'communes', 'province');
create type public.cchc_set_status as enum ('draft', 'open', 'published');
create type public.cchc_item_kind as enum ('manual', 'choice', 'yes_no', 'rate_bands', 'survey', 'bonus', 'penalty');
create type public.cchc_source as enum ('plan_done_share', 'plan_on_time_share', 'plan_overdue_count', 'indicator_rate');
create type public.cchc_assessment_status as enum (
  'draft', 'submitted', 'appraising', 'explanation_requested', 'reappraised', 'published');
create type public.cchc_evidence_kind as enum ('document', 'link', 'task_evidence');
create type public.cchc_component as enum ('sipas', 'papi', 'pci');

-- ---------------------------------------------------------------- shape checks
-- Bands over a rate: [{"min": 100, "points": 2}, {"min": 80, "points": 1}, {"min": 0, "points": 0}]
-- (points given for a rate >= min; the highest band reached counts).  A set's
-- default bands give a share of the criterion's maximum instead of points:
-- [{"min": 100, "share": 1}, {"min": 80, "share": 0.5}, {"min": 0, "share": 0}].
create or replace function private.cchc_bands_valid(v jsonb, field text)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select v is null or (
    jsonb_typeof(v) = 'array' and jsonb_array_length(v) between 1 and 10
    and not exists (
      select 1 from jsonb_array_elements(v) e
      where jsonb_typeof(e) <> 'object'
         or jsonb_typeof(e -> 'min') <> 'number' or jsonb_typeof(e -> field) <> 'number'
         or (e ->> 'min')::numeric not between 0 and 100000
         or (e ->> field)::numeric < 0
         or (field = 'share' and (e ->> field)::numeric > 1))
    and (select count(distinct (e ->> 'min')::numeric) from jsonb_array_elements(v) e) = jsonb_array_length(v));
$$;

-- ---------------------------------------------------------------- sets
create table public.cchc_sets (
  id uuid primary key default gen_random_uuid(),
  year smallint not null,
  target public.cchc_target not null,
  name text not null,
  decision_doc text,
  status public.cchc_set_status not null default 'draft',
  -- the year's plan that plan-driven criteria are computed from
  plan_id uuid references public.plans (id) on delete restrict,
  -- figures of plan-driven criteria are taken as of this day
  cut_off date not null,
  -- the self-assessment window given to every new assessment (inclusive days)
  self_from date not null,
  self_to date not null,
  rate_bands jsonb not null default '[{"min": 100, "share": 1}, {"min": 80, "share": 0.5}, {"min": 0, "share": 0}]'::jsonb,
  -- ranking bands on the final total: Tốt >= good_min, Khá >= fair_min, Trung bình >= average_min, else Yếu
  good_min numeric(6, 2) not null default 80,
  fair_min numeric(6, 2) not null default 70,
  average_min numeric(6, 2) not null default 50,
  previous_set_id uuid references public.cchc_sets (id) on delete set null,
  results jsonb,
  published_at timestamptz,
  published_by uuid references public.profiles (id) on delete restrict,
  created_by uuid references public.profiles (id) on delete restrict default auth.uid(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint cchc_sets_year_target_key unique (year, target),
  constraint cchc_sets_year_range check (year between 2000 and 2100),
  constraint cchc_sets_name_length check (char_length(btrim(name)) between 5 and 300),
  constraint cchc_sets_decision_doc_format check (decision_doc is null or (decision_doc ~ '^[0-9]+/[[:alnum:]Đđ/-]+$' and char_length(decision_doc) <= 60)),
  constraint cchc_sets_dates_range check (
    cut_off between date '2000-01-01' and date '2100-12-31'
    and self_from between date '2000-01-01' and date '2100-12-31'
    and self_to between date '2000-01-01' and date '2100-12-31'),
  constraint cchc_sets_window_order check (self_to >= self_from),
  constraint cchc_sets_rate_bands_shape check (private.cchc_bands_valid(rate_bands, 'share')),
  constraint cchc_sets_band_order check (good_min > fair_min and fair_min > average_min and average_min > 0),
  constraint cchc_sets_results_when_published check ((status = 'published') = (results is not null))
);
create index cchc_sets_plan_id_idx on public.cchc_sets (plan_id);
create index cchc_sets_previous_set_id_idx on public.cchc_sets (previous_set_id);
create index cchc_sets_published_by_idx on public.cchc_sets (published_by);
create index cchc_sets_created_by_idx on public.cchc_sets (created_by);

-- ---------------------------------------------------------------- items: areas -> criteria -> sub-criteria
-- code '1' is an area, '1.2' a criterion, '1.2.3' a sub-criterion.  A row
-- with a scoring kind is a leaf (scored); a row without one groups its
-- children.  Leaves may be criteria (no sub-criteria) or sub-criteria.
create table public.cchc_items (
  id uuid primary key default gen_random_uuid(),
  set_id uuid not null references public.cchc_sets (id) on delete cascade,
  parent_id uuid references public.cchc_items (id) on delete cascade,
  code text not null,
  title text not null,
  max_points numeric(6, 2) not null,
  kind public.cchc_item_kind,
  allowed_values numeric(6, 2)[],
  source public.cchc_source,
  indicator_id uuid references public.indicators (id) on delete restrict,
  bands jsonb,
  points_per numeric(6, 2),
  expected_evidence text,
  responsible_unit_id uuid references public.units (id) on delete restrict,
  sort_key integer[] generated always as (string_to_array(code, '.')::integer[]) stored,
  depth smallint generated always as (array_length(string_to_array(code, '.'), 1)) stored,
  constraint cchc_items_set_code_key unique (set_id, code),
  constraint cchc_items_code_format check (code ~ '^[0-9]{1,2}(\.[0-9]{1,2}){0,2}$'),
  constraint cchc_items_title_length check (char_length(btrim(title)) between 3 and 2000),
  constraint cchc_items_max_range check (max_points >= 0 and max_points <= 1000),
  constraint cchc_items_expected_evidence_length check (expected_evidence is null or char_length(expected_evidence) <= 2000),
  constraint cchc_items_choice_values check (
    (kind = 'choice') = (allowed_values is not null)
    and (allowed_values is null or (cardinality(allowed_values) between 2 and 20 and 0 <= all (allowed_values) and max_points >= all (allowed_values)))),
  constraint cchc_items_source_kind check (
    source is null or (kind is not null and case source
      when 'plan_overdue_count' then kind = 'penalty' and points_per is not null
      else kind = 'rate_bands' end)),
  constraint cchc_items_indicator_source check ((source = 'indicator_rate') = (indicator_id is not null)),
  constraint cchc_items_bands_shape check (private.cchc_bands_valid(bands, 'points') and (bands is null or kind = 'rate_bands')),
  constraint cchc_items_points_per_range check (points_per is null or (points_per > 0 and points_per <= max_points))
);
create index cchc_items_parent_id_idx on public.cchc_items (parent_id);
create index cchc_items_indicator_id_idx on public.cchc_items (indicator_id);
create index cchc_items_responsible_unit_id_idx on public.cchc_items (responsible_unit_id);

-- ---------------------------------------------------------------- assessments
create table public.cchc_assessments (
  id uuid primary key default gen_random_uuid(),
  set_id uuid not null references public.cchc_sets (id) on delete restrict,
  unit_id uuid not null references public.units (id) on delete restrict,
  status public.cchc_assessment_status not null default 'draft',
  self_from date not null,
  self_to date not null,
  submitted_at timestamptz,
  submitted_by uuid references public.profiles (id) on delete restrict,
  published_at timestamptz,
  snapshot jsonb,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint cchc_assessments_set_unit_key unique (set_id, unit_id),
  constraint cchc_assessments_window_order check (self_to >= self_from),
  constraint cchc_assessments_window_range check (
    self_from between date '2000-01-01' and date '2100-12-31' and self_to between date '2000-01-01' and date '2100-12-31'),
  constraint cchc_assessments_snapshot_when_published check ((status = 'published') = (snapshot is not null))
);
create index cchc_assessments_unit_id_idx on public.cchc_assessments (unit_id);
create index cchc_assessments_submitted_by_idx on public.cchc_assessments (submitted_by);

-- ---------------------------------------------------------------- scores (one per assessment and leaf)
create table public.cchc_scores (
  id uuid primary key default gen_random_uuid(),
  assessment_id uuid not null references public.cchc_assessments (id) on delete cascade,
  item_id uuid not null references public.cchc_items (id) on delete restrict,
  self_score numeric(6, 2),
  -- the rate a unit reports for a rate criterion it scores itself (the score follows the bands)
  self_measure numeric(9, 2),
  -- the unit's explanation: why there is no evidence, or about a computed score
  self_note text,
  appraised_score numeric(6, 2),
  appraisal_note text,
  appraised_by uuid references public.profiles (id) on delete restrict,
  appraised_at timestamptz,
  appraisal_round smallint,
  version integer not null default 1,
  updated_by uuid references public.profiles (id) on delete restrict,
  updated_at timestamptz not null default now(),
  constraint cchc_scores_assessment_item_key unique (assessment_id, item_id),
  constraint cchc_scores_note_length check (
    coalesce(char_length(self_note), 0) <= 4000 and coalesce(char_length(appraisal_note), 0) <= 4000),
  constraint cchc_scores_measure_range check (self_measure is null or self_measure between 0 and 100),
  constraint cchc_scores_round_range check (appraisal_round is null or appraisal_round between 1 and 2)
);
create index cchc_scores_item_id_idx on public.cchc_scores (item_id);
create index cchc_scores_appraised_by_idx on public.cchc_scores (appraised_by);
create index cchc_scores_updated_by_idx on public.cchc_scores (updated_by);

-- ---------------------------------------------------------------- evidence of a score
-- An issued document, a link, or a document already attached to one of the
-- unit's tasks (task_evidence: referenced, never uploaded twice).
create table public.cchc_evidence (
  id uuid primary key default gen_random_uuid(),
  score_id uuid not null references public.cchc_scores (id) on delete cascade,
  assessment_id uuid not null references public.cchc_assessments (id) on delete cascade,
  kind public.cchc_evidence_kind not null,
  doc_number text,
  doc_date date,
  issuer text,
  summary text,
  url text,
  task_evidence_id uuid references public.evidence (id) on delete restrict,
  created_by uuid references public.profiles (id) on delete restrict default auth.uid(),
  created_at timestamptz not null default now(),
  constraint cchc_evidence_document_fields check (
    kind <> 'document' or (
      doc_number ~ '^[0-9]+/[[:alnum:]Đđ/-]+$' and char_length(doc_number) <= 60
      and doc_date between date '2000-01-01' and date '2100-12-31'
      and nullif(btrim(issuer), '') is not null and char_length(issuer) <= 200)),
  constraint cchc_evidence_link_fields check (
    (kind = 'link') = (url is not null)
    and (url is null or (url ~* '^https?://[^[:space:]]+$' and char_length(url) <= 2000))),
  constraint cchc_evidence_task_fields check ((kind = 'task_evidence') = (task_evidence_id is not null)),
  constraint cchc_evidence_summary_length check (summary is null or char_length(summary) <= 2000)
);
create index cchc_evidence_score_id_idx on public.cchc_evidence (score_id);
create index cchc_evidence_assessment_id_idx on public.cchc_evidence (assessment_id);
create index cchc_evidence_task_evidence_id_idx on public.cchc_evidence (task_evidence_id);
create index cchc_evidence_created_by_idx on public.cchc_evidence (created_by);

-- ---------------------------------------------------------------- explanation requests
create table public.cchc_explanations (
  id uuid primary key default gen_random_uuid(),
  score_id uuid not null references public.cchc_scores (id) on delete cascade,
  assessment_id uuid not null references public.cchc_assessments (id) on delete cascade,
  question text not null,
  answer_by date not null,
  requested_by uuid references public.profiles (id) on delete restrict default auth.uid(),
  requested_at timestamptz not null default now(),
  answer text,
  answered_by uuid references public.profiles (id) on delete restrict,
  answered_at timestamptz,
  constraint cchc_explanations_question_length check (char_length(btrim(question)) between 5 and 4000),
  constraint cchc_explanations_answer_length check (answer is null or char_length(btrim(answer)) between 5 and 8000),
  constraint cchc_explanations_answer_by_range check (answer_by between date '2000-01-01' and date '2100-12-31')
);
create index cchc_explanations_score_id_idx on public.cchc_explanations (score_id);
create index cchc_explanations_assessment_id_idx on public.cchc_explanations (assessment_id);
create index cchc_explanations_requested_by_idx on public.cchc_explanations (requested_by);
create index cchc_explanations_answered_by_idx on public.cchc_explanations (answered_by);

-- ---------------------------------------------------------------- component scores (province index)
create table public.cchc_component_scores (
  id uuid primary key default gen_random_uuid(),
  assessment_id uuid not null references public.cchc_assessments (id) on delete cascade,
  component public.cchc_component not null,
  score numeric(7, 2) not null,
  max_score numeric(7, 2) not null,
  national_rank smallint,
  responsible_unit_id uuid references public.units (id) on delete restrict,
  note text,
  updated_at timestamptz not null default now(),
  constraint cchc_component_scores_key unique (assessment_id, component),
  constraint cchc_component_scores_range check (max_score > 0 and score >= 0 and score <= max_score),
  constraint cchc_component_scores_rank_range check (national_rank is null or national_rank between 1 and 100),
  constraint cchc_component_scores_note_length check (note is null or char_length(note) <= 2000)
);
create index cchc_component_scores_responsible_unit_id_idx on public.cchc_component_scores (responsible_unit_id);

-- ---------------------------------------------------------------- history (append-only)
create table public.cchc_events (
  id bigint generated always as identity primary key,
  assessment_id uuid not null references public.cchc_assessments (id) on delete restrict,
  item_id uuid references public.cchc_items (id) on delete restrict,
  occurred_at timestamptz not null default now(),
  actor_id uuid references public.profiles (id) on delete restrict,
  actor_role public.app_role,
  action text not null,
  changes jsonb not null default '{}'::jsonb,
  constraint cchc_events_action check (action in (
    'status_changed', 'self_scored', 'appraised', 'evidence_added', 'evidence_removed',
    'explanation_requested', 'explanation_answered', 'component_scored', 'window_changed'))
);
create index cchc_events_assessment_id_idx on public.cchc_events (assessment_id, occurred_at);
create index cchc_events_item_id_idx on public.cchc_events (item_id);
create index cchc_events_actor_id_idx on public.cchc_events (actor_id);

create trigger cchc_sets_touch before update on public.cchc_sets
  for each row execute function private.touch_updated_at();
create trigger cchc_assessments_touch before update on public.cchc_assessments
  for each row execute function private.touch_updated_at();
create trigger cchc_scores_touch before update on public.cchc_scores
  for each row execute function private.touch_updated_at();
create trigger cchc_component_scores_touch before update on public.cchc_component_scores
  for each row execute function private.touch_updated_at();

-- ================================================================ row-level security
alter table public.cchc_sets enable row level security;
alter table public.cchc_items enable row level security;
alter table public.cchc_assessments enable row level security;
alter table public.cchc_scores enable row level security;
alter table public.cchc_evidence enable row level security;
alter table public.cchc_explanations enable row level security;
alter table public.cchc_component_scores enable row level security;
alter table public.cchc_events enable row level security;

-- Sets: the committee and Home Affairs read every set, other members the sets
-- that are no longer drafts.  Items follow their set.
create policy "members read sets, drafts for committee and interior" on public.cchc_sets
  for select to authenticated
  using ((select private.current_app_role()) in ('committee', 'interior')
         or (status <> 'draft' and (select private.has_role())));
create policy "interior creates sets" on public.cchc_sets
  for insert to authenticated with check ((select private.current_app_role()) = 'interior');
create policy "interior edits draft sets" on public.cchc_sets
  for update to authenticated
  using ((select private.current_app_role()) = 'interior')
  with check ((select private.current_app_role()) = 'interior');
create policy "interior deletes draft sets" on public.cchc_sets
  for delete to authenticated using ((select private.current_app_role()) = 'interior' and status = 'draft');

create policy "members read items of visible sets" on public.cchc_items
  for select to authenticated using (exists (select 1 from public.cchc_sets s where s.id = set_id));
create policy "interior adds items" on public.cchc_items
  for insert to authenticated with check ((select private.current_app_role()) = 'interior');
create policy "interior edits items" on public.cchc_items
  for update to authenticated
  using ((select private.current_app_role()) = 'interior')
  with check ((select private.current_app_role()) = 'interior');
create policy "interior removes items" on public.cchc_items
  for delete to authenticated using ((select private.current_app_role()) = 'interior');

-- Assessments: the committee and Home Affairs read all; a head of unit reads
-- its own unit's; everyone with a role reads published results.
create policy "committee, interior, own unit, or published" on public.cchc_assessments
  for select to authenticated
  using ((select private.current_app_role()) in ('committee', 'interior')
         or ((select private.current_app_role()) = 'dept_head' and unit_id = (select private.current_unit_id()))
         or (status = 'published' and (select private.has_role())));
create policy "interior changes windows" on public.cchc_assessments
  for update to authenticated
  using ((select private.current_app_role()) = 'interior')
  with check ((select private.current_app_role()) = 'interior');

-- Everything under an assessment is read exactly when the assessment is.
create policy "read with the assessment" on public.cchc_scores
  for select to authenticated using (exists (select 1 from public.cchc_assessments a where a.id = assessment_id));
create policy "own unit self-scores, interior appraises" on public.cchc_scores
  for update to authenticated
  using ((select private.current_app_role()) = 'interior'
         or ((select private.current_app_role()) = 'dept_head' and exists (
               select 1 from public.cchc_assessments a where a.id = assessment_id and a.unit_id = (select private.current_unit_id()))))
  with check ((select private.current_app_role()) = 'interior'
         or ((select private.current_app_role()) = 'dept_head' and exists (
               select 1 from public.cchc_assessments a where a.id = assessment_id and a.unit_id = (select private.current_unit_id()))));

create policy "read with the assessment" on public.cchc_evidence
  for select to authenticated using (exists (select 1 from public.cchc_assessments a where a.id = assessment_id));
create policy "own unit or interior adds evidence" on public.cchc_evidence
  for insert to authenticated
  with check ((select private.current_app_role()) = 'interior'
         or ((select private.current_app_role()) = 'dept_head' and exists (
               select 1 from public.cchc_scores sc join public.cchc_assessments a on a.id = sc.assessment_id
               where sc.id = score_id and a.unit_id = (select private.current_unit_id()))));
create policy "own unit or interior removes evidence" on public.cchc_evidence
  for delete to authenticated
  using ((select private.current_app_role()) = 'interior'
         or ((select private.current_app_role()) = 'dept_head' and exists (
               select 1 from public.cchc_assessments a where a.id = assessment_id and a.unit_id = (select private.current_unit_id()))));

create policy "read with the assessment" on public.cchc_explanations
  for select to authenticated using (exists (select 1 from public.cchc_assessments a where a.id = assessment_id));
create policy "interior requests explanations" on public.cchc_explanations
  for insert to authenticated with check ((select private.current_app_role()) = 'interior');
create policy "own unit answers" on public.cchc_explanations
  for update to authenticated
  using ((select private.current_app_role()) = 'dept_head' and exists (
           select 1 from public.cchc_assessments a where a.id = assessment_id and a.unit_id = (select private.current_unit_id())))
  with check ((select private.current_app_role()) = 'dept_head' and exists (
           select 1 from public.cchc_assessments a where a.id = assessment_id and a.unit_id = (select private.current_unit_id())));

create policy "read with the assessment" on public.cchc_component_scores
  for select to authenticated using (exists (select 1 from public.cchc_assessments a where a.id = assessment_id));
create policy "interior records component scores" on public.cchc_component_scores
  for insert to authenticated with check ((select private.current_app_role()) = 'interior');
create policy "interior edits component scores" on public.cchc_component_scores
  for update to authenticated
  using ((select private.current_app_role()) = 'interior')
  with check ((select private.current_app_role()) = 'interior');
create policy "interior removes component scores" on public.cchc_component_scores
  for delete to authenticated using ((select private.current_app_role()) = 'interior');

create policy "read with the assessment" on public.cchc_events
  for select to authenticated using (exists (select 1 from public.cchc_assessments a where a.id = assessment_id));
-- No write policy: only the triggers below write history.

-- ================================================================ helpers
create or replace function private.cchc_today()
returns date
language sql
stable
set search_path = ''
as $$
  select private.local_date(now());
$$;

-- Points given by bands for a rate: the band with the highest `min` reached.
create or replace function private.cchc_band_points(item_bands jsonb, set_bands jsonb, max_points numeric, rate numeric)
returns numeric
language sql
immutable
set search_path = ''
as $$
  select case
    when rate is null then null
    when item_bands is not null then coalesce((
      select (e ->> 'points')::numeric from jsonb_array_elements(item_bands) e
      where (e ->> 'min')::numeric <= rate order by (e ->> 'min')::numeric desc limit 1), 0)
    else coalesce(round((
      select (e ->> 'share')::numeric from jsonb_array_elements(set_bands) e
      where (e ->> 'min')::numeric <= rate order by (e ->> 'min')::numeric desc limit 1) * max_points, 2), 0)
  end;
$$;

-- Refuses a score that the item's scoring kind does not allow.
create or replace function private.cchc_check_score(i public.cchc_items, score numeric)
returns void
language plpgsql
stable
set search_path = ''
as $$
begin
  if score is null then
    return;
  end if;
  if score < 0 then
    perform private.raise_rule('RT422', 'cchc_score_negative', format('Điểm của tiêu chí %s không được âm.', i.code),
      jsonb_build_object('code', i.code));
  end if;
  if score > i.max_points then
    perform private.raise_rule('RT422', 'cchc_score_above_max',
      format('Điểm của tiêu chí %s vượt điểm tối đa %s.', i.code, trim_scale(i.max_points)),
      jsonb_build_object('code', i.code, 'max', trim_scale(i.max_points)));
  end if;
  if (i.kind = 'choice' and not (score = any (i.allowed_values)))
     or (i.kind = 'yes_no' and score not in (0, i.max_points)) then
    perform private.raise_rule('RT422', 'cchc_score_not_allowed',
      format('Điểm %s không thuộc các mức cho phép của tiêu chí %s (%s).', trim_scale(score), i.code,
             case when i.kind = 'yes_no' then '0; ' || trim_scale(i.max_points)
                  else (select string_agg(trim_scale(v)::text, '; ' order by v) from unnest(i.allowed_values) v) end),
      jsonb_build_object('code', i.code, 'score', trim_scale(score),
        'allowed', case when i.kind = 'yes_no' then '0; ' || trim_scale(i.max_points)
                        else (select string_agg(trim_scale(v)::text, '; ' order by v) from unnest(i.allowed_values) v) end));
  end if;
end;
$$;

-- Appends a history row (security definer: the only writer of cchc_events;
-- called by the triggers below, never granted to API roles).  Demo data may
-- give the time it happened (app.cchc_at), only when not called from the API.
create or replace function private.cchc_record(p_assessment uuid, p_item uuid, p_action text, p_changes jsonb)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  at timestamptz := now();
begin
  if not private.is_api_user() and nullif(current_setting('app.cchc_at', true), '') is not null then
    at := current_setting('app.cchc_at', true)::timestamptz;
  end if;
  insert into public.cchc_events (assessment_id, item_id, occurred_at, actor_id, actor_role, action, changes)
  values (p_assessment, p_item, at, auth.uid(), private.current_app_role(), p_action, p_changes);
end;
$$;
revoke all on function private.cchc_record(uuid, uuid, text, jsonb) from public;

-- ================================================================ guards
-- Sets: only drafts change, except through the workflow functions (which run
-- as the owner).  Once open, a set is read-only to the API.
create or replace function private.guard_cchc_set()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.is_api_user() then
    return coalesce(new, old);
  end if;
  if tg_op = 'INSERT' then
    if new.status <> 'draft' or new.results is not null or new.published_at is not null then
      perform private.raise_rule('RT422', 'cchc_set_new_draft', 'Bộ chỉ số mới phải ở trạng thái dự thảo.');
    end if;
    new.created_by := auth.uid();
    new.created_at := now();
    return new;
  end if;
  if tg_op = 'DELETE' then
    if old.status <> 'draft' then
      perform private.raise_rule('RT423', 'cchc_set_locked', 'Bộ chỉ số đã áp dụng, không thể sửa hoặc xóa.');
    end if;
    return old;
  end if;
  if old.status <> 'draft' then
    perform private.raise_rule('RT423', 'cchc_set_locked', 'Bộ chỉ số đã áp dụng, không thể sửa hoặc xóa.');
  end if;
  if new.status <> old.status or new.results is distinct from old.results or new.published_at is distinct from old.published_at
     or new.published_by is distinct from old.published_by or new.created_by is distinct from old.created_by
     or new.created_at <> old.created_at then
    perform private.raise_rule('RT403', 'cchc_set_system_columns', 'Trạng thái, kết quả và người tạo của bộ chỉ số do hệ thống ghi.');
  end if;
  return new;
end;
$$;
create trigger cchc_sets_guard before insert or update or delete on public.cchc_sets
  for each row execute function private.guard_cchc_set();

-- Items: only in a draft set; parent must be the item one level up in the
-- same set; a leaf has no children.
create or replace function private.guard_cchc_item()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  set_state public.cchc_set_status;
  parent public.cchc_items;
begin
  select s.status into set_state from public.cchc_sets s where s.id = coalesce(new.set_id, old.set_id);
  if private.is_api_user() and set_state is distinct from 'draft' then
    perform private.raise_rule('RT423', 'cchc_set_locked', 'Bộ chỉ số đã áp dụng, không thể sửa hoặc xóa.');
  end if;
  if tg_op = 'DELETE' then
    return old;
  end if;
  if tg_op = 'UPDATE' and new.set_id <> old.set_id then
    perform private.raise_rule('RT403', 'cchc_item_set_fixed', 'Không được chuyển tiêu chí sang bộ chỉ số khác.');
  end if;
  -- the parent is the item whose code is this code without its last part
  -- (generated columns such as depth are not computed yet in a BEFORE trigger)
  if new.code !~ '\.' then
    new.parent_id := null;
  else
    select * into parent from public.cchc_items p
    where p.set_id = new.set_id and p.code = regexp_replace(new.code, '\.[0-9]+$', '');
    if parent.id is null then
      perform private.raise_rule('RT422', 'cchc_item_parent_missing',
        format('Chưa có mục cấp trên của tiêu chí %s.', new.code), jsonb_build_object('code', new.code));
    end if;
    if parent.kind is not null then
      perform private.raise_rule('RT422', 'cchc_item_parent_scored',
        format('Tiêu chí %s được chấm điểm trực tiếp nên không có tiêu chí thành phần.', parent.code),
        jsonb_build_object('code', parent.code));
    end if;
    new.parent_id := parent.id;
  end if;
  if new.code !~ '\.' and new.kind is not null then
    perform private.raise_rule('RT422', 'cchc_item_area_scored', format('Lĩnh vực %s chỉ nhóm các tiêu chí, không chấm điểm trực tiếp.', new.code),
      jsonb_build_object('code', new.code));
  end if;
  if new.kind is not null and exists (select 1 from public.cchc_items c where c.parent_id = new.id) then
    perform private.raise_rule('RT422', 'cchc_item_parent_scored',
      format('Tiêu chí %s được chấm điểm trực tiếp nên không có tiêu chí thành phần.', new.code), jsonb_build_object('code', new.code));
  end if;
  return new;
end;
$$;
create trigger cchc_items_guard before insert or update or delete on public.cchc_items
  for each row execute function private.guard_cchc_item();

-- Assessments: rows are made and moved by the workflow functions; through
-- the API Home Affairs may only change the self-assessment window, before
-- publication.
create or replace function private.guard_cchc_assessment()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.is_api_user() then
    return new;
  end if;
  if old.status = 'published' then
    perform private.raise_rule('RT423', 'cchc_published', 'Kết quả đã công bố, không thể sửa.');
  end if;
  if (to_jsonb(new) - array['self_from', 'self_to', 'version', 'updated_at'])
     is distinct from (to_jsonb(old) - array['self_from', 'self_to', 'version', 'updated_at']) then
    perform private.raise_rule('RT403', 'cchc_assessment_columns', 'Chỉ được đổi thời hạn tự đánh giá; trạng thái đổi qua các bước của quy trình.');
  end if;
  if new.version is distinct from old.version + 1 then
    perform private.raise_rule('RT409', 'cchc_stale', 'Dữ liệu đã được người khác cập nhật. Vui lòng tải lại trước khi sửa.');
  end if;
  return new;
end;
$$;
create trigger cchc_assessments_guard before update on public.cchc_assessments
  for each row execute function private.guard_cchc_assessment();

create or replace function private.cchc_refuse_delete()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if private.is_api_user() then
    perform private.raise_rule('RT403', 'cchc_no_delete', 'Kết quả chấm điểm không được xóa.');
  end if;
  return old;
end;
$$;
create trigger cchc_assessments_no_delete before delete on public.cchc_assessments
  for each row execute function private.cchc_refuse_delete();

-- The self-assessment of an assessment may be written now by the caller:
-- the unit's head (or Home Affairs for the province's own index), while the
-- assessment is a draft and today is inside its window.
create or replace function private.cchc_check_self_write(a public.cchc_assessments, s public.cchc_sets)
returns void
language plpgsql
stable
set search_path = ''
as $$
declare
  actor public.app_role := private.current_app_role();
  today date := private.cchc_today();
begin
  if a.status = 'published' then
    perform private.raise_rule('RT423', 'cchc_published', 'Kết quả đã công bố, không thể sửa.');
  end if;
  if actor is null or actor not in ('dept_head', 'interior') or (s.target = 'province') <> (actor = 'interior') then
    perform private.raise_rule('RT403', 'cchc_self_own_unit',
      'Chỉ thủ trưởng đơn vị được tự chấm điểm của đơn vị mình (bộ chỉ số của tỉnh do Sở Nội vụ tự đánh giá).');
  end if;
  if a.status <> 'draft' then
    perform private.raise_rule('RT423', 'cchc_self_submitted', 'Đã gửi kết quả tự đánh giá, không thể sửa.');
  end if;
  if today < a.self_from then
    perform private.raise_rule('RT423', 'cchc_window_not_open',
      format('Chưa đến thời gian tự đánh giá (từ %s).', private.vi_date(a.self_from)),
      jsonb_build_object('date', private.vi_date(a.self_from)));
  end if;
  if today > a.self_to then
    perform private.raise_rule('RT423', 'cchc_window_closed',
      format('Đã hết thời hạn tự đánh giá (%s).', private.vi_date(a.self_to)),
      jsonb_build_object('date', private.vi_date(a.self_to)));
  end if;
end;
$$;

-- Scores: an allow-list of columns per side; every score checked against the
-- item's kind; a computed score is never typed; appraisal is Home Affairs'.
create or replace function private.guard_cchc_score()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  a public.cchc_assessments;
  s public.cchc_sets;
  i public.cchc_items;
  actor public.app_role := private.current_app_role();
  self_changed boolean;
  appraisal_changed boolean;
  reference numeric;
begin
  if not private.is_api_user() then
    return new;
  end if;
  select * into a from public.cchc_assessments where id = old.assessment_id;
  select * into s from public.cchc_sets where id = a.set_id;
  select * into i from public.cchc_items where id = old.item_id;
  if a.status = 'published' then
    perform private.raise_rule('RT423', 'cchc_published', 'Kết quả đã công bố, không thể sửa.');
  end if;
  if (to_jsonb(new) - array['self_score', 'self_measure', 'self_note', 'appraised_score', 'appraisal_note', 'version', 'updated_at'])
     is distinct from (to_jsonb(old) - array['self_score', 'self_measure', 'self_note', 'appraised_score', 'appraisal_note', 'version', 'updated_at']) then
    perform private.raise_rule('RT403', 'cchc_score_columns', 'Chỉ được sửa điểm, số liệu và giải trình; các cột khác do hệ thống ghi.');
  end if;
  if new.version is distinct from old.version + 1 then
    perform private.raise_rule('RT409', 'cchc_stale', 'Dữ liệu đã được người khác cập nhật. Vui lòng tải lại trước khi sửa.');
  end if;
  new.self_note := nullif(btrim(new.self_note), '');
  new.appraisal_note := nullif(btrim(new.appraisal_note), '');
  self_changed := new.self_score is distinct from old.self_score or new.self_measure is distinct from old.self_measure
                  or new.self_note is distinct from old.self_note;
  appraisal_changed := new.appraised_score is distinct from old.appraised_score or new.appraisal_note is distinct from old.appraisal_note;

  if self_changed then
    perform private.cchc_check_self_write(a, s);
    if i.kind = 'survey' and (new.self_score is not null or new.self_measure is not null) then
      perform private.raise_rule('RT403', 'cchc_survey_interior', format('Điểm khảo sát của tiêu chí %s do Sở Nội vụ nhập.', i.code),
        jsonb_build_object('code', i.code));
    end if;
    if i.source is not null and (new.self_score is distinct from old.self_score or new.self_measure is distinct from old.self_measure) then
      perform private.raise_rule('RT403', 'cchc_computed_score',
        format('Điểm của tiêu chí %s được tính từ kế hoạch và chỉ tiêu, đơn vị không tự sửa; có thể ghi giải trình.', i.code),
        jsonb_build_object('code', i.code));
    end if;
    if i.kind = 'rate_bands' and new.self_measure is distinct from old.self_measure then
      new.self_score := private.cchc_band_points(i.bands, s.rate_bands, i.max_points, new.self_measure);
    elsif i.kind = 'rate_bands' and new.self_score is distinct from old.self_score then
      perform private.raise_rule('RT422', 'cchc_rate_needs_measure',
        format('Tiêu chí %s chấm theo tỷ lệ: hãy nhập tỷ lệ (%%), điểm được tính theo các mức.', i.code),
        jsonb_build_object('code', i.code));
    end if;
    if i.kind <> 'rate_bands' and new.self_measure is not null then
      new.self_measure := null;
    end if;
    perform private.cchc_check_score(i, new.self_score);
    new.updated_by := auth.uid();
  end if;

  if appraisal_changed then
    if actor is distinct from 'interior' then
      perform private.raise_rule('RT403', 'cchc_appraisal_interior_only', 'Chỉ Sở Nội vụ được thẩm định điểm.');
    end if;
    if a.status not in ('appraising', 'explanation_requested', 'reappraised') then
      perform private.raise_rule('RT423', 'cchc_appraisal_not_open',
        'Chỉ thẩm định khi kết quả tự đánh giá đã được đưa vào thẩm định và chưa công bố.');
    end if;
    perform private.cchc_check_score(i, new.appraised_score);
    reference := case when i.source is not null
                      then (select c.score from private.cchc_computed(a.id) c where c.item_id = i.id)
                      else new.self_score end;
    if i.kind <> 'survey' and new.appraised_score is not null and new.appraised_score is distinct from reference
       and new.appraisal_note is null then
      perform private.raise_rule('RT422', 'cchc_appraisal_reason',
        format('Điểm thẩm định của tiêu chí %s khác điểm tự chấm: cần ghi lý do.', i.code), jsonb_build_object('code', i.code));
    end if;
    new.appraised_by := auth.uid();
    new.appraised_at := now();
    new.appraisal_round := case when exists (select 1 from public.cchc_explanations e where e.assessment_id = a.id) then 2 else 1 end;
  end if;
  return new;
end;
$$;

create trigger cchc_scores_guard before update on public.cchc_scores
  for each row execute function private.guard_cchc_score();

-- Evidence: while the unit may write its self-assessment, or while it answers
-- an open explanation request on that score.
create or replace function private.cchc_check_evidence_write(p_score_id uuid)
returns uuid
language plpgsql
stable
set search_path = ''
as $$
declare
  a public.cchc_assessments;
  s public.cchc_sets;
begin
  select a2.* into a from public.cchc_scores sc join public.cchc_assessments a2 on a2.id = sc.assessment_id where sc.id = p_score_id;
  select * into s from public.cchc_sets where id = a.set_id;
  if a.status = 'explanation_requested' and exists (
       select 1 from public.cchc_explanations e
       where e.score_id = p_score_id and e.answer is null and e.answer_by >= private.cchc_today())
     and (s.target = 'province') = (private.current_app_role() = 'interior') then
    return a.id;
  end if;
  perform private.cchc_check_self_write(a, s);
  return a.id;
end;
$$;

create or replace function private.guard_cchc_evidence()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  unit uuid;
begin
  if tg_op = 'INSERT' then
    new.assessment_id := (select sc.assessment_id from public.cchc_scores sc where sc.id = new.score_id);
  end if;
  if not private.is_api_user() then
    return coalesce(new, old);
  end if;
  perform private.cchc_check_evidence_write(coalesce(new.score_id, old.score_id));
  if tg_op = 'DELETE' then
    return old;
  end if;
  if new.kind = 'task_evidence' then
    select a.unit_id into unit from public.cchc_assessments a where a.id = new.assessment_id;
    if not exists (
      select 1 from public.evidence e join public.tasks t on t.id = e.task_id
      where e.id = new.task_evidence_id
        and (t.lead_unit_id = unit or exists (
              select 1 from public.cchc_assessments a join public.cchc_sets s on s.id = a.set_id
              where a.id = new.assessment_id and s.target = 'province'))) then
      perform private.raise_rule('RT422', 'cchc_task_evidence_foreign', 'Chỉ được chọn minh chứng của nhiệm vụ do đơn vị mình chủ trì.');
    end if;
  end if;
  new.created_by := auth.uid();
  new.created_at := now();
  return new;
end;
$$;
create trigger cchc_evidence_guard before insert or delete on public.cchc_evidence
  for each row execute function private.guard_cchc_evidence();

-- Explanation requests: Home Affairs asks during appraisal, with a day to
-- answer by; the unit answers, once, inside that day.
create or replace function private.guard_cchc_explanation()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  a public.cchc_assessments;
begin
  if tg_op = 'INSERT' then
    new.assessment_id := (select sc.assessment_id from public.cchc_scores sc where sc.id = new.score_id);
  end if;
  if not private.is_api_user() then
    return new;
  end if;
  select * into a from public.cchc_assessments where id = new.assessment_id;
  if a.status = 'published' then
    perform private.raise_rule('RT423', 'cchc_published', 'Kết quả đã công bố, không thể sửa.');
  end if;
  if tg_op = 'INSERT' then
    if a.status not in ('appraising', 'explanation_requested') then
      perform private.raise_rule('RT423', 'cchc_appraisal_not_open',
        'Chỉ thẩm định khi kết quả tự đánh giá đã được đưa vào thẩm định và chưa công bố.');
    end if;
    if new.answer_by < private.cchc_today() then
      perform private.raise_rule('RT422', 'cchc_answer_by_past', 'Hạn giải trình không được trước ngày hôm nay.');
    end if;
    new.question := btrim(new.question);
    new.answer := null;
    new.answered_by := null;
    new.answered_at := null;
    new.requested_by := auth.uid();
    new.requested_at := now();
    return new;
  end if;
  -- UPDATE: the unit's answer only
  if (to_jsonb(new) - array['answer']) is distinct from (to_jsonb(old) - array['answer']) then
    perform private.raise_rule('RT403', 'cchc_explanation_columns', 'Đơn vị chỉ được ghi nội dung giải trình.');
  end if;
  if old.answer is not null then
    perform private.raise_rule('RT423', 'cchc_explanation_answered', 'Yêu cầu giải trình này đã được trả lời.');
  end if;
  if a.status <> 'explanation_requested' or old.answer_by < private.cchc_today() then
    perform private.raise_rule('RT423', 'cchc_explanation_closed',
      format('Đã hết hạn giải trình (%s).', private.vi_date(old.answer_by)), jsonb_build_object('date', private.vi_date(old.answer_by)));
  end if;
  new.answer := nullif(btrim(new.answer), '');
  if new.answer is null then
    perform private.raise_rule('RT422', 'cchc_explanation_empty', 'Nội dung giải trình không được để trống.');
  end if;
  new.answered_by := auth.uid();
  new.answered_at := now();
  return new;
end;
$$;
create trigger cchc_explanations_guard before insert or update on public.cchc_explanations
  for each row execute function private.guard_cchc_explanation();
create trigger cchc_explanations_no_delete before delete on public.cchc_explanations
  for each row execute function private.cchc_refuse_delete();

-- Component scores: only on the province's own index, before publication.
create or replace function private.guard_cchc_component()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  a public.cchc_assessments;
  target public.cchc_target;
begin
  if not private.is_api_user() then
    return coalesce(new, old);
  end if;
  select * into a from public.cchc_assessments where id = coalesce(new.assessment_id, old.assessment_id);
  select s.target into target from public.cchc_sets s where s.id = a.set_id;
  if a.status = 'published' then
    perform private.raise_rule('RT423', 'cchc_published', 'Kết quả đã công bố, không thể sửa.');
  end if;
  if target <> 'province' then
    perform private.raise_rule('RT422', 'cchc_component_province_only', 'Điểm SIPAS, PAPI, PCI chỉ ghi cho bộ chỉ số của tỉnh.');
  end if;
  if tg_op = 'UPDATE' and new.assessment_id <> old.assessment_id then
    perform private.raise_rule('RT403', 'cchc_score_columns', 'Chỉ được sửa điểm, số liệu và giải trình; các cột khác do hệ thống ghi.');
  end if;
  return coalesce(new, old);
end;
$$;
create trigger cchc_component_scores_guard before insert or update or delete on public.cchc_component_scores
  for each row execute function private.guard_cchc_component();

-- History is append-only.
create or replace function private.cchc_history_append_only()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  perform private.raise_rule('RT403', 'cchc_history_append_only', 'Lịch sử chấm điểm chỉ được ghi thêm, không được sửa hoặc xóa.');
  return null;
end;
$$;
create trigger cchc_events_append_only before update or delete on public.cchc_events
  for each row execute function private.cchc_history_append_only();
create trigger cchc_events_no_truncate before truncate on public.cchc_events
  for each statement execute function private.cchc_history_append_only();

-- ================================================================ history triggers
create or replace function private.log_cchc_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  changes jsonb;
  item uuid;
begin
  if tg_table_name = 'cchc_scores' then
    changes := private.diff_rows(
      to_jsonb(old) - array['version', 'updated_at', 'updated_by', 'appraised_by', 'appraised_at', 'appraisal_round'],
      to_jsonb(new) - array['version', 'updated_at', 'updated_by', 'appraised_by', 'appraised_at', 'appraisal_round'], '{}');
    if changes ? 'self_score' or changes ? 'self_measure' or changes ? 'self_note' then
      perform private.cchc_record(new.assessment_id, new.item_id, 'self_scored',
        (select coalesce(jsonb_object_agg(k, v), '{}') from jsonb_each(changes) c(k, v) where k in ('self_score', 'self_measure', 'self_note')));
    end if;
    if changes ? 'appraised_score' or changes ? 'appraisal_note' then
      perform private.cchc_record(new.assessment_id, new.item_id, 'appraised',
        (select coalesce(jsonb_object_agg(k, v), '{}') from jsonb_each(changes) c(k, v) where k in ('appraised_score', 'appraisal_note')));
    end if;
    return new;
  elsif tg_table_name = 'cchc_evidence' then
    item := (select sc.item_id from public.cchc_scores sc where sc.id = coalesce(new.score_id, old.score_id));
    if tg_op = 'INSERT' then
      perform private.cchc_record(new.assessment_id, item, 'evidence_added',
        jsonb_strip_nulls(to_jsonb(new) - array['score_id', 'assessment_id', 'created_at', 'created_by']));
      return new;
    end if;
    if exists (select 1 from public.cchc_assessments a where a.id = old.assessment_id) then
      perform private.cchc_record(old.assessment_id, item, 'evidence_removed',
        jsonb_strip_nulls(to_jsonb(old) - array['score_id', 'assessment_id', 'created_at', 'created_by']));
    end if;
    return old;
  elsif tg_table_name = 'cchc_explanations' then
    item := (select sc.item_id from public.cchc_scores sc where sc.id = new.score_id);
    if tg_op = 'INSERT' then
      perform private.cchc_record(new.assessment_id, item, 'explanation_requested',
        jsonb_build_object('question', new.question, 'answer_by', new.answer_by));
    elsif new.answer is distinct from old.answer then
      perform private.cchc_record(new.assessment_id, item, 'explanation_answered', jsonb_build_object('answer', new.answer));
    end if;
    return new;
  elsif tg_table_name = 'cchc_assessments' then
    if new.status is distinct from old.status then
      perform private.cchc_record(new.id, null, 'status_changed',
        jsonb_build_object('status', jsonb_build_object('old', old.status, 'new', new.status)));
    end if;
    if new.self_from is distinct from old.self_from or new.self_to is distinct from old.self_to then
      perform private.cchc_record(new.id, null, 'window_changed', private.diff_rows(
        jsonb_build_object('self_from', old.self_from, 'self_to', old.self_to),
        jsonb_build_object('self_from', new.self_from, 'self_to', new.self_to), '{}'));
    end if;
    return new;
  elsif tg_table_name = 'cchc_component_scores' then
    if exists (select 1 from public.cchc_assessments a where a.id = coalesce(new.assessment_id, old.assessment_id)) then
      perform private.cchc_record(coalesce(new.assessment_id, old.assessment_id), null, 'component_scored',
        case tg_op when 'INSERT' then private.diff_rows('{}', to_jsonb(new) - array['id', 'assessment_id', 'updated_at'], '{}')
                   when 'UPDATE' then private.diff_rows(to_jsonb(old) - array['updated_at'], to_jsonb(new) - array['updated_at'], '{}')
                   else jsonb_build_object('removed', to_jsonb(old) - array['id', 'assessment_id', 'updated_at']) end);
    end if;
    return coalesce(new, old);
  end if;
  return coalesce(new, old);
end;
$$;
revoke all on function private.log_cchc_change() from public;

create trigger cchc_scores_history after update on public.cchc_scores
  for each row execute function private.log_cchc_change();
create trigger cchc_evidence_history after insert or delete on public.cchc_evidence
  for each row execute function private.log_cchc_change();
create trigger cchc_explanations_history after insert or update on public.cchc_explanations
  for each row execute function private.log_cchc_change();
create trigger cchc_assessments_history after update on public.cchc_assessments
  for each row execute function private.log_cchc_change();
create trigger cchc_component_scores_history after insert or update or delete on public.cchc_component_scores
  for each row execute function private.log_cchc_change();
