// Built assets: a production build into a temp folder, then, from the Vite
// manifest, the JavaScript a first visit downloads before a route can render:
// the entry chunk, the route's own chunk, and everything they import
// statically (recursively), and the strings loaded before the page is
// drawn (the shared ones, the route's features', the layout's).  Other
// dynamic imports (other routes, the chart, the error messages) are not
// counted: they load later, on demand.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { projectRoot, PUBLISHABLE_KEY } from '../../supabase/tests/boot';
import { layoutModule, layoutStrings, routeStrings } from '../../app/i18n/route-table';

interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface RouteWeight {
  route: string;
  files: string[];
  /** Each file with its gzip size, largest first. */
  chunks: { file: string; gzip: number }[];
  rawBytes: number;
  gzipBytes: number;
  /** Loaded right after the first paint (ROUTES' `after`): files and gzip. */
  after: { files: string[]; gzipBytes: number };
}

export interface AssetsReport {
  outDir: string;
  buildMs: number;
  entryFile: string;
  entryGzip: number;
  routes: RouteWeight[];
  /** Files among the initial ones of any measured route that contain recharts modules. */
  rechartsInInitial: string[];
  /** The chunk recharts ended up in (loaded on demand), if any. */
  rechartsChunks: string[];
}

/**
 * Loaded on demand, but before any page is drawn (app/main.tsx waits for
 * it): the shared strings of the default language.  Counted in every route.
 */
export const BEFORE_FIRST_PAINT = ['app/i18n/parts/shared-vi.ts'];

/**
 * The routes weighed; `layout`: drawn inside the signed-in layout; `after`:
 * asked for as the page starts but not waited for (the sign-in form is
 * drawn before the auth client arrives): weighed apart and printed beside.
 */
export const ROUTES: Record<string, { module: string; layout: boolean; after?: string[] }> = {
  '/sign-in': { module: 'app/routes/auth/SignInPage.tsx', layout: false, after: ['app/lib/auth-client.ts'] },
  '/dashboard': { module: 'app/routes/dashboard/DashboardPage.tsx', layout: true },
};

/**
 * The strings a route loads with its code (the default language's parts
 * it names in app/router.tsx, and for a signed-in route the layout's): read
 * from the router's own text, so the weighing follows the app.
 */
function routeStringModules(routeModule: string, layout: boolean): string[] {
  const source = readFileSync(path.join(projectRoot, 'app', 'router.tsx'), 'utf8');
  const route = routeStrings(source).find((r) => `app/${r.module.replace(/^\.\//, '')}.tsx` === routeModule);
  if (!route) throw new Error(`${routeModule} is not a page([...], import) route of app/router.tsx`);
  const parts = [...route.parts, ...(layout ? layoutStrings(source) : [])];
  return parts.map((part) => `app/features/${part}/i18n/vi.json`);
}

/** For a signed-in route, the layout's module (loaded with the page's, app/router.tsx). */
function layoutModules(layout: boolean): string[] {
  if (!layout) return [];
  const source = readFileSync(path.join(projectRoot, 'app', 'router.tsx'), 'utf8');
  return [`app/${layoutModule(source).replace(/^\.\//, '')}.tsx`];
}

export async function buildAndWeigh(): Promise<AssetsReport> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'reform-bench-build-'));
  // The build talks to the backend on its own origin with the test key (the
  // benchmark serves both); no secret key is involved.
  process.env.VITE_SUPABASE_ANON_KEY = PUBLISHABLE_KEY;
  process.env.VITE_SUPABASE_URL = '';
  const t0 = performance.now();
  const output = (await build({
    root: projectRoot,
    configFile: path.join(projectRoot, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, manifest: true },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const buildMs = performance.now() - t0;
  const chunks = (Array.isArray(output) ? output : [output])
    .flatMap((o) => o.output)
    .filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;

  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entryKey) throw new Error('no entry chunk in the Vite manifest');

  const gz = new Map<string, { raw: number; gzip: number }>();
  const weigh = (file: string) => {
    let w = gz.get(file);
    if (!w) {
      const buf = readFileSync(path.join(outDir, file));
      w = { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
      gz.set(file, w);
    }
    return w;
  };

  /** Manifest keys reachable from `key` through static imports (itself included). */
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
    return seen;
  };

  const routes: RouteWeight[] = Object.entries(ROUTES).map(([route, { module: src, layout, after = [] }]) => {
    if (!manifest[src]) throw new Error(`route module ${src} is not a chunk of its own in the manifest`);
    let keys = closure(src, closure(entryKey));
    for (const early of [...BEFORE_FIRST_PAINT, ...layoutModules(layout), ...routeStringModules(src, layout)]) {
      if (!manifest[early]) throw new Error(`${early} is not a chunk of its own in the manifest`);
      keys = closure(early, keys);
    }
    const files = [...keys].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'));
    const rawBytes = files.reduce((n, f) => n + weigh(f).raw, 0);
    const gzipBytes = files.reduce((n, f) => n + weigh(f).gzip, 0);
    const chunks = files.map((file) => ({ file, gzip: weigh(file).gzip })).sort((a, b) => b.gzip - a.gzip);
    let later = new Set<string>();
    for (const src of after) {
      // A module that is also imported statically somewhere is a shared
      // chunk, listed under its chunk name ("_auth-client-….js").
      const name = path.basename(src).replace(/\.tsx?$/, '');
      const keys = manifest[src] ? [src] : Object.keys(manifest).filter((k) => k.startsWith('_') && manifest[k]!.name === name);
      if (keys.length !== 1) throw new Error(`${src} is not one chunk of its own in the manifest`);
      later = closure(keys[0]!, later);
    }
    const afterFiles = [...later].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js') && !files.includes(f));
    return {
      route, files, chunks, rawBytes, gzipBytes,
      after: { files: afterFiles, gzipBytes: afterFiles.reduce((n, f) => n + weigh(f).gzip, 0) },
    };
  });

  const initial = new Set(routes.flatMap((r) => r.files));
  const hasRecharts = (c: Rollup.OutputChunk) => c.moduleIds.some((id) => id.includes('/node_modules/recharts/'));
  return {
    outDir,
    buildMs,
    entryFile: manifest[entryKey]!.file,
    entryGzip: weigh(manifest[entryKey]!.file).gzip,
    routes,
    rechartsInInitial: chunks.filter((c) => initial.has(c.fileName) && hasRecharts(c)).map((c) => c.fileName),
    rechartsChunks: chunks.filter(hasRecharts).map((c) => c.fileName),
  };
}
