// A link that starts loading its page's data as soon as the user shows the
// intent to follow it: the pointer resting on it, keyboard focus, or a touch.
// The page then reads the same queryOptions and, by the click, usually has
// its data.  TanStack Query asks nothing for data already fresh in the cache
// and shares a request already under way.
import { useEffect, useRef } from 'react';
import { Link, type LinkProps } from 'react-router';
import { useQueryClient, type FetchQueryOptions } from '@tanstack/react-query';

/** How long the pointer rests on a link before its data is asked for: sweeping across a long table asks nothing. */
export const HOVER_INTENT_MS = 60;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any query's options, whatever its data type
type AnyQuery = FetchQueryOptions<any, any, any, any>;

export interface IntentLinkProps extends LinkProps {
  /** The queries the target page starts with (the same queryOptions as its loader). */
  queries: () => readonly AnyQuery[];
}

export function IntentLink({ queries, onMouseEnter, onMouseLeave, onFocus, onTouchStart, ...props }: IntentLinkProps) {
  const queryClient = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const start = () => {
    clearTimeout(timer.current);
    for (const query of queries()) void queryClient.prefetchQuery(query);
  };
  return (
    <Link
      {...props}
      onMouseEnter={(e) => {
        onMouseEnter?.(e);
        clearTimeout(timer.current);
        timer.current = setTimeout(start, HOVER_INTENT_MS);
      }}
      onMouseLeave={(e) => {
        onMouseLeave?.(e);
        clearTimeout(timer.current);
      }}
      onFocus={(e) => {
        onFocus?.(e);
        start();
      }}
      onTouchStart={(e) => {
        onTouchStart?.(e);
        start();
      }}
    />
  );
}
