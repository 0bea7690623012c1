// Strings are loaded per feature with the route that needs them
// (app/i18n/index.ts).  This reads every route module and the modules it
// imports (statically or on demand), finds the keys their code names (string
// literals, and the fixed start of template keys such as `tasks.statuses.${s}`)
// and checks that each key's part is loaded on that route: the shared
// strings, the error messages, the layout's, or a feature the route names in
// app/router.tsx.  A key in no part at all is left to resources.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutModule, layoutStrings, routeStrings } from './route-table';

type Catalogue = { [key: string]: string | Catalogue };
const appDir = path.resolve(__dirname, '..');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Catalogue;
function flatKeys(c: Catalogue, prefix = ''): string[] {
  return Object.entries(c).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : flatKeys(v, `${prefix}${k}.`)));
}

// Each part's keys, from the same files the app loads (Vietnamese; the
// languages have the same keys, resources.test.ts).
const shared = readJson(path.join(appDir, 'i18n', 'vi.json'));
const PART_KEYS = new Map<string, string[]>();
PART_KEYS.set('errors', flatKeys({ errors: shared.errors! }));
PART_KEYS.set('shared', flatKeys(Object.fromEntries(Object.entries(shared).filter(([k]) => k !== 'errors'))));
const featuresDir = path.join(appDir, 'features');
for (const feature of readdirFeatures()) {
  PART_KEYS.set(feature, flatKeys(readJson(path.join(featuresDir, feature, 'i18n', 'vi.json'))));
}
function readdirFeatures(): string[] {
  return readdirSync(featuresDir).filter((f) => existsSync(path.join(featuresDir, f, 'i18n', 'vi.json')));
}
const ALWAYS = ['shared', 'errors'];

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (/\.(ts|tsx)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/** The module and everything it imports under app/ (tests aside), on demand or not. */
function moduleGraph(entry: string, stopAt: Set<string>): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || stopAt.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'([^']+)'/g)) {
      const target = resolveImport(file, m[1]!);
      if (target && !target.endsWith('.test.ts') && !target.endsWith('.test.tsx')) visit(target);
    }
  };
  visit(entry);
  return [...seen];
}

/** Keys named in the code: whole literals, and the fixed start of template keys. */
function keysIn(files: string[]): { exact: Set<string>; prefixes: Set<string> } {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/(['"`])([A-Za-z][\w-]*(?:\.[\w-]+)+)\1/g)) exact.add(m[2]!);
    for (const m of source.matchAll(/`([A-Za-z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)) prefixes.add(m[1]!);
  }
  return { exact, prefixes };
}

/** For each key the code names that some part holds: the parts that hold it. */
function neededParts(files: string[]): Map<string, string[]> {
  const { exact, prefixes } = keysIn(files);
  const needs = new Map<string, string[]>();
  for (const key of exact) {
    const holders = [...PART_KEYS].filter(([, keys]) => keys.includes(key)).map(([part]) => part);
    if (holders.length > 0) needs.set(key, holders);
  }
  for (const prefix of prefixes) {
    const holders = [...PART_KEYS].filter(([, keys]) => keys.some((k) => k.startsWith(prefix))).map(([part]) => part);
    // A template key may land in any part that holds keys under its start: all of them are needed.
    for (const part of holders) needs.set(`${prefix}… (${part})`, [part]);
  }
  return needs;
}

/** Keys whose parts are none of `loaded`, as "key → parts that hold it". */
function missing(files: string[], loaded: string[]): string[] {
  return [...neededParts(files)]
    .filter(([, holders]) => !holders.some((part) => loaded.includes(part)))
    .map(([key, holders]) => `${key} → ${holders.join(' | ')}`)
    .sort();
}

const routerFile = path.join(appDir, 'router.tsx');
const routerSource = readFileSync(routerFile, 'utf8');
const routes = routeStrings(routerSource);
const layout = layoutStrings(routerSource);
const routeFiles = new Set(routes.map((r) => resolveImport(routerFile, r.module)!));
// What every signed-in page draws: the router's own elements and the layout.
const layoutFiles = [
  ...new Set([...moduleGraph(routerFile, routeFiles), ...moduleGraph(resolveImport(routerFile, layoutModule(routerSource))!, routeFiles)]),
];

describe('strings loaded with each route', () => {
  it('every lazy route of app/router.tsx is written page([...features], () => import(...))', () => {
    expect(routes.length).toBeGreaterThan(20);
    expect(routerSource.match(/import\('\.\/routes\//g)?.length).toBe(routes.length + 1);
    for (const r of [...routes.flatMap((x) => x.parts), ...layout]) expect(PART_KEYS.has(r), `no strings called "${r}"`).toBe(true);
  });

  it('the layout (and whatever app/router.tsx draws itself) finds its keys in the shared and layout parts', () => {
    expect(missing(layoutFiles, [...ALWAYS, ...layout])).toEqual([]);
  });

  it.each(routes.map((r) => [r.module, r] as const))('%s finds every key its code names', (_module, route) => {
    const entry = resolveImport(routerFile, route.module);
    expect(entry).not.toBeNull();
    // Routes inside the signed-in layout also have its strings; the public
    // ones (sign-in, sign-up, the public page) only their own.
    const inLayout = !/\/(auth|public)\//.test(route.module);
    const loaded = [...ALWAYS, ...route.parts, ...(inLayout ? layout : [])];
    expect(missing(moduleGraph(entry!, new Set(layoutFiles)), loaded)).toEqual([]);
  });

  it('is able to fail: the dashboard without its own feature misses its keys', () => {
    const entry = resolveImport(routerFile, './routes/dashboard/DashboardPage')!;
    expect(missing(moduleGraph(entry, new Set(layoutFiles)), [...ALWAYS, ...layout]).length).toBeGreaterThan(0);
  });
});
