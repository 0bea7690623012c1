-- Who may call which function.
--
-- Postgres lets everyone (PUBLIC) execute a new function, so the owner-
-- privileged helpers (private.record_event, private.finalize_report, the
-- history triggers…) were executable by every signed-in user; only the
-- private schema being left out of the API kept them out of reach.  Now:
--   * new functions are executable by nobody until a migration grants them
--     (default privileges, set once here; the extensions schema excepted);
--   * every existing function loses PUBLIC, anon and authenticated, and gets
--     back exactly what the API and the policies need:
--       - the API functions in public: authenticated (never anon);
--       - in private: the helpers that policies, views, constraints and the
--         caller's-rights functions and triggers call while running as the
--         signed-in user;
--       - not: trigger functions (a trigger runs its function without an
--         EXECUTE check), and the owner-privileged helpers that only other
--         owner-privileged code calls (record_event, diff_rows,
--         finalize_report);
--   * service_role (the server's own key) keeps every function.
-- supabase/tests/function-privileges.test.ts lists every function of both
-- schemas with its EXECUTE rights for anon and authenticated, from the
-- catalog, and compares them with its allow-list.

-- Postgres only adds per-schema defaults to the global ones (a per-schema
-- REVOKE cannot take PUBLIC's EXECUTE away), so the revoke is global, for the
-- role that runs the migrations; the extensions schema gets PUBLIC back, so a
-- later `create extension` works for everyone as before.
alter default privileges revoke execute on functions from public;
alter default privileges in schema extensions grant execute on functions to public;
-- (hosted Supabase grants new functions in public to its API roles by default)
alter default privileges in schema public revoke execute on functions from anon, authenticated;
alter default privileges in schema public, private grant execute on functions to service_role;

revoke execute on all functions in schema public from public, anon, authenticated;
revoke execute on all functions in schema private from public, anon, authenticated;
grant execute on all functions in schema public to service_role;
grant execute on all functions in schema private to service_role;

-- Submitting a report: the frozen snapshot used to be handed to
-- private.finalize_report by the caller's-rights function, so any signed-in
-- user who could reach the private schema could have written a report with a
-- snapshot of their choosing.  The owner-privileged part now computes the
-- snapshot itself, after the same checks; public.submit_report only calls it.
create or replace function private.submit_report_as_owner(p_report_id uuid)
returns public.reports
language plpgsql
security definer
set search_path = ''
as $$
declare
  r public.reports;
begin
  if private.current_app_role() is distinct from 'interior' then
    perform private.raise_rule('RT401', 'report_forbidden', 'Chỉ Sở Nội vụ được lập, sửa và gửi báo cáo.');
  end if;
  select * into r from public.reports where id = p_report_id for update;
  if r.id is null then
    perform private.raise_rule('RT422', 'report_not_found', 'Không tìm thấy báo cáo.');
  end if;
  if r.status <> 'draft' then
    perform private.raise_rule('RT423', 'report_locked',
      format('Báo cáo số %s đã gửi, không thể sửa hoặc xóa; muốn điều chỉnh, hãy lập phiên bản thay thế.', coalesce(r.doc_number, '')),
      jsonb_build_object('doc_number', coalesce(r.doc_number, '')));
  end if;
  if r.data_to >= private.local_date(now()) then
    perform private.raise_rule('RT422', 'report_cutoff_not_reached',
      format('Chưa qua ngày chốt số liệu (%s): chưa thể gửi báo cáo.', private.vi_date(r.data_to)),
      jsonb_build_object('date', private.vi_date(r.data_to)));
  end if;
  if nullif(btrim(r.doc_number), '') is null then
    perform private.raise_rule('RT422', 'report_needs_doc_number', 'Cần ghi số, ký hiệu của báo cáo (ví dụ: 312/BC-UBND) trước khi gửi.');
  end if;
  if nullif(btrim(r.signer_name), '') is null then
    perform private.raise_rule('RT422', 'report_needs_signer', 'Cần ghi họ tên người ký báo cáo trước khi gửi.');
  end if;
  if r.doc_date is null then
    perform private.raise_rule('RT422', 'report_needs_doc_date', 'Cần ghi ngày ban hành báo cáo trước khi gửi.');
  end if;
  if r.supersedes_id is not null then
    update public.reports set status = 'superseded' where id = r.supersedes_id and status = 'submitted';
  end if;
  update public.reports
     set status = 'submitted', snapshot = public.report_preview(r.plan_id, r.period, r.year),
         submitted_at = now(), submitted_by = auth.uid()
   where id = p_report_id
  returning * into r;
  return r;
end;
$$;

create or replace function public.submit_report(p_report_id uuid)
returns public.reports
language plpgsql
security invoker
set search_path = ''
as $$
begin
  return private.submit_report_as_owner(p_report_id);
end;
$$;

-- What the signed-in user needs in private: every function that is neither a
-- trigger function nor one of the owner-only helpers.
do $$
declare
  f record;
begin
  for f in
    select p.oid::regprocedure as sig
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname = 'private'
       and p.prorettype <> 'trigger'::regtype
       and p.proname not in ('record_event', 'diff_rows', 'finalize_report')
  loop
    execute format('grant execute on function %s to authenticated', f.sig);
  end loop;
end
$$;

-- The API: every function in public, to signed-in users only.
do $$
declare
  f record;
begin
  for f in
    select p.oid::regprocedure as sig
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname = 'public' and p.prorettype <> 'trigger'::regtype
  loop
    execute format('grant execute on function %s to authenticated', f.sig);
  end loop;
end
$$;
