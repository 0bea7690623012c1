// The demo accounts sign in on hosted Supabase Auth.
//
// On the real PostgreSQL only (TEST_DATABASE_URL): a database whose auth
// tables have the shape the hosted auth server keeps (the columns it reads
// when a user signs in with a password, written here in our own words), the
// project's migrations and seed.sql applied as on a Supabase project, then
// the auth server's own lookup: by instance, lower-case e-mail, audience and
// "not a single sign-on user", the bcrypt check of the password with crypt(),
// every text column it reads being non-null, and an `email` identity.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './boot';

const serverUrl = process.env.TEST_DATABASE_URL;
const DEMO = ['committee@example.vn', 'noivu@example.vn', 'tuphap@example.vn', 'tttt@example.vn', 'admin@example.vn'];
const INSTANCE = '00000000-0000-0000-0000-000000000000';
// Text columns the auth server reads into plain strings: NULL fails the sign-in.
const TEXT_COLUMNS = [
  'confirmation_token', 'recovery_token', 'email_change_token_new', 'email_change_token_current',
  'email_change', 'phone_change', 'phone_change_token', 'reauthentication_token',
];

// The auth schema as the hosted auth server has it, for what a password
// sign-in touches (plus auth.uid(), which the migrations use).
const HOSTED_AUTH = `
create schema auth;
create table auth.users (
  instance_id uuid,
  id uuid primary key,
  aud varchar(255),
  role varchar(255),
  email varchar(255),
  encrypted_password varchar(255),
  email_confirmed_at timestamptz,
  invited_at timestamptz,
  confirmation_token varchar(255),
  confirmation_sent_at timestamptz,
  recovery_token varchar(255),
  recovery_sent_at timestamptz,
  email_change_token_new varchar(255),
  email_change varchar(255),
  email_change_sent_at timestamptz,
  last_sign_in_at timestamptz,
  raw_app_meta_data jsonb,
  raw_user_meta_data jsonb,
  is_super_admin boolean,
  created_at timestamptz,
  updated_at timestamptz,
  phone text unique default null,
  phone_confirmed_at timestamptz,
  phone_change text default '',
  phone_change_token varchar(255) default '',
  phone_change_sent_at timestamptz,
  confirmed_at timestamptz generated always as (least(email_confirmed_at, phone_confirmed_at)) stored,
  email_change_token_current varchar(255) default '',
  email_change_confirm_status smallint default 0,
  banned_until timestamptz,
  reauthentication_token varchar(255) default '',
  reauthentication_sent_at timestamptz,
  is_sso_user boolean not null default false,
  deleted_at timestamptz,
  is_anonymous boolean not null default false
);
create unique index users_email_partial_key on auth.users (email) where is_sso_user = false;
create table auth.identities (
  provider_id text not null,
  user_id uuid not null references auth.users (id) on delete cascade,
  identity_data jsonb not null,
  provider text not null,
  last_sign_in_at timestamptz,
  created_at timestamptz,
  updated_at timestamptz,
  email text generated always as (lower(identity_data ->> 'email')) stored,
  id uuid primary key default gen_random_uuid(),
  unique (provider_id, provider)
);
create function auth.uid() returns uuid language sql stable as $$
  select coalesce(nullif(current_setting('request.jwt.claim.sub', true), ''),
                  (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub'))::uuid
$$;
`;

let admin: postgres.Sql;
let db: postgres.Sql;
let name = '';

describe.skipIf(!serverUrl)('hosted Supabase Auth finds and checks the demo accounts', () => {
  beforeAll(async () => {
    admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
    name = `rt_hosted_${randomBytes(4).toString('hex')}`;
    await admin.unsafe(`create database ${name}`);
    await admin.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(72657365)`;
      await tx.unsafe(`do $$ begin
        if not exists (select from pg_roles where rolname = 'anon') then create role anon nologin noinherit; end if;
        if not exists (select from pg_roles where rolname = 'authenticated') then create role authenticated nologin noinherit; end if;
        if not exists (select from pg_roles where rolname = 'service_role') then create role service_role nologin noinherit bypassrls; end if;
      end $$`);
    });
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    db = postgres(url.toString(), { max: 1, onnotice: () => {} });
    await db.unsafe(HOSTED_AUTH);
    const dir = path.join(projectRoot, 'supabase', 'migrations');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.sql')).sort()) {
      await db.unsafe(readFileSync(path.join(dir, file), 'utf8'));
    }
    const seed = readFileSync(path.join(projectRoot, 'supabase', 'seed.sql'), 'utf8');
    await db.unsafe(seed);
    await db.unsafe(seed); // twice: nothing added, nothing fails
  }, 240_000);

  afterAll(async () => {
    await db?.end();
    if (name) await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin?.end();
  });

  it('the password lookup finds each demo account once, and the password matches with bcrypt', async () => {
    for (const email of DEMO) {
      const rows = await db<{ id: string; ok: boolean; confirmed: boolean }[]>`
        select u.id, u.encrypted_password = extensions.crypt('Demo@12345', u.encrypted_password) as ok,
               u.email_confirmed_at is not null and u.confirmed_at is not null as confirmed
          from auth.users u
         where u.instance_id = ${INSTANCE}::uuid and lower(u.email) = ${email.toUpperCase().toLowerCase()}
           and u.aud = 'authenticated' and u.is_sso_user = false`;
      expect(rows, email).toHaveLength(1);
      expect(rows[0]!.ok, email).toBe(true);
      expect(rows[0]!.confirmed, email).toBe(true);
      const wrong = await db<{ ok: boolean }[]>`
        select encrypted_password = extensions.crypt('12345678', encrypted_password) as ok from auth.users where id = ${rows[0]!.id}`;
      expect(wrong[0]!.ok).toBe(false);
    }
  });

  it('every text column the auth server reads is set, and the role is authenticated', async () => {
    const rows = await db.unsafe(
      `select email, role, ${TEXT_COLUMNS.map((c) => `${c} is null as ${c}`).join(', ')} from auth.users where email = any ($1)`, [DEMO]);
    expect(rows).toHaveLength(DEMO.length);
    for (const row of rows) {
      expect(row.role, row.email).toBe('authenticated');
      for (const c of TEXT_COLUMNS) expect(row[c], `${row.email} ${c}`).toBe(false);
    }
  });

  it('each demo account has one email identity carrying its id and e-mail', async () => {
    const rows = await db<{ email: string; n: number; sub: string; id: string; mail: string }[]>`
      select u.email, count(i.*)::int as n, min(i.identity_data ->> 'sub') as sub, u.id::text as id, min(i.email) as mail
        from auth.users u left join auth.identities i on i.user_id = u.id and i.provider = 'email'
       where u.email = any (${DEMO}) group by u.email, u.id`;
    expect(rows).toHaveLength(DEMO.length);
    for (const r of rows) expect([r.n, r.sub, r.mail], r.email).toEqual([1, r.id, r.email]);
  });

  it('the demo profiles have their roles (the migrations ran against this auth schema)', async () => {
    const rows = await db<{ role: string }[]>`
      select p.role from public.profiles p join auth.users u on u.id = p.id where u.email = any (${DEMO}) order by p.role::text`;
    expect(rows.map((r) => r.role)).toEqual(['admin', 'committee', 'dept_head', 'dept_head', 'interior']);
  });
});
