// `import x from './vi.json?strings=errors'` is the `errors` subtree of the
// file alone, and `?strings=shared` the file without it: two modules, so the
// build makes two chunks and the first page loads only the shared strings
// (app/i18n/parts/).  The file itself stays one file per language.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const PART = /^(.*\.json)\?strings=(shared|errors)$/;

export function stringParts(): Plugin {
  return {
    name: 'reform-string-parts',
    enforce: 'pre',
    load(id) {
      const m = PART.exec(id);
      if (!m) return null;
      this.addWatchFile(m[1]!);
      const all = JSON.parse(readFileSync(m[1]!, 'utf8')) as Record<string, unknown>;
      const part = m[2] === 'errors' ? { errors: all.errors } : Object.fromEntries(Object.entries(all).filter(([k]) => k !== 'errors'));
      return `export default ${JSON.stringify(part)};`;
    },
  };
}
