// Route loaders start a page's queries while its code loads (no waterfall:
// every query starts at once) and return without waiting for them; the page
// then reads the same queryOptions with useQuery.  Nothing is asked before
// sign-in: an anonymous read would cache an empty answer.
import type { FetchQueryOptions, QueryClient } from '@tanstack/react-query';
import { supabase } from '../lib/supabase';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any query's options, whatever its data type
type AnyQuery = FetchQueryOptions<any, any, any, any>;

export async function prefetch(queryClient: QueryClient, queries: readonly AnyQuery[]): Promise<null> {
  const { data } = await supabase.auth.getSession();
  if (!data.session) return null;
  for (const query of queries) void queryClient.prefetchQuery(query);
  return null;
}
