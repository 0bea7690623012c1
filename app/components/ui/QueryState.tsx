import type { ReactNode } from 'react';
import { Empty, ErrorState, Loading } from './states';

/** The part of a TanStack query result that decides what to show. */
export interface QueryLike<T> {
  data?: T | undefined;
  error: unknown;
  isPending: boolean;
  refetch?: () => unknown;
}

/**
 * One query's four states in one place, in the order every screen used:
 * loading, error (with a retry), empty (when `empty` is given: an empty list or
 * null, or what `isEmpty` says) and the data.
 *
 *   <QueryState query={units} empty={t('x.none')} isEmpty={(d) => d.length === 0}>
 *     {(rows) => <UnitTable rows={rows} />}
 *   </QueryState>
 */
export function QueryState<T>({
  query,
  children,
  empty,
  isEmpty,
  loading,
}: {
  query: QueryLike<T>;
  children: (data: T) => ReactNode;
  empty?: ReactNode;
  isEmpty?: (data: T) => boolean;
  /** What to show while loading, instead of the spinner (e.g. a skeleton). */
  loading?: ReactNode;
}) {
  if (query.isPending) return <>{loading ?? <Loading />}</>;
  if (query.error || query.data === undefined) {
    const refetch = query.refetch;
    return <ErrorState error={query.error} onRetry={refetch ? () => void refetch() : undefined} />;
  }
  const data = query.data;
  const nothing = isEmpty ? isEmpty(data) : data === null || (Array.isArray(data) && data.length === 0);
  if (empty !== undefined && nothing) return <Empty>{empty}</Empty>;
  return <>{children(data)}</>;
}
