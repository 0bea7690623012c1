-- API roles and the private schema that holds helper functions.
--
-- Hosted Supabase already has the anon / authenticated / service_role roles;
-- a plain Postgres and the embedded backend may not, so create them when missing.
do $$
begin
  if not exists (select from pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select from pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
end
$$;

-- auth.uid() and friends must be callable from functions run by the API roles.
-- On hosted Supabase these grants exist already and the statement is a no-op.
do $$
begin
  grant usage on schema auth to anon, authenticated, service_role;
exception when insufficient_privilege then
  null;
end
$$;

-- pgcrypto (bcrypt for the demo accounts) lives in the `extensions` schema,
-- as on hosted Supabase.
create schema if not exists extensions;
create extension if not exists pgcrypto with schema extensions;

-- Helpers used by policies live here; the schema is never exposed by the API.
create schema if not exists private;
grant usage on schema private to authenticated, service_role;

-- Lower-case, diacritic-free form of Vietnamese text, for search:
-- private.fold_vi('Cải cách THỦ TỤC') = 'cai cach thu tuc'.
-- Written with translate() so it needs no extension and is immutable
-- (usable in generated columns and indexes).
create or replace function private.fold_vi(input text)
returns text
language sql
immutable
parallel safe
returns null on null input
as $$
  select translate(
    lower(normalize(input, NFC)),
    'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ',
    'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd'
  );
$$;

grant execute on function private.fold_vi(text) to authenticated, service_role;
