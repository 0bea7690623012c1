import { createClient } from '@supabase/supabase-js';
import type { Database } from './database.types';

// The one client.  Features reach it only through their api/ modules.
const url = import.meta.env.VITE_SUPABASE_URL || window.location.origin;
const key = import.meta.env.VITE_SUPABASE_ANON_KEY as string | undefined;

if (!key) {
  throw new Error('VITE_SUPABASE_ANON_KEY is not set');
}

export const supabase = createClient<Database>(url, key, {
  auth: { persistSession: true, autoRefreshToken: true, storageKey: 'reform-tracker-auth' },
});

export type { Database };
