import { useCallback } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../components/layout/me';
import { ErrorState } from '../../components/ui/states';
import { QueryState } from '../../components/ui/QueryState';
import { formatNumber } from '../../lib/format';
import { useLang } from '../../i18n';
import { hasFilters, SORT_KEYS, type SortKey, type TaskListState } from '../../lib/task-filters';
import { useFilterOptions } from '../../features/task-list/hooks/use-filter-options';
import { useTaskPage } from '../../data/tasks/get-task-page';
import { FilterBar } from '../../features/task-list/components/FilterBar';
import { TaskTable } from '../../features/task-list/components/TaskTable';
import { Pagination } from '../../features/task-list/components/Pagination';
import { SavedViews } from '../../features/task-list/components/SavedViews';
import { ExportButtons } from '../../features/task-list/components/ExportButtons';
import { useListState } from '../../features/task-list/lib/use-list-state';
import { taskPageQueryOptions } from '../../data/tasks/get-task-page';
import { filterOptionsQueries } from '../../features/task-list/hooks/use-filter-options';
import { parseTaskListState } from '../../lib/task-filters';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';
import type { LoaderFunctionArgs } from 'react-router';

export function Component() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const { state, update, search, viewQuery } = useListState();
  const options = useFilterOptions();
  const page = useTaskPage(state);
  const onChange = useCallback((patch: Partial<TaskListState>, opts?: { replace?: boolean }) => update(patch, opts), [update]);

  const n = (value: number) => formatNumber(value, lang);
  const total = page.data?.total ?? 0;
  const capped = page.data?.capped === true;
  // Beyond 10,000 matches the count stops: "hơn 10.000" / "more than 10,000".
  const totalText = capped ? t('taskList.moreThan', { count: n(total) }) : n(total);
  const first = (state.page - 1) * state.size + 1;
  const last = first + (page.data?.rows.length ?? 0) - 1;
  // Past the last page, or nothing matches.
  const nothing = page.data?.beyondEnd ? (
    <>
      <p>{t('taskList.beyondEnd')}</p>
      <button type="button" className="button" onClick={() => update({ page: 1 })}>
        {t('taskList.firstPage')}
      </button>
    </>
  ) : (
    <>
      <p>{hasFilters(state) ? t('taskList.noResults') : t('taskList.noTasks')}</p>
      {hasFilters(state) ? (
        <Link className="button" to="/tasks">
          {t('taskList.clearFilters')}
        </Link>
      ) : null}
    </>
  );

  return (
    <section aria-labelledby="task-list-title" className="task-list-page">
      <h1 id="task-list-title">{t('taskList.title')}</h1>
      <SavedViews userId={me.id} currentQuery={viewQuery} />
      <FilterBar state={state} options={options.data} onChange={onChange} />
      {options.isError ? <ErrorState error={options.error} onRetry={() => void options.refetch()} /> : null}

      <div className="list-toolbar">
        <p className="result-count" role="status" aria-live="polite" data-testid="result-count"
          data-total={page.data?.total}
          data-capped={capped}
          data-search={search}
          data-settled={!page.isFetching && !page.isPlaceholderData}
          aria-busy={page.isFetching}
        >
          {page.data
            ? total > 0 && !page.data.beyondEnd
              ? t('taskList.resultRange', { from: n(first), to: n(last), total: totalText })
              : t('taskList.resultCount', { total: totalText })
            : ''}
          {page.isPlaceholderData ? <span className="muted small"> · {t('taskList.updating')}</span> : null}
        </p>
        <div className="sort-controls">
          <label htmlFor="sort-key">{t('taskList.sortBy')}</label>
          <select id="sort-key" value={state.sort} onChange={(e) => update({ sort: e.target.value as SortKey })}>
            {SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(`taskList.sortKeys.${key}`)}
              </option>
            ))}
          </select>
          <label htmlFor="sort-order" className="visually-hidden">
            {t('taskList.sortOrder')}
          </label>
          <select id="sort-order" value={state.desc ? 'desc' : 'asc'} onChange={(e) => update({ desc: e.target.value === 'desc' })}>
            <option value="asc">{t('taskList.ascending')}</option>
            <option value="desc">{t('taskList.descending')}</option>
          </select>
        </div>
        {page.data && total > 0 ? <ExportButtons state={state} areas={options.data?.areas ?? []} /> : null}
      </div>

      <QueryState query={page} isEmpty={(data) => data.beyondEnd || data.rows.length === 0} empty={nothing}>
        {(data) => (
          <>
            <TaskTable rows={data.rows} state={state} areas={options.data?.areas} onSort={(sort, desc) => update({ sort, desc })} busy={page.isPlaceholderData} />
            <Pagination
              page={state.page}
              size={state.size}
              total={total}
              capped={capped}
              onPage={(p) => {
                update({ page: p });
                document.getElementById('task-list-title')?.scrollIntoView({ block: 'start' });
              }}
              onSize={(size) => update({ size })}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}

/** Starts this page's queries while its code loads. */
export const loader = ({ request }: LoaderFunctionArgs) => prefetch(queryClient, [taskPageQueryOptions(parseTaskListState(new URL(request.url).searchParams)), ...filterOptionsQueries()]);
