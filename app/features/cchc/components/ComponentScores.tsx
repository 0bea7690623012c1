import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { QueryState } from '../../../components/ui/QueryState';
import { useLang } from '../../../i18n';
import { formatInput } from '../../../lib/indicator-format';
import { useUnits } from '../../../data/units/get-units';
import {
  COMPONENTS,
  useComponentScores,
  useRemoveComponentScore,
  useSaveComponentScore,
  type ComponentScore,
} from '../../../data/cchc/components';
import { checkComponent, type ComponentForm, type Problems } from '../lib/validate';
import { PointsInput, ProblemField } from './form-bits';
import { pts } from '../lib/model';

/**
 * The province's component scores (the Ministry's PAR Index result, SIPAS,
 * PAPI, PCI) with the unit answerable for each; Home Affairs enters and
 * corrects them until the results are published.
 */
export function ComponentScores({ assessmentId, canEdit }: { assessmentId: string; canEdit: boolean }) {
  const scores = useComponentScores(assessmentId);
  return <QueryState query={scores}>{(rows) => <ComponentScoreList assessmentId={assessmentId} canEdit={canEdit} rows={rows} />}</QueryState>;
}

function ComponentScoreList({ assessmentId, canEdit, rows }: { assessmentId: string; canEdit: boolean; rows: ComponentScore[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const remove = useRemoveComponentScore();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const taken = rows.map((r) => r.component);
  return (
    <section className="card" aria-labelledby="cchc-components-title">
      <h2 id="cchc-components-title">{t('cchc.components.title')}</h2>
      <p className="small muted">{t('cchc.components.intro')}</p>
      {rows.length ? (
        <div className="table-wrap">
          <table className="table cchc-components-table">
            <caption className="visually-hidden">{t('cchc.components.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cchc.components.component')}</th>
                <th scope="col">{t('cchc.components.score')}</th>
                <th scope="col">{t('cchc.components.rank')}</th>
                <th scope="col">{t('cchc.components.unit')}</th>
                <th scope="col">{t('cchc.components.note')}</th>
                {canEdit ? <th scope="col"><span className="visually-hidden">{t('cchc.components.actions')}</span></th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{t(`cchc.components.names.${r.component}`)}</th>
                  <td className="cchc-nowrap">
                    {pts(r.score, lang)} / {pts(r.max_score, lang)}
                  </td>
                  <td>{r.national_rank ?? '—'}</td>
                  <td className="cchc-unit-col">{r.unit?.name ?? t('cchc.lost.noUnit')}</td>
                  <td className="cchc-note-col">{r.note ?? ''}</td>
                  {canEdit ? (
                    <td>
                      <div className="button-row">
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={t('cchc.components.editOne', { name: t(`cchc.components.names.${r.component}`) })}
                          onClick={() => setEditing(r.id)}
                        >
                          {t('cchc.components.edit')}
                        </button>
                        <button
                          type="button"
                          className="button button-small button-quiet"
                          aria-label={t('cchc.components.removeOne', { name: t(`cchc.components.names.${r.component}`) })}
                          disabled={remove.isPending}
                          onClick={() => remove.mutate(r.id)}
                        >
                          {t('cchc.components.remove')}
                        </button>
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t('cchc.components.none')}</p>
      )}
      <DbErrorMessage error={remove.error} />
      {canEdit && editing ? (
        <ComponentEditor
          key={editing}
          assessmentId={assessmentId}
          row={rows.find((r) => r.id === editing)}
          taken={taken}
          onDone={() => setEditing(null)}
        />
      ) : canEdit && taken.length < COMPONENTS.length ? (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setEditing('new')}>
            {t('cchc.components.add')}
          </button>
        </div>
      ) : null}
    </section>
  );
}

function ComponentEditor({
  assessmentId,
  row,
  taken,
  onDone,
}: {
  assessmentId: string;
  row: ComponentScore | undefined;
  taken: string[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const units = useUnits();
  const save = useSaveComponentScore();
  const [form, setForm] = useState<ComponentForm>({
    component: row?.component ?? COMPONENTS.find((c) => !taken.includes(c)) ?? '',
    score: row ? formatInput(row.score, lang) : '',
    max: row ? formatInput(row.max_score, lang) : '',
    rank: row?.national_rank ? String(row.national_rank) : '',
    unitId: row?.responsible_unit_id ?? '',
    note: row?.note ?? '',
  });
  const [problems, setProblems] = useState<Problems<keyof ComponentForm>>({});
  const set = (field: keyof ComponentForm) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [field]: e.target.value }));
  const active = (units.data ?? []).filter((u) => u.is_active || u.id === row?.responsible_unit_id);
  const setText = (field: keyof ComponentForm) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  return (
    <form
      className="cchc-edit-form"
      aria-label={row ? t('cchc.components.editOne', { name: t(`cchc.components.names.${row.component}`) }) : t('cchc.components.add')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const checked = checkComponent(form, lang, taken.filter((c) => c !== row?.component));
        setProblems(checked.problems);
        if (!checked.values) return;
        save.mutate({ assessmentId, id: row?.id, version: row?.version, values: checked.values }, { onSuccess: onDone });
      }}
    >
      <div className="cchc-form-grid">
        <ProblemField id="cchc-comp-component" label={t('cchc.components.component')} problem={problems.component}>
          <select value={form.component} onChange={set('component')} disabled={!!row}>
            {COMPONENTS.map((c) => (
              <option key={c} value={c} disabled={!row && taken.includes(c)}>
                {t(`cchc.components.names.${c}`)}
              </option>
            ))}
          </select>
        </ProblemField>
        <ProblemField id="cchc-comp-score" label={t('cchc.components.scoreField')} problem={problems.score}>
          <PointsInput lang={lang} value={form.score} onChange={setText('score')} />
        </ProblemField>
        <ProblemField id="cchc-comp-max" label={t('cchc.components.maxField')} problem={problems.max}>
          <PointsInput lang={lang} value={form.max} onChange={setText('max')} />
        </ProblemField>
        <ProblemField id="cchc-comp-rank" label={t('cchc.components.rankField')} problem={problems.rank}>
          <input inputMode="numeric" value={form.rank} onChange={set('rank')} />
        </ProblemField>
        <ProblemField id="cchc-comp-unit" label={t('cchc.components.unit')} problem={undefined}>
          <select value={form.unitId} onChange={set('unitId')}>
            <option value="">{t('cchc.components.noUnit')}</option>
            {active.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </ProblemField>
        <ProblemField id="cchc-comp-note" label={t('cchc.components.note')} problem={problems.note}>
          <textarea rows={2} value={form.note} onChange={set('note')} />
        </ProblemField>
      </div>
      <DbErrorMessage error={save.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {t('cchc.components.save')}
        </button>
        <button type="button" className="button button-quiet" onClick={onDone}>
          {t('cchc.common.cancel')}
        </button>
      </div>
    </form>
  );
}
