// `npm start`: builds the app if needed, boots the embedded backend and serves
// both on one port.
//
//   HOST / --host <address>   listen address (default 127.0.0.1; `--host` alone: 0.0.0.0, the LAN)
//   PORT / --port <n>         port (default 8080)
//   REFORM_DATA_DIR           database folder (default supabase/.temp/data)
//   REFORM_LITE_CONFIG        config file (default supabase/config.toml)
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from './backend';
import { startAppServer } from './app-server';
import { ensureBuilt } from './build';

process.env.DO_NOT_TRACK ??= '1';
process.chdir(projectRoot);

const { values } = parseArgs({
  options: {
    host: { type: 'string' },
    port: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
  allowPositionals: false,
  strict: true,
  // `--host` with no value means every address.
  args: process.argv.slice(2).flatMap((arg, i, all) =>
    arg === '--host' && (i === all.length - 1 || all[i + 1]!.startsWith('--')) ? ['--host', '0.0.0.0'] : [arg],
  ),
});

const host = values.host ?? process.env.HOST ?? '127.0.0.1';
const port = Number(values.port ?? process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a port: ${values.port ?? process.env.PORT}`);
  process.exit(2);
}
const distDir = path.join(projectRoot, 'dist');

try {
  if (!values['no-build']) ensureBuilt(projectRoot, distDir);
  const running = await startAppServer({ distDir, host, port });
  console.log(`Reform Tracker is running at ${running.url}`);
  if (host === '0.0.0.0' || host === '::') console.log('Listening on every network address of this machine (LAN).');
  console.log(`Database folder: ${running.backend.dataDir}`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping, closing the database…`);
    await running.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
