// Starts the app for the browser tests on its own fresh database
// (supabase/.temp/e2e-data), so the tests never touch the developer's data.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../supabase/tests/boot';

const temp = path.join(projectRoot, 'supabase', '.temp');
mkdirSync(temp, { recursive: true });
const dataDir = path.join(temp, 'e2e-data');
rmSync(dataDir, { recursive: true, force: true });

const config = readFileSync(path.join(projectRoot, 'supabase', 'config.toml'), 'utf8').replace(
  /^url = .*$/m,
  `url = "supabase/.temp/e2e-data"`,
);
const configPath = path.join(temp, 'config.e2e.toml');
writeFileSync(configPath, config);

execFileSync(process.execPath, [path.join(projectRoot, 'scripts', 'ensure-env.mjs')], { stdio: 'inherit' });
const port = process.env.PORT ?? '5174';
const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js'), '--port', port], {
  cwd: projectRoot,
  stdio: 'inherit',
  env: { ...process.env, PORT: port, REFORM_LITE_CONFIG: configPath, DO_NOT_TRACK: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
