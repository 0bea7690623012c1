-- CCHC index scoring under the rules that came in alongside it:
--   * functions are executable by nobody until a migration grants them
--     (20261201000600_function_privileges.sql).  The CCHC migrations granted
--     their own; this states the whole list once more, from a clean slate, so
--     the outcome does not depend on the defaults in force when they ran:
--       - the API functions (public.cchc_…): authenticated;
--       - the caller's-rights helpers that policies, check constraints,
--         triggers and the API functions call while running as the signed-in
--         user: authenticated;
--       - not: the trigger functions, and the owner-privileged helpers that
--         only other owner-privileged code calls (private.cchc_record,
--         private.cchc_lock_assessment); service_role keeps everything.
--   * every date column has its own named check between 01/01/2000 and
--     31/12/2100 (20261201000200_dates_within_2000_2100.sql), so a refusal
--     names the column; the combined checks of the sets and assessments go.
-- cchc_sets.plan_id only reads the plan (the plan-driven criteria are scored
-- from it), so a set is not under the closed-plan guard: the year's plan is
-- usually closed by the time its index is scored.

do $$
declare
  f regprocedure;
begin
  for f in
    select p.oid::regprocedure
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname in ('public', 'private') and p.proname ~ '^(cchc_|guard_cchc_|log_cchc_)'
  loop
    execute format('revoke all on function %s from public, anon, authenticated', f);
    execute format('grant execute on function %s to service_role', f);
  end loop;
end
$$;

grant execute on function
  public.cchc_scoresheet(uuid),
  public.cchc_area_totals(uuid),
  public.cchc_ranking(uuid),
  public.cchc_area_summary(uuid),
  public.cchc_computed_tasks(uuid, uuid, integer, integer),
  public.cchc_points_at_risk(uuid),
  public.cchc_points_at_risk_overview(uuid),
  public.cchc_lost_points(uuid),
  public.cchc_open_set(uuid),
  public.cchc_submit(uuid),
  public.cchc_start_appraisal(uuid),
  public.cchc_accept_self_scores(uuid),
  public.cchc_finish_reappraisal(uuid),
  public.cchc_publish_set(uuid),
  public.cchc_import_items(uuid, jsonb),
  public.cchc_copy_set(uuid, integer),
  private.cchc_bands_valid(jsonb, text),
  private.cchc_today(),
  private.cchc_band_points(jsonb, jsonb, numeric, numeric),
  private.cchc_check_score(public.cchc_items, numeric),
  private.cchc_check_self_write(public.cchc_assessments, public.cchc_sets),
  private.cchc_check_evidence_write(uuid),
  private.cchc_points(public.cchc_item_kind, jsonb, jsonb, numeric, numeric, numeric),
  private.cchc_computed_for(uuid, uuid),
  private.cchc_computed(uuid),
  private.cchc_leaf_values(uuid, uuid),
  private.cchc_band(numeric, public.cchc_sets),
  private.cchc_require_interior(),
  private.cchc_read_number(text),
  private.cchc_match_kind(text),
  private.cchc_match_source(text),
  private.cchc_import_problem_text(jsonb)
to authenticated;

alter table public.cchc_sets
  drop constraint cchc_sets_dates_range,
  add constraint cchc_sets_cut_off_range check (cut_off between date '2000-01-01' and date '2100-12-31'),
  add constraint cchc_sets_self_from_range check (self_from between date '2000-01-01' and date '2100-12-31'),
  add constraint cchc_sets_self_to_range check (self_to between date '2000-01-01' and date '2100-12-31');

alter table public.cchc_assessments
  drop constraint cchc_assessments_window_range,
  add constraint cchc_assessments_self_from_range check (self_from between date '2000-01-01' and date '2100-12-31'),
  add constraint cchc_assessments_self_to_range check (self_to between date '2000-01-01' and date '2100-12-31');

-- (cchc_evidence_document_fields keeps its own bound for document evidence;
-- this one holds for every kind and is checked first, by name.)
alter table public.cchc_evidence
  add constraint cchc_evidence_doc_date_range check (doc_date between date '2000-01-01' and date '2100-12-31');
