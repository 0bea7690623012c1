import path from 'node:path';
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { reformBackend, DEV_FS_ALLOW, DEV_FS_DENIED_FOLDERS } from './server/vite-plugin';
import { resolveDataDirSync } from './server/data-dir';
import { stringParts } from './scripts/vite-string-parts';

// `npm run dev` is the developer's server: the embedded backend (Supabase Lite
// on PGlite, server/backend.ts) rides on it behind the same gateway as the
// production server (`npm start`, server/main.ts): /auth/v1 and /rest/v1 are
// served from the same origin as the app, with the same limits.  Admin mode
// (keyless requests served as service_role) stays off.  It serves the app's
// files only: the database folder, .env and the repository's other folders
// are refused, and the database folder is never watched.
//
// A production build talks to the Supabase project named by
// VITE_SUPABASE_URL / VITE_SUPABASE_ANON_KEY.  Without them it falls back to
// the local embedded backend (same origin, the local publishable key), which
// is what `npm start` serves.  Only the publishable key ever reaches the
// bundle.
export default defineConfig(({ command, mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const define: Record<string, string> = {};
  if (command === 'build' && !env.VITE_SUPABASE_ANON_KEY && env.SUPABASE_PUBLISHABLE_KEY) {
    define['import.meta.env.VITE_SUPABASE_ANON_KEY'] = JSON.stringify(env.SUPABASE_PUBLISHABLE_KEY);
  }
  const dataDir = resolveDataDirSync();
  return {
    plugins: [stringParts(), react(), ...(command === 'serve' ? [reformBackend()] : [])],
    define,
    server: {
      port: Number(process.env.PORT ?? 5173),
      strictPort: true,
      host: '127.0.0.1',
      fs: {
        strict: true,
        allow: DEV_FS_ALLOW,
        // Besides the allow list: secrets anywhere, and the repository's other
        // folders by absolute path (a bare `**/server/**` would also match a
        // checkout that lives in a folder of that name).
        deny: ['.env', '.env.*', '*.{crt,pem,key}', '**/.git/**', ...DEV_FS_DENIED_FOLDERS.map((dir) => `${dir}/**`)],
      },
      watch: {
        ignored: ['**/supabase/.temp/**', '**/.git/**', '**/dist/**', '**/test-results/**', `${dataDir}/**`, path.join(dataDir, '**')],
      },
    },
    preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
    build: { outDir: 'dist', sourcemap: false },
  };
});
