// `npm run dev` serves the app and the API, and nothing else of the
// repository: Vite's own server, in-process, with the project's vite.config.ts
// (its database in a temporary folder).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { projectRoot, readConfig } from './backend';

let vite: ViteDevServer;
let base: URL;
let key: string;
let work: string;
const secretDir = path.join(projectRoot, 'supabase', '.temp', 'dev-server-test');
const secretFile = path.join(secretDir, 'wal-like.txt');

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'reform-dev-'));
  process.env.REFORM_DATA_DIR = path.join(work, 'data');
  mkdirSync(secretDir, { recursive: true });
  writeFileSync(secretFile, 'refresh_token=SECRET');
  key = (await readConfig()).auth!.publishable_key!;
  vite = await createServer({
    configFile: path.join(projectRoot, 'vite.config.ts'),
    root: projectRoot,
    logLevel: 'silent',
    server: { port: 0, strictPort: false, host: '127.0.0.1' },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await vite.listen();
  const address = vite.httpServer!.address() as { port: number };
  base = new URL(`http://127.0.0.1:${address.port}`);
}, 300_000);
afterAll(async () => {
  await vite?.close();
  delete process.env.REFORM_DATA_DIR;
  rmSync(secretDir, { recursive: true, force: true });
  if (work) rmSync(work, { recursive: true, force: true });
});

function get(p: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: base.hostname, port: base.port, path: p, headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('the development server', () => {
  it('serves the app, its modules and the API', async () => {
    expect((await get('/')).status).toBe(200);
    const main = await get('/app/main.tsx');
    expect(main.status).toBe(200);
    expect(main.body).toContain('createRoot');
    const api = await get('/rest/v1/units?select=id&limit=1', { apikey: key });
    expect(api.status).toBe(200);
  });

  it('refuses the database folder, .env, the repository and /@fs outside the app', async () => {
    const rel = path.relative(projectRoot, secretFile);
    const probes = [
      `/${rel}`, `/${rel}?raw`, `/${rel}?import`, `/@fs${secretFile}`, `/@fs${secretFile}?raw`,
      '/supabase/.temp/data/PG_VERSION?raw', '/supabase/config.toml?raw', '/supabase/seed.sql',
      '/.env', '/.env?raw', '/package.json', '/package.json?raw', '/scripts/e2e-server.ts', '/scripts/e2e-server.ts?raw',
      '/server/gateway.ts', '/e2e/helpers.ts', '/.git/config', '/vite.config.ts', '/README.md',
      `/@fs${projectRoot}/package.json`, `/@fs${projectRoot}/.env`, '/@fs/etc/passwd', '/app/../package.json',
      '/%2e%2e/package.json', '/app/%2e%2e/.env', '/_system/config', '/_system/introspect',
    ];
    for (const p of probes) {
      const r = await get(p, { apikey: key });
      expect([403, 404], p).toContain(r.status);
      expect(r.body, p).not.toContain('SECRET');
      expect(r.body, p).not.toContain('SUPABASE_SECRET_KEY');
    }
  });

  it('the API has the gateway: constraint violations 4xx, /_system closed', async () => {
    const r = await get('/_system/info');
    expect(r.status).toBe(404);
  });

  it('never watches the database folder', async () => {
    const ignored = vite.config.server.watch?.ignored;
    expect(JSON.stringify(ignored)).toContain('supabase/.temp');
    const seen: string[] = [];
    vite.watcher.on('all', (_event, file) => seen.push(file));
    writeFileSync(path.join(secretDir, 'changed.txt'), String(Date.now()));
    await new Promise((r) => setTimeout(r, 1500));
    expect(seen.filter((f) => f.includes('.temp'))).toEqual([]);
  });
});
