import type { ReactNode } from 'react';
import { Empty, ErrorState, Loading } from './states';

/** The part of a TanStack query result that decides what to show. */
export interface QueryLike<T> {
  data?: T | undefined;
  error: unknown;
  isPending: boolean;
  refetch?: () => unknown;
}

interface QueryStateBase<T> {
  query: QueryLike<T>;
  /** What to show while loading, instead of the spinner (e.g. a skeleton). */
  loading?: ReactNode;
}

/**
 * One query's four states in one place, in the order every screen used:
 * loading, error (with a retry), empty and the data. With `empty` given, a
 * null answer (a record that is not there), an empty list, or what `isEmpty`
 * says shows it, and the children get the data without its null:
 *
 *   <QueryState query={units} empty={t('x.none')} isEmpty={(d) => d.length === 0}>
 *     {(rows) => <UnitTable rows={rows} />}
 *   </QueryState>
 */
export function QueryState<T>(
  props: QueryStateBase<T> & {
    empty: Exclude<ReactNode, undefined>;
    isEmpty?: (data: NonNullable<T>) => boolean;
    children: (data: NonNullable<T>) => ReactNode;
  },
): ReactNode;
export function QueryState<T>(props: QueryStateBase<T> & { empty?: undefined; isEmpty?: undefined; children: (data: T) => ReactNode }): ReactNode;
export function QueryState<T>({
  query,
  children,
  empty,
  isEmpty,
  loading,
}: QueryStateBase<T> & {
  empty?: ReactNode;
  isEmpty?: (data: NonNullable<T>) => boolean;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <>{loading ?? <Loading />}</>;
  if (query.error || query.data === undefined) {
    const refetch = query.refetch;
    return <ErrorState error={query.error} onRetry={refetch ? () => void refetch() : undefined} />;
  }
  const data = query.data;
  if (empty !== undefined) {
    const nothing = data === null || (isEmpty ? isEmpty(data as NonNullable<T>) : Array.isArray(data) && data.length === 0);
    if (nothing) return <Empty>{empty}</Empty>;
  }
  return <>{children(data)}</>;
}
