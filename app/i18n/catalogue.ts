// How a language's catalogue is put together: the shared strings
// (app/i18n/<lang>.json) first, then each feature's own
// (app/features/<feature>/i18n/<lang>.json), merged key by key.
export type Catalogue = { [key: string]: string | Catalogue };

export function merge(...parts: Catalogue[]): Catalogue {
  const out: Catalogue = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const existing = out[key];
      out[key] = typeof value === 'object' && typeof existing === 'object' ? merge(existing, value) : value;
    }
  }
  return out;
}

/** The shared file first, then the features' files in path order. */
export function assemble(files: Record<string, Catalogue>): Catalogue {
  const paths = Object.keys(files).sort((a, b) => Number(a.includes('/features/')) - Number(b.includes('/features/')) || a.localeCompare(b));
  return merge(...paths.map((path) => files[path]!));
}
