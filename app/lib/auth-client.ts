// The auth client alone (@supabase/auth-js), wired as supabase-js wires it.
// The sign-in page and the session need nothing else; everything that reads
// data goes through ./supabase, which adds the PostgREST client beside it.
import { AuthClient } from '@supabase/auth-js';

const url = import.meta.env.VITE_SUPABASE_URL || window.location.origin;
const anonKey = import.meta.env.VITE_SUPABASE_ANON_KEY as string | undefined;

if (!anonKey) {
  throw new Error('VITE_SUPABASE_ANON_KEY is not set');
}

export const key: string = anonKey;
export const base = url.endsWith('/') ? url : `${url}/`;

export const auth = new AuthClient({
  url: new URL('auth/v1', base).href,
  headers: { Authorization: `Bearer ${key}`, apikey: key },
  storageKey: 'reform-tracker-auth',
  persistSession: true,
  autoRefreshToken: true,
  // supabase-js' defaults
  detectSessionInUrl: true,
  flowType: 'implicit',
});
