// Rendering a route as a signed-in person, against the real backend: the
// embedded server boots in the test (supabase/tests/harness), the app's own
// client (app/lib/supabase.ts) reaches it through the servers' gateway, and
// the route's loader and queries run as in the browser.  Nothing is mocked
// but the network between them.
import './dom-globals';
import { createInstance } from 'i18next';
import type { ComponentType } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type LoaderFunction } from 'react-router';
import { vi } from 'vitest';
import { startBackend, PUBLISHABLE_KEY, type Backend } from '../../supabase/tests/harness';
import { resources } from '../i18n/resources';
import type { Me } from '../components/layout/me';

export interface RouteWorld {
  backend: Backend;
  /** Signs the app's client in and answers the person as pages see them. */
  signIn(email: string): Promise<Me>;
  render(route: { path: string; Component: ComponentType; loader?: LoaderFunction }, url: string, me: Me, lang?: 'vi' | 'en'): Promise<ReturnType<typeof render>>;
  close(): Promise<void>;
}

export async function startRouteWorld(): Promise<RouteWorld> {
  const backend = await startBackend({ seed: true });
  // The app's client is built when its module loads: point it at the gateway first.
  vi.stubEnv('VITE_SUPABASE_URL', 'http://127.0.0.1');
  vi.stubEnv('VITE_SUPABASE_ANON_KEY', PUBLISHABLE_KEY);
  // jsdom's AbortSignal is not the one Node's Request takes: requests go without it.
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const { signal: _signal, ...rest } = init ?? {};
    return backend.gateway(new Request(typeof input === 'string' || input instanceof URL ? input : input.url, rest), '127.0.0.1');
  });
  const { supabase } = await import('../lib/supabase');
  const { queryClient } = await import('../providers');
  const { QueryClientProvider } = await import('@tanstack/react-query');
  const { MeContext } = await import('../components/layout/me');

  return {
    backend,
    async signIn(email) {
      queryClient.clear();
      const { data, error } = await supabase.auth.signInWithPassword({ email, password: 'Demo@12345' });
      if (error) throw error;
      const [p] = await backend.sql<{ full_name: string; role: Me['role']; unit_id: string | null; unit_name: string | null }>(
        `select p.full_name, p.role, p.unit_id, u.name as unit_name from public.profiles p left join public.units u on u.id = p.unit_id where p.id = $1`,
        data.user!.id,
      );
      return { id: data.user!.id, name: p!.full_name, role: p!.role, unitId: p!.unit_id, unitName: p!.unit_name };
    },
    async render(route, url, me, lang = 'vi') {
      const i18n = createInstance();
      await i18n.use(initReactI18next).init({ lng: lang, resources, fallbackLng: false, interpolation: { escapeValue: false } });
      const router = createMemoryRouter([{ path: route.path, Component: route.Component, loader: route.loader, hydrateFallbackElement: <p>…</p> }], {
        initialEntries: [url],
      });
      return render(
        <I18nextProvider i18n={i18n}>
          <QueryClientProvider client={queryClient}>
            <MeContext.Provider value={me}>
              <RouterProvider router={router} />
            </MeContext.Provider>
          </QueryClientProvider>
        </I18nextProvider>,
      );
    },
    async close() {
      await supabase.auth.signOut().catch(() => undefined);
      vi.unstubAllGlobals();
      vi.unstubAllEnvs();
      await backend.close();
    },
  };
}
