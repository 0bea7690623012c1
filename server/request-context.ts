// What each API request sets in its transaction before its statement runs,
// in one statement instead of eleven.
//
// Lite runs every API request in a transaction and, before the request's own
// statement, sets the caller's role and JWT claims (`applyJwtSessionContext`:
// five `set_config` and a `SET LOCAL ROLE`) and, for an RPC, the request
// settings PostgREST gives functions (`applyRpcRequestGucs`: five more), one
// round trip each.  On the embedded server that is most of the cost of a
// request that does no work.  Here both set the same settings, to the same
// values, in one `select set_config(…), …` each (`set_config('role', …, true)`
// is what `SET LOCAL ROLE` does).  `supabase/tests/request-context.test.ts`
// holds the settings equal to Lite's own for every kind of caller.
//
// It also adds a per-request statement timeout like hosted Supabase's: 8 s for
// signed-in users, 3 s for anonymous requests (hosted sets them on the
// `authenticated` and `anon` roles; PostgREST applies them per request).
// PostgreSQL enforces it.  PGlite accepts the setting but never enforces it:
// it runs in one thread without the timer signal Postgres uses to cancel a
// statement (measured: `pg_sleep(1.5)` under a 200 ms timeout finished after
// 1.5 s).
import { sql, type RawBuilder } from 'kysely';

export const STATEMENT_TIMEOUTS: Readonly<Record<string, string>> = {
  anon: '3s',
  authenticated: '8s',
};

interface RequestContext {
  auth?: { role?: string; uid?: unknown; jwt?: unknown };
  storage?: { operation?: unknown };
}

interface RpcRequest {
  method: string;
  path: string;
  requestHeaders?: unknown;
}

interface ContextCarrier {
  applyJwtSessionContext?: (tx: unknown, context: RequestContext, setRole: boolean) => Promise<void>;
  applyRpcRequestGucs?: (tx: unknown, rpc: RpcRequest) => Promise<void>;
}

type Setting = [name: string, value: string];

function setAll(settings: Setting[]): RawBuilder<unknown> {
  return sql`select ${sql.join(settings.map(([name, value]) => sql`set_config(${name}, ${value}, true)`))}`;
}

/** The settings Lite gives a caller, in its order, and the caller's statement timeout if asked. */
export function sessionSettings(context: RequestContext, statementTimeouts: boolean): Setting[] {
  const auth = context.auth;
  const role = auth?.role || 'anon';
  const settings: Setting[] = [
    ['role', role],
    ['request.jwt.claim.sub', String(auth?.uid ?? '')],
    ['request.jwt.claim.role', role],
    ['storage.operation', String(context.storage?.operation ?? '')],
  ];
  const jwt = auth?.jwt;
  if (jwt && typeof jwt === 'object') settings.push(['request.jwt.claims', JSON.stringify(jwt)]);
  const timeout = statementTimeouts ? STATEMENT_TIMEOUTS[role] : undefined;
  if (timeout) settings.push(['statement_timeout', timeout]);
  return settings;
}

/** The request settings an RPC gets (PostgREST's), as Lite sets them. */
export function rpcSettings(rpc: RpcRequest): Setting[] {
  return [
    ['response.status', ''],
    ['response.headers', ''],
    ['request.method', rpc.method],
    ['request.path', rpc.path],
    ['request.headers', JSON.stringify(rpc.requestHeaders ?? {})],
  ];
}

/**
 * Makes a Lite connection set each request's context in one statement (and,
 * with `statementTimeouts`, the caller's statement timeout with it).  A Lite
 * version without these methods keeps its own and is told so.
 */
export function applyRequestContext(connection: object, { statementTimeouts }: { statementTimeouts: boolean }): void {
  const carrier = connection as ContextCarrier;
  if (typeof carrier.applyJwtSessionContext !== 'function' || typeof carrier.applyRpcRequestGucs !== 'function') {
    console.warn('request context: this Lite version has no applyJwtSessionContext / applyRpcRequestGucs; its own are kept (no per-request timeout).');
    return;
  }
  carrier.applyJwtSessionContext = async (tx, context) => {
    await setAll(sessionSettings(context ?? {}, statementTimeouts)).execute(tx as never);
  };
  carrier.applyRpcRequestGucs = async (tx, rpc) => {
    await setAll(rpcSettings(rpc)).execute(tx as never);
  };
}
