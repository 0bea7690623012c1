// Writes a data-only dump of the embedded database (every public table and the
// accounts) to a SQL file that loads into a database built with the same
// migrations: another embedded database, or hosted Supabase after
// `supabase db push` (see README, "Backups and moving to hosted Supabase").
//   npm run db:export [-- --out backups/mine.sql] [-- --dir supabase/.temp/data]
// Refuses, changing nothing, while a dev or preview server holds the database
// open.  A folder written by the older PGlite is upgraded first
// (server/data-folder.ts).
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPgliteConnection } from '@supabase/lite/pglite';
import { PGLITE_EXTENSIONS } from '../server/pglite-extensions';
import { prepareDataFolder } from '../server/data-folder';
import { exportDatabase } from '../server/db-export';
import { projectRoot } from '../supabase/tests/boot';

process.env.DO_NOT_TRACK = '1';

const { values } = parseArgs({ options: { out: { type: 'string' }, dir: { type: 'string' } } });
const dataDir = path.resolve(values.dir ?? path.join(projectRoot, 'supabase', '.temp', 'data'));
const now = new Date();
const pad = (n: number) => String(n).padStart(2, '0');
const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
const outFile = path.resolve(values.out ?? path.join(projectRoot, 'backups', `reform-tracker-${stamp}.sql`));

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const ports = [...new Set([5173, 4173, Number(process.env.PORT) || 5173])];
for (const port of ports) {
  if (await portInUse(port)) {
    console.error(
      `A server is running on port ${port} and holds the database open.\n` +
        'Stop it first (Ctrl+C in its terminal), then run `npm run db:export` again. Nothing was written.',
    );
    process.exit(1);
  }
}
if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
  console.error(`There is no database in ${dataDir}. Start the app once (npm run dev) or run npm run db:reset.`);
  process.exit(1);
}

await prepareDataFolder(dataDir);
const t0 = performance.now();
const connection = await createPgliteConnection({ url: dataDir, pgliteOptions: { extensions: PGLITE_EXTENSIONS } });
try {
  const { sql, counts } = await exportDatabase(async (q) => (await connection.driver.query<Record<string, unknown>>(q)).rows);
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, sql, { mode: 0o600 });
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(
    `Wrote ${path.relative(process.cwd(), outFile)} (${(statSync(outFile).size / 1048576).toFixed(1)} MB, ${rows} rows: ` +
      `${counts['public.plans']} plans, ${counts['public.tasks']} tasks, ${counts['auth.users']} accounts) ` +
      `in ${((performance.now() - t0) / 1000).toFixed(1)} s.\n` +
      'It holds password hashes: keep it as safe as the database itself.',
  );
} finally {
  await connection.close();
}
