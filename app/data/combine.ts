// Several entity queries seen as one, for a page that needs them all
// (useQueries({ queries, combine: combine(build) })): pending until every one
// has data, failed when any fails, retried together.
import type { UseQueryResult } from '@tanstack/react-query';

export type Combined<T> = { error: unknown; refetch: () => Promise<unknown> } & (
  | { isPending: true; isError: false; data: undefined }
  | { isPending: false; isError: true; data: undefined }
  | { isPending: false; isError: false; data: T }
);

// Each query's data once it has come: a query whose answer may be null (a row
// that does not exist) keeps its null.
type Datas<Q extends readonly UseQueryResult[]> = { [K in keyof Q]: Exclude<Q[K]['data'], undefined> };

export function combine<Q extends readonly UseQueryResult[], T>(build: (data: Datas<Q>) => T) {
  return (results: Q): Combined<T> => {
    const failed = results.find((q) => q.isError);
    const ready = results.every((q) => q.data !== undefined);
    const common = { error: failed?.error ?? null, refetch: () => Promise.all(results.map((q) => q.refetch())) };
    if (failed) return { ...common, isPending: false, isError: true, data: undefined };
    if (!ready) return { ...common, isPending: true, isError: false, data: undefined };
    return { ...common, isPending: false, isError: false, data: build(results.map((q) => q.data) as unknown as Datas<Q>) };
  };
}
