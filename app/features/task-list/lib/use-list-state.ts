import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { leavingPage } from '../../../lib/pending-navigation';
import { parseTaskListState, taskListSearch, type TaskListState } from '../../../lib/task-filters';

/**
 * The list's state, read from and written to the URL query string (kept
 * canonical and readable, so a copied link opens the same list).  Changing a
 * filter or the sort goes back to page 1; typing in the search box replaces
 * the history entry instead of adding one per keystroke.
 */
export function useListState() {
  const { search, pathname } = useLocation();
  const navigate = useNavigate();
  // A change written while the person is already on the way to another page
  // (a menu link whose page is still loading; the search box writes a moment
  // after the last keystroke) would cancel that navigation: it is dropped.
  // Asked of the router when the change is made, not of the last render.
  const state = useMemo(() => parseTaskListState(new URLSearchParams(search)), [search]);
  // Changes asked for but not yet in the address, oldest first: several quick
  // changes (two chips, then the sort) each build on the last one asked for,
  // not on an address a navigation still in flight is about to replace.
  const requested = useRef<Array<{ query: string; state: TaskListState }>>([]);

  useEffect(() => {
    const query = search.replace(/^\?/, '');
    const reached = requested.current.findIndex((r) => r.query === query);
    // Our own change arrived: drop it and the ones before.  Anything else (back, a link) starts afresh.
    requested.current = reached >= 0 ? requested.current.slice(reached + 1) : [];
  }, [search]);

  const update = useCallback(
    (patch: Partial<TaskListState>, { replace = false }: { replace?: boolean } = {}) => {
      if (leavingPage(pathname)) return;
      const last = requested.current.at(-1);
      const current = last ? last.state : parseTaskListState(new URLSearchParams(window.location.search));
      const pageOnly = Object.keys(patch).every((key) => key === 'page');
      const next: TaskListState = { ...current, ...patch, page: pageOnly ? (patch.page ?? current.page) : 1 };
      const query = taskListSearch(next);
      requested.current.push({ query, state: next });
      void navigate({ search: query ? `?${query}` : '' }, { replace });
    },
    [navigate, pathname],
  );

  return { state, update, search: taskListSearch(state), viewQuery: taskListSearch(state, { paging: false }) };
}
