// The one client.  Features reach it only through their data modules.
//
// supabase-js is made of an auth client (@supabase/auth-js), a PostgREST
// client (@supabase/postgrest-js), and realtime, storage and functions
// clients that this app never uses.  createClient builds all five, so the
// first page carried them all (about 40 KB gzip).  This builds only the two
// the app uses, exactly as createClient wires them (same URLs, headers,
// session storage and token on every request), and offers the part of the
// supabase-js client the app calls: `auth`, `from` and `rpc`, with the same
// types.  A feature that needs storage or realtime later adds it here.
// The auth client lives in ./auth-client, so that the sign-in page, which
// needs no data, loads it without the PostgREST client.
import { PostgrestClient } from '@supabase/postgrest-js';
import { auth, base, key } from './auth-client';
import type { Database } from './database.types';

/** Every API request carries the key and the signed-in user's token (or the key), as supabase-js does. */
const fetchWithAuth: typeof fetch = async (input, init) => {
  const { data } = await auth.getSession();
  const headers = new Headers(init?.headers);
  if (!headers.has('apikey')) headers.set('apikey', key);
  if (!headers.has('Authorization')) headers.set('Authorization', `Bearer ${data.session?.access_token ?? key}`);
  return fetch(input, { ...init, headers });
};

const rest = new PostgrestClient<Database>(new URL('rest/v1', base).href, { schema: 'public', fetch: fetchWithAuth });

// The PostgREST client (`from`, `rpc`, typed by the schema) with the auth
// client beside it, as on the supabase-js client.
export const supabase = Object.assign(rest, { auth });

export type { Database };
