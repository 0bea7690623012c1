import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { parseTaskListState, taskListSearch, type TaskListState } from '../../../lib/task-filters';

/**
 * The list's state, read from and written to the URL query string (kept
 * canonical and readable, so a copied link opens the same list).  Changing a
 * filter or the sort goes back to page 1; typing in the search box replaces
 * the history entry instead of adding one per keystroke.
 */
export function useListState() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const state = useMemo(() => parseTaskListState(new URLSearchParams(search)), [search]);

  const update = useCallback(
    (patch: Partial<TaskListState>, { replace = false }: { replace?: boolean } = {}) => {
      // From the address bar, not from this render: several quick changes
      // (two chips, then a date) each build on the one before.
      const current = parseTaskListState(new URLSearchParams(window.location.search));
      const pageOnly = Object.keys(patch).every((key) => key === 'page');
      const next: TaskListState = { ...current, ...patch, page: pageOnly ? (patch.page ?? current.page) : 1 };
      const query = taskListSearch(next);
      navigate({ search: query ? `?${query}` : '' }, { replace });
    },
    [navigate],
  );

  return { state, update, search: taskListSearch(state), viewQuery: taskListSearch(state, { paging: false }) };
}
