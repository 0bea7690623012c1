import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { useSaveWindow } from '../../../data/cchc/workflow';
import { DateField } from '../../../components/ui/DateField';
import { Field } from '../../../components/ui/Field';
import { isIsoDate } from '../../../lib/date-input';

/** Home Affairs changes one unit's self-assessment window (first and last day, both included). */
export function WindowForm({ assessmentId, version, from, to }: { assessmentId: string; version: number; from: string; to: string }) {
  const { t } = useTranslation();
  const save = useSaveWindow();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({ from, to });
  const [problem, setProblem] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button button-small" onClick={() => setOpen(true)}>
        {t('cchc.window.change')}
      </button>
    );
  }
  return (
    <form
      className="cchc-window-form"
      aria-label={t('cchc.window.change')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!isIsoDate(values.from) || !isIsoDate(values.to) || values.to < values.from) return setProblem(true);
        setProblem(false);
        save.mutate({ assessmentId, version, from: values.from, to: values.to }, { onSuccess: () => setOpen(false) });
      }}
    >
      <div className="grid-2">
        <Field id="cchc-window-from" label={t('cchc.window.from')}>
          <DateField value={values.from} onChange={(from) => setValues((v) => ({ ...v, from }))} />
        </Field>
        <Field id="cchc-window-to" label={t('cchc.window.to')} error={problem ? 'cchc.window.order' : null} announce>
          <DateField value={values.to} onChange={(to) => setValues((v) => ({ ...v, to }))} />
        </Field>
      </div>
      <DbErrorMessage error={save.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary button-small" disabled={save.isPending}>
          {t('cchc.window.save')}
        </button>
        <button type="button" className="button button-small button-quiet" onClick={() => setOpen(false)}>
          {t('cchc.common.cancel')}
        </button>
      </div>
    </form>
  );
}
