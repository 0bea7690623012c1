-- A sign-up can no longer fail on the name it carries: the profile keeps at
-- most the 200 characters that profiles_full_name_length allows (the gateway
-- and the sign-up form refuse longer names with a message before this runs).
-- Before, a 300-character name broke the insert into auth.users (HTTP 500).
create or replace function private.handle_new_user()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  meta jsonb := new.raw_user_meta_data;
  name text;
begin
  -- Some drivers deliver the metadata as a JSON string; unwrap it.
  if meta is not null and jsonb_typeof(meta) = 'string' then
    meta := (meta #>> '{}')::jsonb;
  end if;
  if meta is not null and jsonb_typeof(meta) = 'object' and jsonb_typeof(meta -> 'full_name') = 'string' then
    name := nullif(left(btrim(meta ->> 'full_name'), 200), '');
  end if;
  insert into public.profiles (id, email, full_name)
  values (new.id, coalesce(new.email, ''), name)
  on conflict (id) do nothing;
  return new;
end;
$$;
