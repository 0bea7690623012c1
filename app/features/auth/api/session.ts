import { useSyncExternalStore } from 'react';
import type { Session } from '@supabase/auth-js';

// The signed-in session, kept in sync with supabase-js (which persists it in
// localStorage and refreshes it).  `undefined` until the first check ends.
type SessionState = Session | null | undefined;

let current: SessionState = undefined;
const listeners = new Set<() => void>();

function set(next: Session | null) {
  current = next;
  listeners.forEach((listener) => listener());
}

// The auth client comes in a chunk of its own, asked for at once but not
// waited for: the sign-in form is drawn without it.  (Every page behind
// sign-in loads it anyway, with its data modules.)
void import('../../../lib/auth-client').then(({ auth }) => {
  void auth.getSession().then(({ data }) => set(data.session));
  auth.onAuthStateChange((_event, session) => set(session));
});

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, () => current);
}
