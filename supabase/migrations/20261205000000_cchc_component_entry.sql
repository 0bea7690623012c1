-- Component scores of the province's own index, entered by Home Affairs on
-- their own screen: the Ministry's PAR Index result joins SIPAS, PAPI and
-- PCI; a version for two people editing at once (the second is told); the
-- responsible unit must be a unit still active; and a draft set's items keep
-- their shape when edited one at a time (a scored item keeps no children,
-- checked above; an area or criterion with scored children cannot become a
-- scored item, and an item cannot change its code level).

alter type public.cchc_component add value if not exists 'par_index' before 'sipas';

alter table public.cchc_component_scores add column version integer not null default 1;

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
  if tg_op = 'DELETE' then
    return old;
  end if;
  if tg_op = 'UPDATE' then
    if new.assessment_id <> old.assessment_id or new.id <> old.id then
      perform private.raise_rule('RT403', 'cchc_score_columns', 'Chỉ được sửa điểm, số liệu và giải trình; các cột khác do hệ thống ghi.');
    end if;
    if new.version is distinct from old.version + 1 then
      perform private.raise_rule('RT409', 'cchc_stale', 'Dữ liệu đã được người khác cập nhật. Vui lòng tải lại trước khi sửa.');
    end if;
  else
    new.version := 1;
  end if;
  if new.responsible_unit_id is not null
     and new.responsible_unit_id is distinct from (case when tg_op = 'UPDATE' then old.responsible_unit_id end)
     and not exists (select 1 from public.units u where u.id = new.responsible_unit_id and u.is_active) then
    perform private.raise_rule('RT422', 'cchc_component_unit_inactive',
      'Đơn vị chịu trách nhiệm phải là đơn vị đang hoạt động.');
  end if;
  new.note := nullif(btrim(new.note), '');
  return new;
end;
$$;

-- Items of a draft set edited one at a time: the code keeps its level (an
-- area stays an area), and a group with children cannot get a scoring kind
-- (guard_cchc_item already refuses that through the children check); the
-- responsible unit of a new or changed item must be active.
create or replace function private.guard_cchc_item_edit()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.is_api_user() then
    return new;
  end if;
  if tg_op = 'UPDATE' and array_length(string_to_array(new.code, '.'), 1) <> array_length(string_to_array(old.code, '.'), 1) then
    perform private.raise_rule('RT422', 'cchc_item_level_fixed',
      format('Mã %s phải giữ cấp của mục (lĩnh vực, tiêu chí, tiêu chí thành phần).', new.code), jsonb_build_object('code', new.code));
  end if;
  if tg_op = 'UPDATE' and new.code <> old.code and exists (select 1 from public.cchc_items c where c.parent_id = old.id) then
    perform private.raise_rule('RT422', 'cchc_item_code_has_children',
      format('Mục %s có tiêu chí con: không đổi mã được; hãy sửa từng mục con.', old.code), jsonb_build_object('code', old.code));
  end if;
  if new.responsible_unit_id is not null
     and new.responsible_unit_id is distinct from (case when tg_op = 'UPDATE' then old.responsible_unit_id end)
     and not exists (select 1 from public.units u where u.id = new.responsible_unit_id and u.is_active) then
    perform private.raise_rule('RT422', 'cchc_component_unit_inactive',
      'Đơn vị chịu trách nhiệm phải là đơn vị đang hoạt động.');
  end if;
  return new;
end;
$$;
create trigger cchc_items_edit_guard before insert or update on public.cchc_items
  for each row execute function private.guard_cchc_item_edit();

-- A component's maximum is a score out of at most 1,000 (PAR Index 100, SIPAS
-- 100 %, PAPI 80, PCI 100), like an item's.
alter table public.cchc_component_scores
  add constraint cchc_component_scores_max_range check (max_score <= 1000);
