import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { Field } from '../../../components/ui/Field';
import { downloadFile } from '../../../lib/download';
import { useCopySet, useImportItems, useOpenSet } from '../../../data/cchc/build-set';
import { useEditableItems } from '../../../data/cchc/edit-set';
import type { CchcSet } from '../../../data/cchc/get-sets';
import { DraftItems, SetSettingsEditor } from './DraftEditor';
import { badRowsOf, buildImportTemplate, type ImportRow, IMPORT_FIELDS, readIndexWorkbook } from '../lib/import';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A draft set's settings and tree, each item edited on its own, its import from Excel (template, preview, every bad row listed) and opening it for scoring. */
export function DraftSet({ set }: { set: CchcSet }) {
  const { t } = useTranslation();
  const items = useEditableItems(set.id);
  const open = useOpenSet();
  return (
    <>
      <section className="card" aria-labelledby="cchc-items-title">
        <h2 id="cchc-items-title">{t('cchc.build.items', { count: items.data?.length ?? 0 })}</h2>
        <SetSettingsEditor set={set} />
        <DraftItems setId={set.id} items={items.data ?? []} />
        <div className="button-row">
          <button type="button" className="button button-primary" disabled={open.isPending || !items.data?.length} onClick={() => open.mutate(set.id)}>
            {t('cchc.build.open')}
          </button>
        </div>
        <DbErrorMessage error={open.error} />
      </section>
      <ImportItems setId={set.id} />
    </>
  );
}

function ImportItems({ setId }: { setId: string }) {
  const { t } = useTranslation();
  const importRows = useImportItems();
  const [rows, setRows] = useState<ImportRow[] | null>(null);
  const [fileProblem, setFileProblem] = useState<{ key: string; values?: Record<string, string> } | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const bad = badRowsOf(importRows.error);

  const onFile = async (file: File | undefined) => {
    setRows(null);
    setFileProblem(null);
    setDone(null);
    importRows.reset();
    if (!file) return;
    if (!/\.xlsx$/i.test(file.name)) return setFileProblem({ key: 'cchc.import.notXlsx' });
    try {
      const read = await readIndexWorkbook(await file.arrayBuffer());
      if (read.missingColumns.length) return setFileProblem({ key: 'cchc.import.missingColumns', values: { columns: read.missingColumns.join(', ') } });
      if (read.rows.length === 0) return setFileProblem({ key: 'cchc.import.empty' });
      setRows(read.rows);
    } catch (error) {
      setFileProblem({ key: 'cchc.import.unreadable', values: { message: error instanceof Error ? error.message : String(error) } });
    }
  };

  const template = async () => {
    downloadFile(await buildImportTemplate(), 'mau-bo-chi-so-cchc.xlsx', XLSX);
  };

  return (
    <section className="card" aria-labelledby="cchc-import-title">
      <h2 id="cchc-import-title">{t('cchc.import.title')}</h2>
      <p className="small muted">{t('cchc.import.intro')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void template()}>
          {t('cchc.import.template')}
        </button>
      </div>
      <Field id="cchc-import-file" label={t('cchc.import.file')} error={fileProblem?.key} errorValues={fileProblem?.values} announce>
        <input type="file" accept=".xlsx" onChange={(e) => void onFile(e.target.files?.[0])} />
      </Field>
      {rows ? (
        <>
          <p>{t('cchc.import.preview', { count: rows.length })}</p>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('cchc.import.previewCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('cchc.import.line')}</th>
                  {IMPORT_FIELDS.slice(0, 5).map((f) => (
                    <th scope="col" key={f}>
                      {t(`cchc.import.fields.${f}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, 300).map((r) => (
                  <tr key={r.line} className={bad.some((b) => b.line === r.line) ? 'cchc-bad-row' : undefined}>
                    <td>{r.line}</td>
                    {IMPORT_FIELDS.slice(0, 5).map((f) => (
                      <td key={f}>{r[f] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {bad.length > 0 ? (
            <div className="form-error" role="alert">
              <div>
                <p>{t('cchc.import.refused', { count: bad.length })}</p>
                <ul>
                  {bad.map((b) => (
                    <li key={b.line}>
                      {t('cchc.import.badLine', { line: b.line })}{' '}
                      {b.problems.map((p) => t(`cchc.import.problems.${p.code}`, { value: p.value ?? '', defaultValue: p.code })).join('; ')}
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          ) : (
            <DbErrorMessage error={importRows.error} />
          )}
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              disabled={importRows.isPending}
              onClick={() =>
                importRows.mutate(
                  { setId, rows: rows.map((r) => ({ ...r })) },
                  { onSuccess: (n) => { setDone(n ?? 0); setRows(null); } },
                )
              }
            >
              {t('cchc.import.run', { count: rows.length })}
            </button>
          </div>
        </>
      ) : null}
      {done !== null ? <p role="status">{t('cchc.import.done', { count: done })}</p> : null}
    </section>
  );
}

/** Starts next year's set from this one (Home Affairs). */
export function CopySet({ setId, year }: { setId: string; year: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const copy = useCopySet();
  const [target, setTarget] = useState(String(year + 1));
  return (
    <section className="card" aria-labelledby="cchc-copy-title">
      <h2 id="cchc-copy-title">{t('cchc.copy.title')}</h2>
      <form
        className="cchc-copy-form"
        onSubmit={(e) => {
          e.preventDefault();
          copy.mutate({ fromSetId: setId, year: Number(target) }, { onSuccess: (id) => void navigate(`/chi-so-cchc/bo/${id}`) });
        }}
      >
        <div className="field field-inline">
          <label htmlFor="cchc-copy-year">{t('cchc.copy.year')}</label>
          <input id="cchc-copy-year" inputMode="numeric" value={target} onChange={(e) => setTarget(e.target.value)} />
          <button type="submit" className="button" disabled={copy.isPending}>
            {t('cchc.copy.run')}
          </button>
        </div>
        <DbErrorMessage error={copy.error} />
      </form>
    </section>
  );
}
