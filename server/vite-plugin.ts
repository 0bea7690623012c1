// The embedded backend on Vite's dev server (and `vite preview`), in place of
// `@supabase/lite/vite`: boots it with server/backend.ts and mounts the same
// gateway as the production server, so the limits hold in development too.
// It also refuses, before Vite sees them, requests for anything of the
// repository that is not the app (the database folder, .env, scripts, …).
import path from 'node:path';
import type { Connect, Plugin } from 'vite';
import { bootBackend, projectRoot, readConfig, type BackendOptions } from './backend';
import { createGateway, isApiPath } from './gateway';
import { gatewayListener } from './node-listener';

/** Top-level folders and files of the repository that the dev server never serves. */
export const DENIED_ROOTS = [
  'supabase', 'scripts', 'e2e', 'docs', 'server', 'dist', 'test-results', 'playwright-report', '.git', '.scratch',
  'package.json', 'package-lock.json', 'tsconfig.json', 'vite.config.ts', 'vitest.config.ts', 'playwright.config.ts',
  'README.md',
];

/** What Vite may read (also its `server.fs.allow`). */
export const DEV_FS_ALLOW = ['app', 'public', 'node_modules', 'index.html'].map((p) => path.join(projectRoot, p));

/** The repository's folders that are not the app, as absolute paths. */
export const DEV_FS_DENIED_FOLDERS = ['supabase', 'scripts', 'server', 'e2e', 'docs', 'dist'].map((p) => path.join(projectRoot, p));

function notFound(res: import('node:http').ServerResponse) {
  res.statusCode = 404;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end('Not found\n');
}

/** True for a request path that names something outside the app. */
export function deniedDevPath(rawUrl: string): boolean {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(rawUrl, 'http://x').pathname);
  } catch {
    return true;
  }
  const first = pathname.split('/')[1] ?? '';
  // /@fs/<absolute path>: only the app and the installed packages.
  if (first === '@fs') {
    const target = path.resolve(pathname.slice('/@fs'.length));
    return !DEV_FS_ALLOW.some((dir) => target === dir || target.startsWith(`${dir}${path.sep}`));
  }
  // Dot files and folders anywhere (.env, .git, .temp), and the denied roots.
  if (pathname.split('/').some((segment) => segment.startsWith('.') && segment !== '.vite')) return true;
  return DENIED_ROOTS.includes(first);
}

export function reformBackend(opts: BackendOptions = {}): Plugin {
  let close: (() => Promise<void>) | null = null;

  const mount = async (middlewares: Connect.Server, httpServer: import('node:http').Server | null) => {
    const backend = await bootBackend(opts);
    close = backend.close;
    const listener = gatewayListener(createGateway(backend.app, backend.gatewayOptions));
    middlewares.use((req, res, next) => {
      const url = req.url ?? '/';
      let pathname = '/';
      try {
        pathname = new URL(url, 'http://x').pathname;
      } catch {
        return notFound(res);
      }
      if (isApiPath(pathname)) {
        listener(req, res).catch(next);
        return;
      }
      if (deniedDevPath(url)) return notFound(res);
      next();
    });
    httpServer?.once('close', () => void close?.());
  };

  return {
    name: 'reform-backend',
    async config() {
      // The browser talks to the same origin with the configured publishable key.
      const config = await readConfig(opts);
      return {
        define: {
          'import.meta.env.VITE_SUPABASE_URL': 'window.location.origin',
          'import.meta.env.VITE_SUPABASE_ANON_KEY': JSON.stringify(config.auth?.publishable_key ?? ''),
        },
      };
    },
    async configureServer(server) {
      await mount(server.middlewares, server.httpServer as import('node:http').Server | null);
    },
    async configurePreviewServer(server) {
      await mount(server.middlewares, server.httpServer as import('node:http').Server | null);
    },
  };
}
