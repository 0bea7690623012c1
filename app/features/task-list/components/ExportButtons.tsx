import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { todayInVietnam } from '../../../lib/datetime';
import { formatNumber } from '../../../lib/format';
import { useLang } from '../../../i18n';
import type { TaskListState } from '../../../lib/task-filters';
import { EXPORT_MAX_ROWS, ExportTooLargeError, useExportTasks, type ExportRow } from '../../../data/tasks/export-tasks';
import type { FilterOptions } from '../hooks/use-filter-options';
import { downloadFile } from '../../../lib/download';
import { toCsv, toXlsx } from '../../../lib/spreadsheet';
import { taskExportTable } from '../lib/export-table';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Exports every task that matches the filters (not just this page). */
export function ExportButtons({ state, areas }: { state: TaskListState; areas: FilterOptions['areas'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const exporter = useExportTasks();
  const fileName = `${t('taskList.export.fileName')}-${todayInVietnam()}`;

  const run = (format: 'xlsx' | 'csv') =>
    exporter.mutate({
      state,
      write: async (rows: ExportRow[]) => {
        const table = taskExportTable(rows, t, lang, areas);
        if (format === 'xlsx') downloadFile(await toXlsx(table), `${fileName}.xlsx`, XLSX_TYPE);
        else downloadFile(await toCsv(table), `${fileName}.csv`, 'text/csv;charset=utf-8');
      },
    });

  return (
    <div className="export" role="group" aria-label={t('taskList.export.title')}>
      <button type="button" className="button button-small" disabled={exporter.isPending} onClick={() => run('xlsx')}>
        {t('taskList.export.excel')}
      </button>
      <button type="button" className="button button-small" disabled={exporter.isPending} onClick={() => run('csv')}>
        {t('taskList.export.csv')}
      </button>
      <span className="muted small" role="status">
        {exporter.isPending
          ? t('taskList.export.working')
          : exporter.isSuccess
            ? t('taskList.export.done', { formatted: formatNumber(exporter.data, lang) })
            : ''}
      </span>
      {exporter.error instanceof ExportTooLargeError ? (
        <p className="form-error" role="alert">
          {t('taskList.export.tooLarge', { max: formatNumber(EXPORT_MAX_ROWS, lang) })}
        </p>
      ) : (
        <DbErrorMessage error={exporter.error} />
      )}
    </div>
  );
}
