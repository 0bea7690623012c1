// Starts the app for the browser tests as a province runs it (`npm start`:
// the built app and the APIs on one port, built first when the sources
// changed) on its own fresh database (supabase/.temp/e2e-data), so the tests
// never touch the developer's data.  The built app loads in a few requests;
// the dev server's hundreds of module requests made every page load slow on
// a busy 2-core machine.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { bootDatabase, projectRoot, runSeedFiles } from '../supabase/tests/boot';

const port = process.env.PORT ?? '5174';
const temp = path.join(projectRoot, 'supabase', '.temp');
mkdirSync(temp, { recursive: true });
// One folder per port, so browser-test runs on different ports never share a database.
const suffix = port === '5174' ? '' : `-${port}`;
const dataDir = path.join(temp, `e2e-data${suffix}`);
rmSync(dataDir, { recursive: true, force: true });

// The browser tests sign in hundreds of times from 127.0.0.1: the same rate
// limits as config.toml would refuse them, so this derived config raises them
// (the limits themselves are tested in server/gateway.test.ts).
const config = readFileSync(path.join(projectRoot, 'supabase', 'config.toml'), 'utf8')
  .replace(/^url = .*$/m, `url = "supabase/.temp/e2e-data${suffix}"`)
  .replace(/^(sign_in_sign_ups|token_refresh) = \d+$/gm, '$1 = 100000');
if (!/^sign_in_sign_ups = 100000$/m.test(config)) throw new Error('config.toml has no [auth.rate_limit] sign_in_sign_ups to raise');
const configPath = path.join(temp, `config.e2e${suffix}.toml`);
writeFileSync(configPath, config);

execFileSync(process.execPath, [path.join(projectRoot, 'scripts', 'ensure-env.mjs')], { stdio: 'inherit' });

// Build the database here, as `npm run db:reset` does: migrations, then the
// seed files of config.toml's `[db.seed] sql_paths` in the order listed (the
// embedded server's own seeding finds them already applied: they are safe to
// run again).
{
  const { connection } = await bootDatabase({ driver: 'pglite', url: dataDir });
  await runSeedFiles((sql) => connection.exec(sql));
  await connection.close();
}
const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'server', 'main.ts'), '--port', port], {
  cwd: projectRoot,
  stdio: 'inherit',
  env: { ...process.env, PORT: port, REFORM_LITE_CONFIG: configPath, REFORM_DATA_DIR: dataDir, DO_NOT_TRACK: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
