// Serves the built app (dist/) from memory: the folder is read once at start,
// so only files that the build wrote can ever be answered (no path from a
// request ever reaches the file system).  Text assets are compressed once with
// brotli and gzip (Node's zlib); hashed assets are cacheable for a year,
// index.html never cached.  Any other path without a file extension is an app
// route and gets index.html (the SPA decides); everything else is 404.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest', '.ico']);

/**
 * The first path segments of the app's routes (app/router.tsx; a test keeps
 * the two in step).  Other unknown paths are 404, not the app.
 */
export const APP_ROUTE_ROOTS = new Set([
  'sign-in', 'sign-up', 'dashboard', 'plans', 'my-unit', 'tasks', 'confirmations', 'indicators', 'admin', 'reports',
  'chi-so-cchc', 'cong-khai',
]);

export function isAppRoute(pathname: string): boolean {
  if (pathname.includes('.') || pathname.includes('//') || pathname.includes('%') || pathname.includes('@')) return false;
  return APP_ROUTE_ROOTS.has(pathname.split('/')[1] ?? '');
}

interface StaticFile {
  body: Buffer;
  br: Buffer | null;
  gzip: Buffer | null;
  type: string;
  cache: string;
  etag: string;
}

export interface StaticSite {
  /** The response for a GET/HEAD of `pathname`, or null when nothing answers. */
  respond(pathname: string, acceptEncoding: string | null, method: string, ifNoneMatch: string | null): Response | null;
  files: number;
}

function walk(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    // Dot files never leave the build folder.
    if (entry.name.startsWith('.')) continue;
    const rel = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...walk(path.join(dir, entry.name), rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

export function loadStaticSite(distDir: string): StaticSite {
  const files = new Map<string, StaticFile>();
  for (const rel of walk(distDir)) {
    const ext = path.extname(rel).toLowerCase();
    const body = readFileSync(path.join(distDir, rel));
    const compress = COMPRESSIBLE.has(ext) && body.byteLength > 512;
    const hashed = rel.startsWith('/assets/');
    files.set(rel, {
      body,
      br: compress
        ? brotliCompressSync(body, {
            params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: body.byteLength },
          })
        : null,
      gzip: compress ? gzipSync(body, { level: 9 }) : null,
      type: TYPES[ext] ?? 'application/octet-stream',
      cache: hashed ? 'public, max-age=31536000, immutable' : rel === '/index.html' ? 'no-cache' : 'public, max-age=300',
      etag: `"${statSync(path.join(distDir, rel)).mtimeMs.toString(36)}-${body.byteLength.toString(36)}"`,
    });
  }
  const index = files.get('/index.html');
  if (!index) throw new Error(`${distDir} has no index.html: build the app first (npm run build).`);

  return {
    files: files.size,
    respond(pathname, acceptEncoding, method, ifNoneMatch) {
      let file = pathname === '/' ? index : files.get(pathname);
      if (!file) {
        if (!isAppRoute(pathname)) return null;
        file = index;
      }
      const headers = new Headers({ 'content-type': file.type, 'cache-control': file.cache, etag: file.etag, vary: 'Accept-Encoding' });
      if (ifNoneMatch && ifNoneMatch === file.etag) return new Response(null, { status: 304, headers });
      const accepts = (acceptEncoding ?? '').toLowerCase();
      let body = file.body;
      if (file.br && /\bbr\b/.test(accepts)) {
        body = file.br;
        headers.set('content-encoding', 'br');
      } else if (file.gzip && /\bgzip\b/.test(accepts)) {
        body = file.gzip;
        headers.set('content-encoding', 'gzip');
      }
      headers.set('content-length', String(body.byteLength));
      return new Response(method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
    },
  };
}
