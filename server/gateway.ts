// The gateway in front of Supabase Lite's `app.fetch`.  The production server,
// the development server and the database tests all send API requests through
// it, so the limits below hold wherever the backend answers:
//
// - only /auth/v1 and /rest/v1 reach Lite; /_system/* (schema, row counts,
//   config) answers 404;
// - sign-in + sign-up and token refresh are rate limited per client address,
//   per 5 minutes, with the Supabase CLI's [auth.rate_limit] keys;
// - request bodies: 1 MB, except the evidence upload RPC (14 MB, i.e. a 10 MB
//   file in base64), which only a signed-in user's valid token may send; the
//   body is counted as it streams and refused as soon as it passes the limit;
// - the password rule Lite does not check (not an e-mail address) and the
//   length of the name given at sign-up;
// - constraint violations that Lite answers as HTTP 500 `SUP` are answered the
//   way PostgREST does (400 / 409 with the SQLSTATE as `code`).
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface LiteConfig {
  db?: { driver?: string; url?: string };
  auth?: {
    jwt_secret?: string;
    publishable_key?: string;
    minimum_password_length?: number;
    password_requirements?: string;
    rate_limit?: Partial<Record<string, number>>;
  };
  options?: { server?: Record<string, unknown> };
  [key: string]: unknown;
}

export interface RateLimits {
  /** Sign-in (password grant) and sign-up requests per window per address. */
  signInSignUps: number;
  /** Token refresh requests per window per address. */
  tokenRefresh: number;
  /** Window length in milliseconds (the Supabase CLI's limits are per 5 minutes). */
  windowMs: number;
}

export interface GatewayOptions {
  /** null: no rate limits (the database tests). */
  rateLimits: RateLimits | null;
  /** Largest request body, bytes. */
  bodyLimit: number;
  /** Largest body of the evidence upload RPC, bytes. */
  uploadBodyLimit: number;
  /** Verifies the bearer token before the larger upload limit applies. */
  jwtSecret: string | null;
  /** Longest name given at sign-up (profiles_full_name_length). */
  fullNameMax: number;
}

export const API_PREFIXES = ['/auth/v1', '/rest/v1'] as const;
export const CLOSED_PREFIXES = ['/_system'] as const;
export const UPLOAD_RPC_PATH = '/rest/v1/rpc/add_evidence_file';
export const MB = 1024 * 1024;
/** Hosted Supabase's defaults (Supabase CLI config.toml, per 5 minutes per address). */
export const DEFAULT_RATE_LIMITS: RateLimits = { signInSignUps: 30, tokenRefresh: 150, windowMs: 5 * 60_000 };
export const DEFAULT_GATEWAY_OPTIONS: GatewayOptions = {
  rateLimits: DEFAULT_RATE_LIMITS,
  bodyLimit: 1 * MB,
  // A 10 MB file in base64 is 13.4 MB; the rest of the JSON is small.
  uploadBodyLimit: 14 * MB,
  jwtSecret: null,
  fullNameMax: 200,
};

export function gatewayOptionsFromConfig(config: LiteConfig): GatewayOptions {
  const limits = config.auth?.rate_limit ?? {};
  const num = (value: unknown, fallback: number) =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
  return {
    ...DEFAULT_GATEWAY_OPTIONS,
    rateLimits: {
      signInSignUps: num(limits.sign_in_sign_ups, DEFAULT_RATE_LIMITS.signInSignUps),
      tokenRefresh: num(limits.token_refresh, DEFAULT_RATE_LIMITS.tokenRefresh),
      windowMs: DEFAULT_RATE_LIMITS.windowMs,
    },
    jwtSecret: config.auth?.jwt_secret || null,
  };
}

export function isApiPath(pathname: string): boolean {
  return [...API_PREFIXES, ...CLOSED_PREFIXES].some(
    (prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`),
  );
}

interface FetchApp {
  fetch(request: Request, env?: unknown): Response | Promise<Response>;
}

export type Gateway = (request: Request, clientAddress: string | null) => Promise<Response>;

// ---------------------------------------------------------------- responses

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

/** An error shaped like the auth server's (supabase-js reads `error_code` and `msg`). */
function authError(status: number, errorCode: string, msg: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify({ code: status, error_code: errorCode, msg, ...extra }), {
    status,
    headers: { ...JSON_HEADERS, ...headers },
  });
}

/** An error shaped like PostgREST's. */
function restError(status: number, code: string, message: string, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify({ code, details: null, hint: null, message }), {
    status,
    headers: { ...JSON_HEADERS, ...headers },
  });
}

function tooLarge(pathname: string, limit: number) {
  const message = `Request body too large: at most ${Math.round(limit / MB)} MB`;
  // Close the connection rather than read the rest of an oversized body.
  const headers = { connection: 'close' };
  return pathname.startsWith('/auth/')
    ? authError(413, 'request_too_large', message, {}, headers)
    : restError(413, 'PGRST413', message, headers);
}

// ---------------------------------------------------------------- rate limits

/** Fixed-window counters per (bucket, address). */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  constructor(private readonly now: () => number = Date.now) {}

  /** Counts one request; returns the seconds to wait when over the limit, else 0. */
  hit(bucket: string, address: string, limit: number, windowMs: number): number {
    const key = `${bucket}\u0000${address}`;
    const now = this.now();
    let entry = this.windows.get(key);
    if (!entry || now - entry.start >= windowMs) {
      if (this.windows.size > 50_000) this.sweep(now, windowMs);
      entry = { start: now, count: 0 };
      this.windows.set(key, entry);
    }
    entry.count += 1;
    if (entry.count <= limit) return 0;
    return Math.max(1, Math.ceil((entry.start + windowMs - now) / 1000));
  }

  private sweep(now: number, windowMs: number) {
    for (const [key, entry] of this.windows) if (now - entry.start >= windowMs) this.windows.delete(key);
  }
}

function rateBucket(request: Request, url: URL): 'sign_in_sign_ups' | 'token_refresh' | null {
  if (request.method !== 'POST') return null;
  if (url.pathname === '/auth/v1/signup') return 'sign_in_sign_ups';
  if (url.pathname === '/auth/v1/token') {
    const grant = url.searchParams.get('grant_type');
    if (grant === 'password') return 'sign_in_sign_ups';
    if (grant === 'refresh_token') return 'token_refresh';
  }
  return null;
}

// ---------------------------------------------------------------- bodies

/** Reads a body, giving up as soon as it passes `limit` bytes. */
async function readCapped(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The verified claims of an HS256 bearer token, or null. */
export function verifiedClaims(authorization: string | null, secret: string | null): Record<string, unknown> | null {
  if (!authorization || !secret) return null;
  const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  const parts = token?.split('.');
  if (!parts || parts.length !== 3) return null;
  const [header, payload, signature] = parts as [string, string, string];
  try {
    const alg = (JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: string }).alg;
    if (alg !== 'HS256') return null;
    const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) return null;
    return claims;
  } catch {
    return null;
  }
}

/** Unverified claims: only used to refuse more, never to allow more. */
function unverifiedClaims(authorization: string | null): Record<string, unknown> | null {
  const payload = authorization?.split('.')[1];
  if (!payload) return null;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- passwords and names

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The part of the password rule Lite does not check: not an e-mail address, not the account's own. */
export function passwordEmailProblem(password: string, email: string | null | undefined): boolean {
  const p = password.trim().toLowerCase();
  if (EMAIL_SHAPE.test(p)) return true;
  const e = (email ?? '').trim().toLowerCase();
  return e.length > 0 && p.includes(e);
}

function weakPasswordEmail() {
  return authError(422, 'weak_password', 'Password should not be an email address.', {
    weak_password: { reasons: ['email'] },
  });
}

function parseJson(bytes: Uint8Array | null): Record<string, unknown> | null {
  if (!bytes || bytes.byteLength === 0) return null;
  try {
    const value = JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- errors

const CONSTRAINT_ERRORS: Array<{ pattern: RegExp; sqlstate: string; status: number }> = [
  { pattern: /violates check constraint/, sqlstate: '23514', status: 400 },
  { pattern: /violates not-null constraint/, sqlstate: '23502', status: 400 },
  { pattern: /violates unique constraint/, sqlstate: '23505', status: 409 },
  { pattern: /violates foreign key constraint/, sqlstate: '23503', status: 409 },
  { pattern: /violates exclusion constraint/, sqlstate: '23P01', status: 409 },
];

/** Lite answers constraint violations as 500 `SUP`; answer them as PostgREST does. */
async function mapConstraintError(response: Response): Promise<Response> {
  if (response.status !== 500) return response;
  const text = await response.text();
  try {
    const body = JSON.parse(text) as { code?: string; message?: string; details?: unknown; hint?: unknown };
    const message = (body.message ?? '').replace(/^error:\s*/, '');
    const match = body.code === 'SUP' ? CONSTRAINT_ERRORS.find((c) => c.pattern.test(message)) : undefined;
    if (match) {
      return new Response(
        JSON.stringify({ code: match.sqlstate, details: body.details ?? null, hint: body.hint ?? null, message }),
        { status: match.status, headers: JSON_HEADERS },
      );
    }
  } catch {
    // not JSON: pass on as it was
  }
  return new Response(text, { status: response.status, headers: response.headers });
}

// ---------------------------------------------------------------- the gateway

export function createGateway(app: FetchApp, options: GatewayOptions, limiter = new RateLimiter()): Gateway {
  return async (request, clientAddress) => {
    const url = new URL(request.url);
    const { pathname } = url;
    if (!API_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
      return restError(404, 'PGRST404', 'Not found');
    }

    const bucket = rateBucket(request, url);
    if (bucket && options.rateLimits) {
      const limit = bucket === 'token_refresh' ? options.rateLimits.tokenRefresh : options.rateLimits.signInSignUps;
      const wait = limiter.hit(bucket, clientAddress ?? 'unknown', limit, options.rateLimits.windowMs);
      if (wait > 0) {
        return authError(429, 'over_request_rate_limit', 'Request rate limit reached', {}, { 'retry-after': String(wait) });
      }
    }

    // Bodies: the larger limit only for the upload RPC with a valid signed-in token.
    let body: Uint8Array | null = null;
    if (request.body && request.method !== 'GET' && request.method !== 'HEAD') {
      const upload =
        pathname === UPLOAD_RPC_PATH &&
        verifiedClaims(request.headers.get('authorization'), options.jwtSecret)?.role === 'authenticated';
      const limit = upload ? options.uploadBodyLimit : options.bodyLimit;
      const declared = Number(request.headers.get('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > limit) return tooLarge(pathname, limit);
      body = await readCapped(request.body, limit);
      if (!body) return tooLarge(pathname, limit);
    }

    if (request.method === 'POST' && pathname === '/auth/v1/signup') {
      const json = parseJson(body);
      const password = typeof json?.password === 'string' ? json.password : '';
      if (password && passwordEmailProblem(password, typeof json?.email === 'string' ? json.email : null)) {
        return weakPasswordEmail();
      }
      const data = json?.data as Record<string, unknown> | undefined;
      const name = data?.full_name;
      if (name !== undefined && name !== null && (typeof name !== 'string' || name.trim().length > options.fullNameMax)) {
        return authError(422, 'validation_failed', `Full name must be text of at most ${options.fullNameMax} characters`);
      }
    }
    if (request.method === 'PUT' && pathname === '/auth/v1/user') {
      const json = parseJson(body);
      const password = typeof json?.password === 'string' ? json.password : '';
      const claims = unverifiedClaims(request.headers.get('authorization'));
      const email = typeof json?.email === 'string' ? json.email : typeof claims?.email === 'string' ? claims.email : null;
      if (password && passwordEmailProblem(password, email)) return weakPasswordEmail();
    }

    const headers = new Headers(request.headers);
    if (body) headers.set('content-length', String(body.byteLength));
    const forwarded = new Request(request.url, {
      method: request.method,
      headers,
      body: body as BodyInit | null,
      signal: request.signal,
    });
    const response = await app.fetch(forwarded, { peerAddress: clientAddress });
    return mapConstraintError(response);
  };
}
