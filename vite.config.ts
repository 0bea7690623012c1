import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { supalite } from '@supabase/lite/vite';
import { prepareDataFolder } from './server/data-folder';

// The embedded backend (Supabase Lite on PGlite) rides on the dev and preview
// servers: /auth/v1 and /rest/v1 are served from the same origin as the app.
// Admin mode (keyless requests served as service_role) stays off, so the
// browser is always subject to row-level security.
//
// A production build talks to the Supabase project named by
// VITE_SUPABASE_URL / VITE_SUPABASE_ANON_KEY.  Without them it falls back to
// the local embedded backend (same origin, the local publishable key), which
// is what `vite preview` serves.  Only the publishable key ever reaches the
// bundle.
export default defineConfig(async ({ command, mode }) => {
  // A database folder written by the older PGlite is upgraded before Lite opens it.
  if (command === 'serve') await prepareDataFolder('supabase/.temp/data');
  const env = loadEnv(mode, process.cwd(), '');
  const define: Record<string, string> = {};
  if (command === 'build' && !env.VITE_SUPABASE_ANON_KEY && env.SUPABASE_PUBLISHABLE_KEY) {
    define['import.meta.env.VITE_SUPABASE_ANON_KEY'] = JSON.stringify(env.SUPABASE_PUBLISHABLE_KEY);
  }
  return {
    plugins: [
      react(),
      ...(command === 'serve'
        ? [
            supalite({
              admin: false,
              watchSchema: false,
              initOnBoot: false,
              config: process.env.REFORM_LITE_CONFIG || undefined,
            }),
          ]
        : []),
    ],
    define,
    server: { port: Number(process.env.PORT ?? 5173), strictPort: true, host: '127.0.0.1' },
    preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
    build: { outDir: 'dist', sourcemap: false },
  };
});
