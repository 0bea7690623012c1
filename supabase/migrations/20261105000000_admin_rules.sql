-- Rules behind the administration pages (units, accounts and roles).
--
-- Units: a unit keeps its place in the tree only among active units — it
-- cannot be put (added, moved or reactivated) under a unit that has stopped
-- working, and a unit with active sub-units cannot stop working before they do.
-- Accounts: Home Affairs staff belong to a unit (as heads of units already do),
-- and an administrator cannot change their own role, so nobody locks the
-- system out of administration by mistake.

-- ---------------------------------------------------------------- units
create or replace function private.guard_unit_activity()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.is_active and new.parent_id is not null
     and (tg_op = 'INSERT' or new.parent_id is distinct from old.parent_id or not old.is_active)
     and not exists (select 1 from public.units p where p.id = new.parent_id and p.is_active) then
    perform private.raise_rule('RT422', 'unit_parent_inactive',
      'Đơn vị cấp trên đã ngừng hoạt động: không thể đặt đơn vị đang hoạt động vào đó.');
  end if;
  if tg_op = 'UPDATE' and old.is_active and not new.is_active
     and exists (select 1 from public.units c where c.parent_id = new.id and c.is_active) then
    perform private.raise_rule('RT422', 'unit_has_active_children',
      'Đơn vị còn đơn vị cấp dưới đang hoạt động: hãy cho các đơn vị cấp dưới ngừng hoạt động hoặc chuyển đi trước.');
  end if;
  return new;
end;
$$;

create trigger units_guard_activity before insert or update of parent_id, is_active on public.units
  for each row execute function private.guard_unit_activity();

-- ---------------------------------------------------------------- profiles
alter table public.profiles
  add constraint profiles_interior_has_unit check (role is distinct from 'interior' or unit_id is not null);

create or replace function private.guard_own_role()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if private.is_api_user()
     and new.id = (select auth.uid())
     and new.role is distinct from old.role
     and private.current_app_role() = 'admin' then
    perform private.raise_rule('RT403', 'profile_own_role',
      'Quản trị hệ thống không thể tự thay đổi vai trò của chính mình; hãy nhờ một quản trị viên khác.');
  end if;
  return new;
end;
$$;

-- Runs after profiles_guard (triggers fire in name order), so a non-admin
-- still gets "only administrators assign roles".
create trigger profiles_guard_own_role before update of role on public.profiles
  for each row execute function private.guard_own_role();
