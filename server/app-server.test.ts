// The production server over real HTTP on a free loopback port, with a small
// built site (the real build is checked in the browser) and a fresh data
// folder (migrations and the demo seed): only built files and the API paths
// answer, security headers, compression, SPA fallback, /_system closed, the
// limits of the gateway.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@supabase/supabase-js';
import ws from 'ws';
import type { Database } from '../app/lib/database.types';
import { startAppServer, type RunningServer } from './app-server';
import { projectRoot } from './backend';
import { MB } from './gateway';
import { APP_ROUTE_ROOTS } from './static-files';

let server: RunningServer;
let work: string;
let key: string;
const INDEX = '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))});`;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'reform-server-'));
  const dist = path.join(work, 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), INDEX);
  writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), SCRIPT);
  writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(dist, '.secret'), 'never served');
  server = await startAppServer({ distDir: dist, host: '127.0.0.1', port: 0, dataDir: path.join(work, 'data'), log: false });
  key = server.backend.publishableKey;
}, 240_000);
afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A raw request (no URL normalisation by the client), answering status, headers and body. */
function raw(
  pathAndQuery: string,
  opts: { method?: string; headers?: Record<string, string>; body?: Buffer | ((req: http.ClientRequest) => void) } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: pathAndQuery, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (typeof opts.body === 'function') opts.body(req);
    else req.end(opts.body);
  });
}

describe('what is served', () => {
  it('the built index and assets; app routes fall back to index.html', async () => {
    for (const p of ['/', '/plans', '/plans/7c9e6679-7425-40de-944b-e07fc1f90ae7', '/tasks/abc/edit', '/sign-in', '/admin/users']) {
      const r = await raw(p);
      expect(r.status, p).toBe(200);
      expect(r.body.toString(), p).toBe(INDEX);
      expect(r.headers['cache-control'], p).toBe('no-cache');
    }
    const js = await raw('/assets/index-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('nothing of the repository, the data folder or the build folder beyond its files', async () => {
    const dataDir = path.relative(projectRoot, server.backend.dataDir!);
    const probes = [
      '/.env', '/.secret', '/package.json', '/README.md', '/vite.config.ts', '/server/gateway.ts', '/scripts/e2e-server.ts',
      '/supabase/config.toml', '/supabase/.temp/data/PG_VERSION', '/supabase/.temp/data/PG_VERSION?raw',
      `/${dataDir}/PG_VERSION`, '/app/main.tsx', '/app/main.tsx?raw', '/@fs/etc/passwd',
      `/@fs${projectRoot}/package.json`, '/../package.json', '/assets/../package.json', '/assets/%2e%2e/package.json',
      '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fpackage.json', '/assets/%252e%252e/package.json',
      '/node_modules/react/package.json', '/.git/config', '/dist/index.html', '/assets/missing.js', '/unknown-route',
      '/plans/x.json', '/@vite/client',
    ];
    for (const p of probes) {
      const r = await raw(p);
      expect(r.status, p).toBe(404);
      expect(r.body.toString(), p).not.toContain('never served');
    }
    // A query string never changes what a built file is: index.html?raw is index.html.
    expect((await raw('/index.html?raw')).body.toString()).toBe(INDEX);
  });

  it('only GET and HEAD outside the API', async () => {
    expect((await raw('/', { method: 'POST', body: Buffer.from('x') })).status).toBe(405);
    const head = await raw('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('/_system is closed, with or without a key', async () => {
    for (const p of ['/_system/config', '/_system/info', '/_system/introspect', '/_system']) {
      expect((await raw(p)).status, p).toBe(404);
      expect((await raw(p, { headers: { apikey: key } })).status, p).toBe(404);
    }
  });

  it('every route root of the app (app/router.tsx) falls back to the app', () => {
    const router = readFileSync(path.join(projectRoot, 'app', 'router.tsx'), 'utf8');
    const roots = new Set([...router.matchAll(/path: '\/?([a-z-]+)/g)].map((m) => m[1]!));
    expect([...roots].sort()).toEqual([...APP_ROUTE_ROOTS].sort());
  });
});

describe('headers and compression', () => {
  it('security headers on pages, assets, API answers and refusals', async () => {
    for (const p of ['/', '/assets/index-abc123.js', '/rest/v1/units?select=id', '/package.json']) {
      const r = await raw(p, { headers: { apikey: key } });
      const csp = String(r.headers['content-security-policy']);
      expect(csp, p).toContain("script-src 'self'");
      expect(csp, p).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      expect(csp, p).toContain("frame-ancestors 'none'");
      expect(r.headers['x-content-type-options'], p).toBe('nosniff');
      expect(r.headers['x-frame-options'], p).toBe('DENY');
      expect(r.headers['referrer-policy'], p).toBe('no-referrer');
    }
  });

  it('brotli or gzip as the browser asks; identity otherwise', async () => {
    const br = await raw('/assets/index-abc123.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(SCRIPT.length / 10);
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
    const gz = await raw('/assets/index-abc123.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);
    const plain = await raw('/assets/index-abc123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });
});

describe('the API and its limits over HTTP', () => {
  const client = () =>
    createClient<Database>(server.url, key, {
      auth: { persistSession: false, autoRefreshToken: false },
      realtime: { transport: ws as never },
    });

  it('the demo signs in and reads its data', async () => {
    const c = client();
    const { error } = await c.auth.signInWithPassword({ email: 'committee@example.vn', password: 'Demo@12345' });
    expect(error).toBeNull();
    const { data } = await c.from('plans').select('id');
    expect(data!.length).toBeGreaterThan(0);
  });

  it('a check violation is 400 with the constraint name, never 500', async () => {
    const c = client();
    await c.auth.signInWithPassword({ email: 'committee@example.vn', password: 'Demo@12345' });
    const { data } = await c.auth.getUser();
    const r = await c.from('profiles').update({ full_name: 'x'.repeat(300) }).eq('id', data.user!.id);
    expect(r.status).toBe(400);
    expect(r.error?.code).toBe('23514');
    expect(r.error?.message).toContain('profiles_full_name_length');
  });

  it('a weak password and a 300-character name are refused at sign-up with a message', async () => {
    const c = client();
    const weak = await c.auth.signUp({ email: 'yeu@example.vn', password: '12345678' });
    expect(weak.error?.status).toBe(422);
    expect(weak.error?.code).toBe('weak_password');
    const long = await c.auth.signUp({ email: 'ten.dai@example.vn', password: 'Demo@12345', options: { data: { full_name: 'N'.repeat(300) } } });
    expect(long.error?.status).toBe(422);
    expect(long.error?.message).toMatch(/at most 200 characters/);
  });

  it('413 over 1 MB, by Content-Length before the body is read', async () => {
    const body = Buffer.alloc(MB + 1, 32);
    const r = await raw('/rest/v1/rpc/task_figures', {
      method: 'POST',
      headers: { apikey: key, 'content-type': 'application/json', 'content-length': String(body.length) },
      body,
    });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body.toString())).toMatchObject({ code: 'PGRST413' });
  });

  it('413 for a chunked body as soon as it passes 1 MB, without waiting for the rest', async () => {
    const started = Date.now();
    const r = await raw('/rest/v1/profiles', {
      method: 'POST',
      headers: { apikey: key, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: (req) => {
        // 2 MB now; the request is then left open, as a slow sender would.
        for (let i = 0; i < 32; i += 1) req.write(Buffer.alloc(64 * 1024, 32));
        setTimeout(() => req.destroy(), 20_000).unref();
      },
    });
    expect(r.status).toBe(413);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('a 10 MB file uploads over HTTP for the lead unit (a 14 MB body)', async () => {
    const c = client();
    const signIn = await c.auth.signInWithPassword({ email: 'tuphap@example.vn', password: 'Demo@12345' });
    expect(signIn.error).toBeNull();
    const me = signIn.data.user!.id;
    const { data: profile } = await c.from('profiles').select('unit_id').eq('id', me).single();
    // A task of a plan in force (a closed plan's evidence is read-only).
    const { data: inForce } = await c.from('plans').select('id').eq('status', 'in_force');
    const { data: tasks } = await c
      .from('tasks')
      .select('id')
      .eq('lead_unit_id', profile!.unit_id!)
      .eq('status', 'in_progress')
      .in('plan_id', inForce!.map((p) => p.id))
      .limit(1);
    expect(tasks).toHaveLength(1);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * MB - 16, 65), Buffer.from('\n%%EOF\n')]);
    const { error } = await c.rpc('add_evidence_file', {
      p_task_id: tasks![0]!.id,
      p_file_name: 'bao-cao-10mb.pdf',
      p_mime_type: 'application/pdf',
      p_content_base64: pdf.toString('base64'),
      p_summary: 'Tệp 10 MB',
    });
    expect(error).toBeNull();
  }, 120_000);

  it('429 after 30 sign-ins from one address in 5 minutes', async () => {
    const c = client();
    let firstRefused = 0;
    // Earlier tests of this file already spent a few of this address's 30.
    for (let i = 1; i <= 31 && !firstRefused; i += 1) {
      const { error } = await c.auth.signInWithPassword({ email: 'committee@example.vn', password: 'sai-mat-khau-1' });
      if (error?.status === 429) firstRefused = i;
    }
    expect(firstRefused).toBeGreaterThan(0);
    const { error } = await c.auth.signInWithPassword({ email: 'committee@example.vn', password: 'Demo@12345' });
    expect(error?.status).toBe(429);
    expect(error?.code).toBe('over_request_rate_limit');
  }, 120_000);
});
