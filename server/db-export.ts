// A data-only dump of the database: every row of the `public` tables and the
// accounts (auth.users and auth.identities), as one SQL file that loads into a
// database built with the same migrations, embedded (Supabase Lite) or hosted
// Supabase (`supabase db push`, then `psql -f dump.sql`).
//
// Used by `npm run db:export` and, with the migration bookkeeping included,
// by prepareDataFolder (server/data-folder.ts) to carry a data folder across a
// PGlite major version.
//
// How it is read: only through `query(sql)` returning rows, so the same code
// dumps an open PGlite of any version or a PostgreSQL connection.
//
// How it loads (what the file does):
//   - one transaction; `session_replication_role = replica` so that no
//     trigger runs (nothing stamps `updated_at`, records history, guards a
//     closed plan or creates a profile for a new account: the rows land as
//     they were exported, task_events included) and foreign keys are checked
//     by the data itself, not row by row; `app.seeding` is set as well, as
//     the seed does, for any trigger that still runs;
//   - every table is an upsert on its primary key, so rows the migrations
//     already put in (the six reform areas) take the exported values;
//   - identity sequences continue after the highest loaded id;
//   - accounts are written column by column *as far as the target has the
//     column*: hosted Supabase's auth schema gets `instance_id`, `aud`,
//     `role`, the bcrypt hash in `encrypted_password`, empty strings in the
//     token columns its auth server reads, and an `auth.identities` row with
//     provider `email` for every account; an auth schema without some of
//     those columns (Supabase Lite's own) simply does not get them, and one
//     without `auth.identities` gets the users only (a notice says so).
export type QueryFn = (sql: string) => Promise<Array<Record<string, unknown>>>;

export interface ExportOptions {
  /**
   * Also carry Supabase's migration bookkeeping (`supabase_migrations.seed_files`),
   * so a restored embedded database does not load the demo seed again.
   * Off for a dump meant for another server.
   */
  includeBookkeeping?: boolean;
  /** Rows per INSERT statement. */
  chunkRows?: number;
}

export interface ExportResult {
  sql: string;
  /** Rows exported per table, `schema.table`. */
  counts: Record<string, number>;
}

/** GoTrue reads these as strings: NULL breaks its sign-in ("converting NULL to string"). */
const AUTH_TOKEN_COLUMNS = [
  'confirmation_token',
  'recovery_token',
  'email_change_token_new',
  'email_change_token_current',
  'email_change',
  'phone_change',
  'phone_change_token',
  'reauthentication_token',
];
export const HOSTED_INSTANCE_ID = '00000000-0000-0000-0000-000000000000';

const lit = (text: string) => `'${text.replace(/'/g, "''")}'`;
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface TableInfo {
  schema: string;
  name: string;
  /** Columns that can be written (not generated). */
  columns: string[];
  primaryKey: string[];
  /** Identity or serial columns with their sequence. */
  sequences: Array<{ column: string }>;
}

async function tableInfo(query: QueryFn, schema: string, name: string): Promise<TableInfo> {
  const q = `${lit(schema)}`;
  const columns = (
    await query(
      `select column_name::text as c from information_schema.columns
        where table_schema = ${q} and table_name = ${lit(name)} and is_generated = 'NEVER'
        order by ordinal_position`,
    )
  ).map((r) => String(r.c));
  const primaryKey = (
    await query(
      `select a.attname::text as c
         from pg_catalog.pg_index i
         join pg_catalog.pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
        where i.indrelid = ${lit(`${ident(schema)}.${ident(name)}`)}::regclass and i.indisprimary
        order by array_position(i.indkey::int2[], a.attnum)`,
    )
  ).map((r) => String(r.c));
  const sequences = (
    await query(
      `select column_name::text as c from information_schema.columns
        where table_schema = ${q} and table_name = ${lit(name)}
          and (is_identity = 'YES' or column_default like 'nextval(%')`,
    )
  ).map((r) => ({ column: String(r.c) }));
  return { schema, name, columns, primaryKey, sequences };
}

/** The public tables, parents before children (foreign keys within public). */
async function publicTables(query: QueryFn): Promise<string[]> {
  const names = (
    await query(
      `select c.relname::text as t from pg_catalog.pg_class c
        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
        order by c.relname`,
    )
  ).map((r) => String(r.t));
  const edges = await query(
    `select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
       from pg_catalog.pg_constraint c
      where c.contype = 'f' and c.connamespace = 'public'::regnamespace`,
  );
  const strip = (n: unknown) => String(n).replace(/^public\./, '').replace(/"/g, '');
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  for (const e of edges) {
    const child = strip(e.child);
    const parent = strip(e.parent);
    if (child !== parent && parents.has(child) && parents.has(parent)) parents.get(child)!.add(parent);
  }
  const ordered: string[] = [];
  const seen = new Set<string>();
  const visit = (n: string, path: Set<string>) => {
    if (seen.has(n) || path.has(n)) return;
    path.add(n);
    for (const p of parents.get(n) ?? []) visit(p, path);
    path.delete(n);
    seen.add(n);
    ordered.push(n);
  };
  for (const n of names) visit(n, new Set());
  return ordered;
}

async function rowsAsJson(query: QueryFn, t: TableInfo, chunk: number): Promise<string[]> {
  const order = (t.primaryKey.length ? t.primaryKey : t.columns).map(ident).join(', ');
  const chunks: string[] = [];
  for (let offset = 0; ; offset += chunk) {
    const [row] = await query(
      `select coalesce(json_agg(x), '[]')::text as j, count(*)::int as n
         from (select * from ${ident(t.schema)}.${ident(t.name)} order by ${order} limit ${chunk} offset ${offset}) x`,
    );
    if (!row || Number(row.n) === 0) break;
    chunks.push(String(row.j));
    if (Number(row.n) < chunk) break;
  }
  return chunks;
}

function upsert(t: TableInfo, json: string): string {
  const target = `${ident(t.schema)}.${ident(t.name)}`;
  const cols = t.columns.map(ident).join(', ');
  const identity = t.sequences.length ? ' overriding system value' : '';
  const rest = t.columns.filter((c) => !t.primaryKey.includes(c));
  const conflict = t.primaryKey.length
    ? rest.length
      ? ` on conflict (${t.primaryKey.map(ident).join(', ')}) do update set ${rest.map((c) => `${ident(c)} = excluded.${ident(c)}`).join(', ')}`
      : ` on conflict (${t.primaryKey.map(ident).join(', ')}) do nothing`
    : '';
  return `insert into ${target} (${cols})${identity}\nselect ${cols} from json_populate_recordset(null::${target}, ${lit(json)}::json)${conflict};\n`;
}

function resetSequences(t: TableInfo): string {
  const target = `${ident(t.schema)}.${ident(t.name)}`;
  return t.sequences
    .map(
      (s) =>
        `select setval(pg_get_serial_sequence(${lit(target)}, ${lit(s.column)}), coalesce(max(${ident(s.column)}), 0) + 1, false) from ${target};\n`,
    )
    .join('');
}

/**
 * Writes the accounts adaptively: the DO block inserts only the columns the
 * target's auth.users / auth.identities have (see the file's header).
 */
function authBlock(table: 'users' | 'identities', json: string, keys: string[]): string {
  const keyArray = `array[${keys.map(lit).join(', ')}]`;
  return `do $export$
declare
  cols text;
  sets text;
begin
  if to_regclass('auth.${table}') is null then
    raise notice 'auth.${table} does not exist here: skipped';
    return;
  end if;
  select string_agg(quote_ident(column_name), ', ' order by ordinal_position),
         string_agg(format('%1$I = excluded.%1$I', column_name), ', ' order by ordinal_position) filter (where column_name <> 'id')
    into cols, sets
    from information_schema.columns
   where table_schema = 'auth' and table_name = '${table}' and is_generated = 'NEVER'
     and column_name = any(${keyArray});
  execute format('insert into auth.${table} (%s) select %s from json_populate_recordset(null::auth.${table}, %L::json) on conflict (id) do update set %s',
    cols, cols, ${lit(json)}, sets);
end
$export$;
`;
}

async function exportAuth(query: QueryFn): Promise<{ sql: string; users: number; identities: number }> {
  const users = (await query(`select coalesce(json_agg(u order by u.created_at, u.id), '[]')::text as j from auth.users u`))[0];
  const userRows = JSON.parse(String(users?.j ?? '[]')) as Array<Record<string, unknown>>;
  for (const u of userRows) {
    u.instance_id ??= HOSTED_INSTANCE_ID;
    u.aud ??= 'authenticated';
    u.role ??= 'authenticated';
    u.is_sso_user ??= false;
    u.is_anonymous ??= false;
    for (const c of AUTH_TOKEN_COLUMNS) u[c] ??= '';
    delete u.confirmed_at; // generated on both sides
  }
  const hasIdentities = (await query(`select to_regclass('auth.identities') is not null as ok`))[0]?.ok === true;
  const identityRows = hasIdentities
    ? (JSON.parse(
        String((await query(`select coalesce(json_agg(i order by i.created_at, i.id), '[]')::text as j from auth.identities i`))[0]?.j ?? '[]'),
      ) as Array<Record<string, unknown>>)
    : [];
  for (const i of identityRows) delete i.email; // generated from identity_data
  // Every password account needs its `email` identity on hosted Supabase.
  const withEmailIdentity = new Set(identityRows.filter((i) => i.provider === 'email').map((i) => String(i.user_id)));
  for (const u of userRows) {
    if (!u.email || withEmailIdentity.has(String(u.id))) continue;
    identityRows.push({
      id: crypto.randomUUID(),
      provider: 'email',
      provider_id: String(u.id),
      user_id: u.id,
      identity_data: { sub: String(u.id), email: u.email, email_verified: Boolean(u.email_confirmed_at) },
      last_sign_in_at: u.last_sign_in_at ?? null,
      created_at: u.created_at ?? null,
      updated_at: u.updated_at ?? null,
    });
  }
  const keysOf = (rows: Array<Record<string, unknown>>) => [...new Set(rows.flatMap((r) => Object.keys(r)))];
  let sql = '';
  if (userRows.length) sql += authBlock('users', JSON.stringify(userRows), keysOf(userRows));
  if (identityRows.length) sql += authBlock('identities', JSON.stringify(identityRows), keysOf(identityRows));
  return { sql, users: userRows.length, identities: identityRows.length };
}

export async function exportDatabase(query: QueryFn, opts: ExportOptions = {}): Promise<ExportResult> {
  const chunk = opts.chunkRows ?? 1000;
  const counts: Record<string, number> = {};
  const parts: string[] = [
    '-- Reform Tracker data export (npm run db:export): data only, for a database built with the same migrations.',
    `-- Written ${new Date().toISOString()}.  Load with: psql --set ON_ERROR_STOP=1 --file <this file> <connection string>`,
    'begin;',
    'set local standard_conforming_strings = on;',
    "set local session_replication_role = 'replica';",
    "select set_config('app.seeding', 'on', true);",
    '',
  ];
  const auth = await exportAuth(query);
  counts['auth.users'] = auth.users;
  counts['auth.identities'] = auth.identities;
  parts.push('-- accounts', auth.sql);

  for (const name of await publicTables(query)) {
    const t = await tableInfo(query, 'public', name);
    const chunks = await rowsAsJson(query, t, chunk);
    let n = 0;
    parts.push(`-- public.${name}`);
    for (const json of chunks) {
      n += (JSON.parse(json) as unknown[]).length;
      parts.push(upsert(t, json));
    }
    parts.push(resetSequences(t));
    counts[`public.${name}`] = n;
  }

  if (opts.includeBookkeeping) {
    const has = (await query(`select to_regclass('supabase_migrations.seed_files') is not null as ok`))[0]?.ok === true;
    if (has) {
      const t = await tableInfo(query, 'supabase_migrations', 'seed_files');
      const chunks = await rowsAsJson(query, t, chunk);
      parts.push('-- supabase_migrations.seed_files');
      for (const json of chunks) parts.push(upsert(t, json));
    }
  }
  parts.push('commit;', '');
  return { sql: parts.join('\n'), counts };
}

/** Row counts of the tables an export carries, read from a database (for comparing after a load). */
export async function countRows(query: QueryFn, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [schema, name] = table.split('.') as [string, string];
    const exists = (await query(`select to_regclass(${lit(`${ident(schema)}.${ident(name)}`)}) is not null as ok`))[0]?.ok === true;
    counts[table] = exists ? Number((await query(`select count(*)::int as n from ${ident(schema)}.${ident(name)}`))[0]?.n ?? 0) : -1;
  }
  return counts;
}
