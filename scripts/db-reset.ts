// Resets the local embedded database to the demo data:
// deletes supabase/.temp/data, applies every migration and loads the seed
// files listed in supabase/config.toml ([db.seed] sql_paths), in order.
// Refuses to run while a dev or preview server is using the database, since
// two processes writing one PGlite folder corrupts it.
import { existsSync, rmSync } from 'node:fs';
import net from 'node:net';
import { bootDatabase, runSeedFiles } from '../supabase/tests/boot';
import { resolveDataDirSync } from '../server/data-dir';

// REFORM_DATA_DIR, else the config's folder (supabase/.temp/data), as `npm start` uses.
const dataDir = resolveDataDirSync();

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

// The dev server, vite preview and `npm start` (8080 or PORT).
for (const port of new Set([5173, 4173, 8080, Number(process.env.PORT) || 8080])) {
  if (await portInUse(port)) {
    console.error(
      `A server is running on port ${port} and holds the database open.\n` +
        'Stop it first (Ctrl+C in its terminal), then run `npm run db:reset` again. Nothing was changed.',
    );
    process.exit(1);
  }
}

if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
const { connection } = await bootDatabase({ driver: 'pglite', url: dataDir });
await runSeedFiles((sql) => connection.exec(sql));
const [row] = ((await connection.exec(
  "select (select count(*) from public.plans)::int as plans, (select count(*) from public.tasks)::int as tasks, (select count(*) from auth.users)::int as users",
)) as { rows: Array<{ plans: number; tasks: number; users: number }> }).rows;
await connection.close();
console.log(`Database reset: ${row?.plans} plans, ${row?.tasks} tasks, ${row?.users} demo accounts.`);
