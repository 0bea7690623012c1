import { useId, useRef, useState, type DragEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../components/layout/me';
import { DbErrorMessage } from '../../components/ui/DbErrorMessage';
import { Empty } from '../../components/ui/states';
import { QueryState } from '../../components/ui/QueryState';
import { formatNumber } from '../../lib/format';
import { useLang } from '../../i18n';
import { useImportContext, type ImportContext } from '../../features/import/hooks/use-import-context';
import { useImportTasks } from '../../data/tasks/import-tasks';
import { refusedRows } from '../../features/import/lib/refused-rows';
import { PreviewTable } from '../../features/import/components/PreviewTable';
import { ProblemList } from '../../features/import/components/ProblemList';
import { TemplateButtons } from '../../features/import/components/TemplateButtons';
import { parseAppendix, type SheetProblem } from '../../features/import/lib/parse-appendix';
import { fileKind, MAX_IMPORT_BYTES, readImportFile } from '../../features/import/lib/read-file';
import { checkRows, toPayload, type CheckedRow } from '../../features/import/lib/validate';
import '../../features/import/import.css';
import { importContextQueries } from '../../features/import/hooks/use-import-context';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';
import type { LoaderFunctionArgs } from 'react-router';
import { canEditPlans } from '../../lib/permissions';

type Reading =
  | { state: 'idle' }
  | { state: 'reading'; name: string }
  | { state: 'refused'; name: string; reason: 'type' | 'size' | 'unreadable' | SheetProblem }
  | { state: 'read'; name: string; rows: CheckedRow[] };

export function Component() {
  const { planId = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const context = useImportContext(planId);

  if (!canEditPlans(me.role)) {
    return (
      <div className="card im-denied" role="alert">
        <h1>{t('import.deniedTitle')}</h1>
        <p>{t('import.deniedBody')}</p>
      </div>
    );
  }
  return (
    <QueryState query={context} empty={t('import.planNotFound')}>
      {(found) => <ImportForPlan context={found} />}
    </QueryState>
  );
}

function ImportForPlan({ context }: { context: ImportContext }) {
  const { t } = useTranslation();
  const lang = useLang();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState<Reading>({ state: 'idle' });
  const [over, setOver] = useState(false);
  const [imported, setImported] = useState<number | null>(null);
  const commit = useImportTasks();
  const { plan } = context;

  const read = async (file: File | undefined) => {
    if (!file) return;
    commit.reset();
    setImported(null);
    if (!fileKind(file.name)) return setReading({ state: 'refused', name: file.name, reason: 'type' });
    if (file.size > MAX_IMPORT_BYTES) return setReading({ state: 'refused', name: file.name, reason: 'size' });
    setReading({ state: 'reading', name: file.name });
    try {
      const cells = await readImportFile(file);
      const parsed = parseAppendix(cells, context.areas);
      if (parsed.problem) return setReading({ state: 'refused', name: file.name, reason: parsed.problem });
      const rows = checkRows(parsed.rows, { areas: context.areas, units: context.units, existingOrdinals: new Set(context.ordinals) });
      setReading({ state: 'read', name: file.name, rows });
    } catch {
      setReading({ state: 'refused', name: file.name, reason: 'unreadable' });
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void read(event.dataTransfer.files[0]);
  };

  const rows = reading.state === 'read' ? reading.rows : [];
  const bad = rows.filter((r) => r.problems.length > 0);
  const refusedByDb = refusedRows(commit.error);

  const doImport = () =>
    commit.mutate(
      { planId: plan.id, rows: toPayload(rows) },
      {
        onSuccess: (n) => {
          setImported(n);
          setReading({ state: 'idle' });
        },
      },
    );

  const refusal = (reason: Extract<Reading, { state: 'refused' }>['reason']): string => {
    if (typeof reason === 'string') return t(`import.file.${reason}`);
    if (reason.code === 'missing_columns') return t('import.file.missing_columns', { columns: reason.columns.map((c) => t(`import.columns.${c}`)).join(', ') });
    return t(`import.file.${reason.code}`);
  };

  return (
    <section className="im-page" aria-labelledby="import-title">
      <Link to={`/plans/${plan.id}`} className="backlink">
        {t('import.backToPlan')}
      </Link>
      <h1 id="import-title">{t('import.title')}</h1>
      <p className="muted">
        <span className="plan-doc">{plan.doc_number}</span> · {plan.title}
      </p>

      {plan.status === 'closed' ? (
        <Empty>{t('import.closed')}</Empty>
      ) : (
        <>
          <section className="card im-step" aria-labelledby="im-step1">
            <h2 id="im-step1" className="card-title">
              {t('import.step1')}
            </h2>
            <p className="small">{t('import.templateHelp')}</p>
            <TemplateButtons areas={context.areas} units={context.units} year={plan.year} />
          </section>

          <section className="card im-step" aria-labelledby="im-step2">
            <h2 id="im-step2" className="card-title">
              {t('import.step2')}
            </h2>
            <div
              className={`dropzone${over ? ' is-over' : ''}`}
              onDragOver={(event) => {
                event.preventDefault();
                setOver(true);
              }}
              onDragLeave={() => setOver(false)}
              onDrop={onDrop}
            >
              <p>{t('import.dropHere')}</p>
              <label className="button" htmlFor={inputId}>
                {t('import.chooseFile')}
              </label>
              <input
                id={inputId}
                ref={input}
                type="file"
                className="visually-hidden"
                accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                onChange={(event) => void read(event.target.files?.[0])}
              />
              <p className="muted small">{t('import.fileRules')}</p>
            </div>
            <div role="status" className="im-status">
              {reading.state === 'reading' ? (
                <span>
                  <span className="spinner" aria-hidden="true" />
                  {t('import.reading', { name: reading.name })}
                </span>
              ) : null}
              {imported !== null ? (
                <p className="im-done">
                  {t('import.done', { count: imported, plan: plan.doc_number })} <Link to={`/plans/${plan.id}`}>{t('import.openPlan')}</Link>
                </p>
              ) : null}
            </div>
            {reading.state === 'refused' ? (
              <p className="form-error" role="alert">
                {reading.name}: {refusal(reading.reason)}
              </p>
            ) : null}
          </section>

          {reading.state === 'read' ? (
            <section className="card im-step" aria-labelledby="im-step3">
              <h2 id="im-step3" className="card-title">
                {t('import.step3')}
              </h2>
              <p className="im-summary" data-testid="import-summary">
                {t('import.summary', {
                  name: reading.name,
                  total: formatNumber(rows.length, lang),
                  good: formatNumber(rows.length - bad.length, lang),
                  bad: formatNumber(bad.length, lang),
                })}
              </p>
              <ProblemList
                title={t('import.badRowsTitle', { count: bad.length })}
                rows={bad.map((r) => ({ line: r.row.line, ordinal: r.row.ordinal, problems: r.problems }))}
              />
              <PreviewTable rows={rows} areas={context.areas} />
              <div className="button-row im-actions">
                <button
                  type="button"
                  className="button button-primary"
                  disabled={bad.length > 0 || commit.isPending}
                  aria-describedby={bad.length > 0 ? 'im-fix' : undefined}
                  onClick={doImport}
                >
                  {commit.isPending
                    ? t('import.importing')
                    : bad.length > 0
                      ? t('import.commitBlocked', { count: bad.length })
                      : t('import.commit', { count: rows.length })}
                </button>
                <button type="button" className="button" onClick={() => setReading({ state: 'idle' })}>
                  {t('common.cancel')}
                </button>
              </div>
              {bad.length > 0 ? <p id="im-fix" className="muted small">{t('import.fixAndRetry')}</p> : null}
              <DbErrorMessage error={commit.error} />
              <ProblemList title={t('import.refusedTitle')} rows={refusedByDb} />
            </section>
          ) : null}
        </>
      )}
    </section>
  );
}

/** Starts this page's queries while its code loads. */
export const loader = ({ params }: LoaderFunctionArgs) => prefetch(queryClient, importContextQueries(params.planId!));
