// Which strings each route loads, read from app/router.tsx's own text (the
// route-strings test and the bench's weighing use it; the app does not).
// A route is written `lazy: page(['feature', …], () => import('./routes/…'))`
// and the signed-in layout `lazy: page(LAYOUT_STRINGS, () => import('./routes/…'))`.
export interface RouteStrings {
  /** The route module, as imported from app/router.tsx (`./routes/…`). */
  module: string;
  parts: string[];
}

const list = (text: string) => [...text.matchAll(/'([^']+)'/g)].map((m) => m[1]!);

export function routeStrings(routerSource: string): RouteStrings[] {
  return [...routerSource.matchAll(/page\(\s*\[([^\]]*)\]\s*,\s*\(\)\s*=>\s*import\('([^']+)'\)\s*(?:,\s*'\w+'\s*)?\)/g)].map((m) => ({
    module: m[2]!,
    parts: list(m[1]!),
  }));
}

export function layoutStrings(routerSource: string): string[] {
  const m = /LAYOUT_STRINGS\s*=\s*\[([^\]]*)\]/.exec(routerSource);
  if (!m) throw new Error('app/router.tsx has no LAYOUT_STRINGS');
  return list(m[1]!);
}

/** The signed-in layout's module, as imported from app/router.tsx. */
export function layoutModule(routerSource: string): string {
  const m = /page\(\s*LAYOUT_STRINGS\s*,\s*\(\)\s*=>\s*import\('([^']+)'\)\s*\)/.exec(routerSource);
  if (!m) throw new Error('app/router.tsx loads no layout with page(LAYOUT_STRINGS, () => import(...))');
  return m[1]!;
}
