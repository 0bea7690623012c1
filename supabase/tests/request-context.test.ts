// Each API request sets its caller's role, JWT claims and (for an RPC) the
// request settings in one statement (server/request-context.ts) instead of
// Lite's eleven.  Here the settings a request's statement sees are held equal
// to the ones Lite's own methods give, for an anonymous caller, a signed-in
// user with claims, the service role, a REST read and an RPC; and the
// server's statement timeouts are the caller's.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootDatabase, type BootedDatabase } from './boot';
import { applyRequestContext } from '../../server/request-context';

let db: BootedDatabase;
interface Carrier {
  withContext: (context: unknown, run: (tx: unknown) => Promise<unknown>, options?: unknown) => Promise<unknown>;
  applyJwtSessionContext: unknown;
  applyRpcRequestGucs: unknown;
}
let connection: Carrier;

beforeAll(async () => {
  db = await bootDatabase();
  connection = db.connection as unknown as Carrier;
}, 180_000);
afterAll(async () => db?.close());

const uid = '6f1c1a52-1b7e-4d0e-9d52-0c7f3f1a2b3c';
const callers = {
  anonymous: { auth: { role: 'anon' } },
  'signed in, with claims': {
    auth: { role: 'authenticated', uid, jwt: { sub: uid, role: 'authenticated', email: 'a@example.vn', app_metadata: { provider: 'email' } } },
  },
  'service role': { auth: { role: 'service_role', jwt: { role: 'service_role' } } },
  'no auth at all': {},
} as const;
const rpc = { method: 'POST', path: '/rest/v1/rpc/plan_page', requestHeaders: { prefer: 'return=representation', 'x-client-info': 'test' } };

/** What a request's own statement sees. */
async function seen(context: unknown, asRpc: boolean): Promise<Record<string, string | null> | undefined> {
  return (await connection.withContext(
    context,
    async (tx) =>
      (
        await sql<Record<string, string | null>>`select current_user as user, current_setting('role') as role,
          current_setting('request.jwt.claim.sub', true) as sub, current_setting('request.jwt.claim.role', true) as claim_role,
          current_setting('request.jwt.claims', true) as claims, current_setting('storage.operation', true) as storage,
          current_setting('request.method', true) as method, current_setting('request.path', true) as path,
          current_setting('request.headers', true) as headers, current_setting('response.status', true) as status,
          current_setting('response.headers', true) as response_headers, current_setting('statement_timeout') as timeout`.execute(tx as never)
      ).rows[0],
    asRpc ? { rpc } : undefined,
  )) as Record<string, string | null> | undefined;
}

/** The same with Lite's own methods (those of the connection's class). */
async function seenByLite(context: unknown, asRpc: boolean) {
  const own = { jwt: connection.applyJwtSessionContext, rpc: connection.applyRpcRequestGucs };
  const proto = Object.getPrototypeOf(connection) as Carrier;
  connection.applyJwtSessionContext = proto.applyJwtSessionContext;
  connection.applyRpcRequestGucs = proto.applyRpcRequestGucs;
  try {
    return await seen(context, asRpc);
  } finally {
    connection.applyJwtSessionContext = own.jwt;
    connection.applyRpcRequestGucs = own.rpc;
  }
}

describe('one statement sets what Lite sets', () => {
  for (const [who, context] of Object.entries(callers)) {
    for (const asRpc of [false, true]) {
      it(`${who}, ${asRpc ? 'an RPC' : 'a table read'}`, async () => {
        expect(Object.hasOwn(connection, 'applyJwtSessionContext')).toBe(true);
        const ours = await seen(context, asRpc);
        expect(ours).toEqual(await seenByLite(context, asRpc));
        expect(ours!.role).toBe('auth' in context ? context.auth.role : 'anon');
        if (asRpc) expect(ours!.path).toBe(rpc.path);
      });
    }
  }

  it('the server adds each caller its statement timeout: 8 s signed in, 3 s anonymous, none for the service role', async () => {
    const before = (await seen(callers['service role'], false))!.timeout;
    applyRequestContext(connection, { statementTimeouts: true });
    try {
      expect((await seen(callers['signed in, with claims'], true))!.timeout).toBe('8s');
      expect((await seen(callers.anonymous, false))!.timeout).toBe('3s');
      expect((await seen(callers['service role'], false))!.timeout).toBe(before);
    } finally {
      applyRequestContext(connection, { statementTimeouts: false });
    }
  });
});
