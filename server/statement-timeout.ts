// A per-request statement timeout like hosted Supabase's: 8 s for signed-in
// users, 3 s for anonymous requests (hosted sets them on the `authenticated`
// and `anon` roles; PostgREST applies them per request).
//
// Lite runs every API request in a transaction and sets the request's role in
// `applyJwtSessionContext`; this wraps it to add `set_config('statement_timeout',
// …, true)` (transaction-local, like `set local`).  PostgreSQL enforces it.
// PGlite accepts the setting but never enforces it: it runs in one thread
// without the timer signal Postgres uses to cancel a statement (measured:
// `pg_sleep(1.5)` under a 200 ms timeout finished after 1.5 s).
import { sql } from 'kysely';

export const STATEMENT_TIMEOUTS: Readonly<Record<string, string>> = {
  anon: '3s',
  authenticated: '8s',
};

interface ContextCarrier {
  applyJwtSessionContext?: (tx: unknown, context: { auth?: { role?: string } }, setRole: boolean) => Promise<void>;
}

export function applyStatementTimeouts(connection: object): void {
  const carrier = connection as ContextCarrier;
  const original = carrier.applyJwtSessionContext;
  if (typeof original !== 'function') {
    console.warn('statement timeout: this Lite version has no applyJwtSessionContext; no per-request timeout.');
    return;
  }
  carrier.applyJwtSessionContext = async function (tx, context, setRole) {
    await original.call(this, tx, context, setRole);
    const timeout = STATEMENT_TIMEOUTS[context?.auth?.role || 'anon'];
    if (timeout) await sql`select set_config('statement_timeout', ${timeout}, true)`.execute(tx as never);
  };
}
