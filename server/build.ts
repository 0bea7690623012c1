// Builds the app (vite build) when dist/ is missing or older than what it is
// built from, so `npm start` always serves the current sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const INPUTS = ['app', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package-lock.json', '.env'];

function newest(file: string): number {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const entry of readdirSync(file)) max = Math.max(max, newest(path.join(file, entry)));
  return max;
}

/** Why dist/ must be (re)built, or null when it is current. */
export function buildNeeded(root: string, distDir: string): string | null {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) return `${path.relative(root, distDir) || distDir} has no build yet`;
  const built = statSync(index).mtimeMs;
  const changed = INPUTS.find((input) => newest(path.join(root, input)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

export function ensureBuilt(root: string, distDir: string): void {
  const reason = buildNeeded(root, distDir);
  if (!reason) return;
  console.log(`Building the app (${reason})…`);
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', distDir, '--emptyOutDir'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DO_NOT_TRACK: '1' },
  });
  if (result.status !== 0) throw new Error('The build failed; see the messages above.');
}
