// Route loaders start a page's queries while its code loads (no waterfall:
// every query starts at once) and return without waiting for them; the page
// then reads the same queryOptions with useQuery.  Nothing is asked before
// sign-in: an anonymous read would cache an empty answer.
import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import { supabase } from '../lib/supabase';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any query's options, whatever its data type
type AnyQuery = FetchQueryOptions<any, any, any, any>;

/** Signed in? Nothing is prefetched otherwise. */
async function signedIn(): Promise<boolean> {
  const { data } = await supabase.auth.getSession();
  return Boolean(data.session);
}

export async function prefetch(queryClient: QueryClient, queries: readonly AnyQuery[]): Promise<null> {
  if (!(await signedIn())) return null;
  for (const query of queries) void queryClient.prefetchQuery(query);
  return null;
}

/**
 * A query that needs another one's answer to be asked (the dashboard of the
 * default plan needs the list of plans): the second starts as soon as the
 * first answers, not when the page has drawn the first.
 */
export async function prefetchAfter<T, K extends QueryKey>(
  queryClient: QueryClient,
  first: FetchQueryOptions<T, Error, T, K>,
  next: (data: T) => AnyQuery | undefined,
): Promise<null> {
  if (!(await signedIn())) return null;
  void queryClient
    .fetchQuery(first)
    .then((data) => {
      const query = next(data);
      if (query) void queryClient.prefetchQuery(query);
    })
    .catch(() => undefined); // the page asks again and shows the error
  return null;
}
