import { useTranslation } from 'react-i18next';
import { TaskStatusBadge } from '../../../components/ui/TaskStatusBadge';
import { formatDate } from '../../../lib/format';
import { useLang } from '../../../i18n';
import type { SortKey, TaskListState } from '../../../lib/task-filters';
import type { FilterOptions } from '../hooks/use-filter-options';
import type { TaskPageRow } from '../../../data/tasks/get-task-page';
import { TaskLink } from '../../../components/links';
import { timelinessText } from '../../../lib/timeliness-text';
import { useVirtualRows } from '../../../components/ui/virtual-rows';
import { VirtualSpacer } from '../../../components/ui/VirtualSpacer';

interface Props {
  rows: TaskPageRow[];
  state: TaskListState;
  areas: FilterOptions['areas'] | undefined;
  onSort: (sort: SortKey, desc: boolean) => void;
  busy: boolean;
}

/**
 * One page of tasks; the sortable columns' headers are buttons.  A long page
 * (up to 200 rows) is drawn a window at a time (app/components/ui/virtual-rows.ts);
 * printing draws every row.
 */
export function TaskTable({ rows, state, areas, onSort, busy }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const v = useVirtualRows(rows, { estimate: 86 });
  const areaName = new Map((areas ?? []).map((a) => [a.id, lang === 'vi' ? a.name_vi : a.name_en]));

  const header = (key: SortKey | null, label: string, className: string) => {
    if (!key) {
      return (
        <th scope="col" className={className}>
          {label}
        </th>
      );
    }
    const active = state.sort === key;
    const ariaSort = active ? (state.desc ? 'descending' : 'ascending') : undefined;
    return (
      <th scope="col" className={className} aria-sort={ariaSort}>
        <button
          type="button"
          className="sort-button"
          onClick={() => onSort(key, active ? !state.desc : false)}
          title={t('taskList.sortColumn', { column: label })}
        >
          {label}
          <span aria-hidden="true" className="sort-mark">
            {active ? (state.desc ? '▼' : '▲') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <div className={`table-wrap ui-table-wrap task-list-table${busy ? ' is-busy' : ''}`} aria-busy={busy}>
      <table className="table ui-table responsive-table" aria-rowcount={rows.length + 1} data-windowed={v.windowed || undefined}>
        <caption className="visually-hidden">{t('taskList.title')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            {header('ordinal', t('taskList.columns.ordinal'), 'col-ordinal')}
            {header(null, t('taskList.columns.title'), '')}
            {header('unit', t('taskList.columns.unit'), 'col-unit')}
            {header('due', t('taskList.columns.due'), 'col-date')}
            {header('status', t('taskList.columns.status'), 'col-status')}
            {header(null, t('taskList.columns.progress'), 'col-progress')}
          </tr>
        </thead>
        <tbody ref={v.bodyRef}>
          <VirtualSpacer height={v.before} columns={6} />
          {v.rows.map(({ row, index }) => (
            <tr key={row.id} ref={v.measure} data-index={index} aria-rowindex={index + 2}>
              <td className="col-ordinal" data-label={t('taskList.columns.ordinal')}>
                {row.ordinal}
              </td>
              <td className="col-title">
                <TaskLink className="task-title" taskId={row.id!}>
                  {row.title}
                </TaskLink>
                <div className="muted small">
                  {row.plan_doc_number} ({row.plan_year}) · {row.area_id}. {areaName.get(row.area_id ?? 0) ?? ''}
                </div>
                {row.carried_from_plan_doc_number ? (
                  <div className="small carry-mark">{t('taskList.carriedFrom', { plan: row.carried_from_plan_doc_number })}</div>
                ) : null}
                {row.carried_to_plan_doc_number ? (
                  <div className="small carry-mark">{t('taskList.carriedTo', { plan: row.carried_to_plan_doc_number })}</div>
                ) : null}
              </td>
              <td className="col-unit" data-label={t('taskList.columns.unit')}>
                {row.lead_unit_short_name ?? row.lead_unit_name}
              </td>
              <td className="col-date" data-label={t('taskList.columns.due')}>
                {formatDate(row.due_date) || '—'}
                {row.cadence && row.cadence !== 'once' ? <div className="muted small">{t(`tasks.cadences.${row.cadence}`)}</div> : null}
              </td>
              <td className="col-status" data-label={t('taskList.columns.status')}>
                {row.status ? <TaskStatusBadge status={row.status} /> : null}
                {row.timeliness ? (
                  <div className={`small timeliness timeliness-${row.timeliness}`}>
                    {timelinessText(t, row.timeliness, lang, row.days_late)}
                  </div>
                ) : null}
              </td>
              <td className="col-progress" data-label={t('taskList.columns.progress')}>
                {row.progress ?? 0}%
              </td>
            </tr>
          ))}
          <VirtualSpacer height={v.after} columns={6} />
        </tbody>
      </table>
    </div>
  );
}
