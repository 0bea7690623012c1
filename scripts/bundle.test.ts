// The production bundle may carry the publishable key, never the secret one.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { projectRoot } from '../supabase/tests/boot';

const SECRET = 'sb_secret_bundle_check_do_not_ship_0123456789';
const PUBLISHABLE = 'sb_publishable_bundle_check_0123456789';
let outDir: string;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

beforeAll(() => {
  outDir = mkdtempSync(path.join(os.tmpdir(), 'reform-bundle-'));
  execFileSync(process.execPath, [path.join(projectRoot, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      SUPABASE_SECRET_KEY: SECRET,
      SUPABASE_PUBLISHABLE_KEY: PUBLISHABLE,
      VITE_SUPABASE_URL: 'https://example.supabase.co',
      VITE_SUPABASE_ANON_KEY: '',
    },
    stdio: 'pipe',
  });
}, 180_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

it('npm run build writes static files with an index.html', () => {
  expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain('<div id="root">');
  expect(files(outDir).some((file) => file.endsWith('.js'))).toBe(true);
});

it('the built files never contain a secret key, and do contain the publishable one', () => {
  const all = files(outDir).map((file) => readFileSync(file, 'utf8')).join('\n');
  expect(all).not.toContain(SECRET);
  expect(all).not.toMatch(/sb_secret_[A-Za-z0-9_-]+/);
  expect(all).not.toContain('service_role_key');
  expect(all).toContain(PUBLISHABLE);
  expect(all).toContain('https://example.supabase.co');
});
