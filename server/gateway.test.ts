// The gateway's limits through supabase-js, in-process, on a fresh seeded
// database: rate limits with the numbers of supabase/config.toml, body limits,
// the password and name rules, constraint violations as 4xx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@supabase/supabase-js';
import ws from 'ws';
import type { Database } from '../app/lib/database.types';
import { DEMO_PASSWORD, PUBLISHABLE_KEY, startBackend, TEST_GATEWAY_OPTIONS, type Backend } from '../supabase/tests/harness';
import { makeTask } from '../supabase/tests/fixtures';
import { readConfig } from './backend';
import { createGateway, gatewayOptionsFromConfig, MB, type Gateway, type RateLimits } from './gateway';

let b: Backend;
let limits: RateLimits;

beforeAll(async () => {
  b = await startBackend({ seed: true });
  limits = gatewayOptionsFromConfig(await readConfig()).rateLimits!;
});
afterAll(async () => b?.close());

function clientVia(gateway: Gateway, address: string) {
  return createClient<Database>('http://127.0.0.1', PUBLISHABLE_KEY, {
    auth: { persistSession: false, autoRefreshToken: false },
    realtime: { transport: ws as never },
    global: { fetch: (input, init) => gateway(new Request(input as RequestInfo, init), address) },
  });
}

/** A gateway over the same database with the rate limits of supabase/config.toml. */
function limitedGateway() {
  return createGateway(b.app, { ...TEST_GATEWAY_OPTIONS, rateLimits: limits });
}

describe('rate limits (supabase/config.toml, per 5 minutes per address)', () => {
  it('config.toml keeps the hosted defaults: 30 sign-ins and sign-ups, 150 token refreshes', () => {
    expect(limits).toEqual({ signInSignUps: 30, tokenRefresh: 150, windowMs: 300_000 });
  });

  it('sign-ins and sign-ups share one budget; past it the answer is 429 over_request_rate_limit', async () => {
    const gateway = limitedGateway();
    const c = clientVia(gateway, '10.0.0.1');
    for (let i = 0; i < limits.signInSignUps - 1; i += 1) {
      const { error } = await c.auth.signInWithPassword({ email: 'committee@example.vn', password: 'wrong-password-1' });
      expect(error?.status, `attempt ${i + 1}`).toBe(400);
    }
    // The 30th request, a sign-up, is still answered.
    const signUp = await c.auth.signUp({ email: `gioi.han.${Date.now()}@example.vn`, password: DEMO_PASSWORD });
    expect(signUp.error).toBeNull();
    // The 31st is refused even with the right password.
    const { error } = await c.auth.signInWithPassword({ email: 'committee@example.vn', password: DEMO_PASSWORD });
    expect(error?.name).toBe('AuthApiError');
    expect(error?.status).toBe(429);
    expect(error?.code).toBe('over_request_rate_limit');
    const refusedSignUp = await c.auth.signUp({ email: `gioi.han.2.${Date.now()}@example.vn`, password: DEMO_PASSWORD });
    expect(refusedSignUp.error?.status).toBe(429);
    // Another address is not affected.
    const other = clientVia(gateway, '10.0.0.2');
    expect((await other.auth.signInWithPassword({ email: 'committee@example.vn', password: DEMO_PASSWORD })).error).toBeNull();
  });

  it('token refreshes have their own budget of 150', async () => {
    const gateway = limitedGateway();
    const c = clientVia(gateway, '10.0.0.3');
    const { data, error } = await c.auth.signInWithPassword({ email: 'committee@example.vn', password: DEMO_PASSWORD });
    expect(error).toBeNull();
    let refreshToken = data.session!.refresh_token;
    const refresh = (token: string) =>
      gateway(
        new Request('http://127.0.0.1/auth/v1/token?grant_type=refresh_token', {
          method: 'POST',
          headers: { apikey: PUBLISHABLE_KEY, 'content-type': 'application/json' },
          body: JSON.stringify({ refresh_token: token }),
        }),
        '10.0.0.3',
      );
    for (let i = 0; i < limits.tokenRefresh; i += 1) {
      const response = await refresh(refreshToken);
      expect(response.status, `refresh ${i + 1}`).toBe(200);
      refreshToken = ((await response.json()) as { refresh_token: string }).refresh_token;
    }
    const refused = await refresh(refreshToken);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await refused.json()).toMatchObject({ code: 429, error_code: 'over_request_rate_limit' });
    // Sign-ins from that address are a separate budget and still answered.
    expect((await c.auth.signInWithPassword({ email: 'committee@example.vn', password: DEMO_PASSWORD })).error).toBeNull();
  }, 180_000);
});

describe('request bodies', () => {
  const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
    b.gateway(
      new Request(`http://127.0.0.1${path}`, {
        method: 'POST',
        headers: { apikey: PUBLISHABLE_KEY, 'content-type': 'application/json', ...headers },
        body,
        duplex: 'half',
      } as RequestInit),
      '127.0.0.1',
    );

  it('a body over 1 MB is refused with 413 and a PostgREST-shaped error', async () => {
    const response = await post('/rest/v1/rpc/task_figures', JSON.stringify({ pad: 'x'.repeat(MB) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'PGRST413', message: expect.stringContaining('1 MB') });
  });

  it('a chunked body is counted as it streams and refused past the limit, without reading it all', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 200) controller.close(); // 200 × 64 KB = 12.5 MB if read to the end
        else controller.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    });
    const response = await post('/rest/v1/profiles', stream);
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(40);
  });

  it('an auth request over 1 MB gets an auth-shaped 413', async () => {
    const response = await post('/auth/v1/signup', JSON.stringify({ email: 'a@example.vn', password: 'x'.repeat(2 * MB) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 413, error_code: 'request_too_large' });
  });

  it('a 10 MB file still uploads for the lead unit; the same body from an anonymous caller is refused at 1 MB', async () => {
    const head = await b.signIn('tuphap@example.vn');
    const task = await makeTask(b, { status: 'in_progress' });
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * MB - 16, 65), Buffer.from('\n%%EOF\n')]);
    expect(pdf.length).toBe(10 * MB);
    const args = {
      p_task_id: task.id,
      p_file_name: 'bao-cao-10mb.pdf',
      p_mime_type: 'application/pdf',
      p_content_base64: pdf.toString('base64'),
      p_summary: 'Tệp đúng 10 MB',
    };
    const { error } = await head.rpc('add_evidence_file', args);
    expect(error).toBeNull();
    const [row] = await b.sql<{ file_size: number }>('select file_size from public.evidence where task_id = $1', task.id);
    expect(row?.file_size).toBe(10 * MB);
    const anonymous = await b.anon().rpc('add_evidence_file', args);
    expect(anonymous.error?.code).toBe('PGRST413');
    // A forged token (wrong signature) does not get the larger limit either.
    const forged = await post('/rest/v1/rpc/add_evidence_file', JSON.stringify(args), {
      authorization: `Bearer ${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from('{"role":"authenticated"}').toString('base64url')}.AAAA`,
    });
    expect(forged.status).toBe(413);
  }, 120_000);
});

describe('the password rule: 10 characters, letters and digits, not an e-mail address', () => {
  const cases: Array<[string, string, string]> = [
    ['short', 'abc12345', 'length'],
    ['letters only', 'abcdefghijkl', 'characters'],
    ['digits only', '123456789012', 'characters'],
    ['an e-mail address', 'someone1@example.vn', 'email'],
  ];
  for (const [name, password, reason] of cases) {
    it(`sign-up refuses a password that is ${name}`, async () => {
      const email = `mat.khau.${reason}.${Date.now()}@example.vn`;
      const { error } = await b.anon().auth.signUp({ email, password });
      expect(error?.status).toBe(422);
      expect(error?.code).toBe('weak_password');
      expect((error as { reasons?: string[] }).reasons).toContain(reason);
      expect(await b.sql('select 1 from auth.users where email = $1', email)).toHaveLength(0);
    });
  }

  it("sign-up refuses the account's own e-mail inside the password", async () => {
    const email = 'tu.dat@vn.vn';
    const { error } = await b.anon().auth.signUp({ email, password: `${email}2026` });
    expect(error?.code).toBe('weak_password');
  });

  it('a password change is held to the same rule; the demo password passes', async () => {
    const c = await b.signIn('noivu@example.vn');
    for (const password of ['short1', 'onlyletters', 'noivu@example.vn']) {
      const { error } = await c.auth.updateUser({ password });
      expect(error?.status, password).toBe(422);
      expect(error?.code, password).toBe('weak_password');
    }
    const { error } = await c.auth.updateUser({ password: 'Mat-khau-moi-2026' });
    expect(error).toBeNull();
    await b.signIn('noivu@example.vn', 'Mat-khau-moi-2026');
  });
});

describe('sign-up names', () => {
  it('a 300-character name is refused with 422 and a message, and no account is made', async () => {
    const email = `ten.dai.${Date.now()}@example.vn`;
    const { error } = await b.anon().auth.signUp({ email, password: DEMO_PASSWORD, options: { data: { full_name: 'A'.repeat(300) } } });
    expect(error?.status).toBe(422);
    expect(error?.message).toMatch(/200 characters/);
    expect(await b.sql('select 1 from auth.users where email = $1', email)).toHaveLength(0);
  });

  it('the profile trigger cannot fail on a long name: it keeps 200 characters', async () => {
    const [row] = await b.sql<{ id: string }>(
      `insert into auth.users (id, aud, role, email, raw_user_meta_data, created_at, updated_at)
       values (gen_random_uuid(), 'authenticated', 'authenticated', $1, $2::jsonb, now(), now()) returning id`,
      `ten.rat.dai.${Date.now()}@example.vn`,
      JSON.stringify({ full_name: 'B'.repeat(300) }),
    );
    const [profile] = await b.sql<{ n: number }>('select char_length(full_name) as n from public.profiles where id = $1', row!.id);
    expect(profile?.n).toBe(200);
  });
});

describe('constraint violations and closed paths', () => {
  it('a check violation answers 400 with code 23514 and the constraint name', async () => {
    const c = await b.signIn('committee@example.vn');
    const { data } = await c.auth.getUser();
    const result = await c.from('profiles').update({ full_name: 'C'.repeat(300) }).eq('id', data.user!.id);
    expect(result.status).toBe(400);
    expect(result.error?.code).toBe('23514');
    expect(result.error?.message).toContain('profiles_full_name_length');
  });

  it('a unique violation answers 409 with code 23505', async () => {
    const admin = await b.signIn('admin@example.vn');
    const result = await admin.from('units').insert({ code: 'STP', name: 'Sở Tư pháp (trùng)', kind: 'department' });
    expect(result.status).toBe(409);
    expect(result.error?.code).toBe('23505');
    expect(result.error?.message).toContain('units_code_key');
  });

  it('/_system answers 404, with or without a key', async () => {
    for (const path of ['/_system/config', '/_system/info', '/_system/introspect']) {
      const response = await b.gateway(new Request(`http://127.0.0.1${path}`, { headers: { apikey: PUBLISHABLE_KEY } }), '127.0.0.1');
      expect(response.status, path).toBe(404);
    }
  });
});
