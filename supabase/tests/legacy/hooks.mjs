// Module resolution hook: `@electric-sql/pglite` (and its sub-paths) resolve
// to `pglite-legacy`, PGlite 0.4.5 installed side by side.  With it, Supabase
// Lite runs exactly as it did before the upgrade and writes PostgreSQL 17
// data folders: see make-folder.ts.
export async function resolve(specifier, context, next) {
  if (specifier === '@electric-sql/pglite' || specifier.startsWith('@electric-sql/pglite/')) {
    return next(specifier.replace('@electric-sql/pglite', 'pglite-legacy'), context);
  }
  return next(specifier, context);
}
