-- Every date the database keeps lies between 01/01/2000 and 31/12/2100.
--
-- Task and extension dates had no bounds: 0001-01-01, infinity and the year
-- 294276 were accepted, and afterwards the plan's trend chart counted months
-- for centuries.  One named check per column, so the app can say which date
-- is wrong (app/lib/db-errors.ts translates constraint names).  Dates the
-- database derives (report cut-offs, from the bounded year) need none;
-- evidence.doc_date already had its own (evidence_doc_date_sane).
-- supabase/tests/dates.test.ts reads the catalog and fails when a date
-- column has no such check.

alter table public.tasks
  add constraint tasks_start_date_range check (start_date between date '2000-01-01' and date '2100-12-31'),
  add constraint tasks_due_date_range check (due_date between date '2000-01-01' and date '2100-12-31'),
  add constraint tasks_original_due_date_range check (original_due_date between date '2000-01-01' and date '2100-12-31'),
  add constraint tasks_judged_due_date_range check (judged_due_date between date '2000-01-01' and date '2100-12-31'),
  add constraint tasks_completed_on_range check (completed_on between date '2000-01-01' and date '2100-12-31'),
  add constraint tasks_submitted_at_range check (
    submitted_at between timestamptz '2000-01-01 00:00+07' and timestamptz '2101-01-01 00:00+07');

alter table public.plans
  add constraint plans_issued_on_range check (issued_on between date '2000-01-01' and date '2100-12-31');

alter table public.deadline_extensions
  add constraint deadline_extensions_new_due_date_range check (new_due_date between date '2000-01-01' and date '2100-12-31'),
  add constraint deadline_extensions_previous_due_date_range check (previous_due_date between date '2000-01-01' and date '2100-12-31'),
  add constraint deadline_extensions_doc_date_range check (doc_date between date '2000-01-01' and date '2100-12-31'),
  add constraint deadline_extensions_approved_on_range check (approved_on between date '2000-01-01' and date '2100-12-31');

alter table public.reports
  add constraint reports_doc_date_range check (doc_date between date '2000-01-01' and date '2100-12-31');
