// Creates .env with local-only keys on first run; never overwrites a value.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../.env', import.meta.url);
const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
const has = (name) => new RegExp(`^${name}=.+$`, 'm').test(current);
const token = (bytes) => randomBytes(bytes).toString('base64url');

const wanted = {
  SUPABASE_PUBLISHABLE_KEY: () => `sb_publishable_${token(24)}`,
  SUPABASE_SECRET_KEY: () => `sb_secret_${token(24)}`,
  SUPABASE_JWT_SECRET: () => token(48),
};
const missing = Object.entries(wanted).filter(([name]) => !has(name));
if (missing.length > 0) {
  const lines = missing.map(([name, make]) => `${name}=${make()}`);
  const prefix = current === '' || current.endsWith('\n') ? current : `${current}\n`;
  writeFileSync(path, `${prefix}${lines.join('\n')}\n`);
  console.log(`.env: created ${missing.map(([name]) => name).join(', ')}`);
}
