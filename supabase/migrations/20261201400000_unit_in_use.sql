-- A unit that anything still points at (tasks it leads, accounts, sub-units,
-- indicator values, ...) cannot be deleted.  The foreign keys already refuse
-- (`on delete restrict`), but how that refusal reaches the client depends on
-- the server (PostgREST sends 23503; the embedded server may send a generic
-- code), so the rule is raised here first, by name, with the unit's name for
-- the message.  Every foreign key that references public.units is looked up
-- in the catalogue at delete time, so a table added later is covered without
-- touching this function.
create or replace function private.units_refuse_delete_in_use()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  fk record;
  used boolean;
begin
  for fk in
    select c.conrelid::regclass as tbl, a.attname as col
    from pg_catalog.pg_constraint c
    join pg_catalog.pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    where c.contype = 'f'
      and c.confrelid = 'public.units'::regclass
      and cardinality(c.conkey) = 1
  loop
    execute format('select exists (select 1 from %s where %I = $1)', fk.tbl, fk.col) into used using old.id;
    if used then
      perform private.raise_rule('RT422', 'unit_in_use',
        format('Không thể xóa đơn vị “%s”: đơn vị đang được sử dụng (nhiệm vụ, tài khoản hoặc đơn vị cấp dưới). Hãy ngừng hoạt động đơn vị thay vì xóa.', old.name),
        jsonb_build_object('name', old.name));
    end if;
  end loop;
  return old;
end;
$$;

revoke all on function private.units_refuse_delete_in_use() from public, anon, authenticated;

create trigger units_refuse_delete_in_use
  before delete on public.units
  for each row execute function private.units_refuse_delete_in_use();
