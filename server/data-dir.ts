// The data folder without booting anything (for Vite's watcher settings):
// REFORM_DATA_DIR, else the config's [db] url, else supabase/.temp/data.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function resolveDataDirSync(): string {
  if (process.env.REFORM_DATA_DIR) return path.resolve(root, process.env.REFORM_DATA_DIR);
  let url: string | undefined;
  try {
    const text = readFileSync(path.resolve(root, process.env.REFORM_LITE_CONFIG ?? 'supabase/config.toml'), 'utf8');
    url = /^\[db\][^[]*?^url\s*=\s*"([^"]+)"/ms.exec(text)?.[1];
  } catch {
    // no config: the default
  }
  return path.resolve(root, url ?? path.join('supabase', '.temp', 'data'));
}
