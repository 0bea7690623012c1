import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { Field } from '../../../components/ui/Field';
import { useLang } from '../../../i18n';
import { narrativeSchema, useUpdateReport, type NarrativeInput } from '../../../data/reports/update-report';
import type { ReportDetail } from '../../../data/reports/get-report';
import { areaNarrative, type ReportData } from '../../../lib/report-model';
import { FormDateField } from '../../../components/ui/form-fields';

function valuesOf(report: ReportDetail, data: ReportData): NarrativeInput {
  return {
    doc_number: report.doc_number ?? '',
    doc_date: report.doc_date ?? '',
    signer_title: report.signer_title === 'chairman' ? 'chairman' : 'vice_chairman',
    signer_name: report.signer_name ?? '',
    recipients: report.recipients ?? '',
    overview: report.overview ?? '',
    area_results: Object.fromEntries(data.areas.map((a) => [String(a.id), areaNarrative(report, a.id)])),
    shortcomings: report.shortcomings ?? '',
    proposals: report.proposals ?? '',
  };
}

interface Props {
  report: ReportDetail;
  data: ReportData;
  onDirtyChange: (dirty: boolean) => void;
  onReload: () => void;
}

/** The draft's document fields and narrative, edited by Home Affairs. */
export function NarrativeForm({ report, data, onDirtyChange, onReload }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const update = useUpdateReport(report.id);
  const form = useForm<NarrativeInput>({ resolver: zodResolver(narrativeSchema), defaultValues: valuesOf(report, data) });
  const { errors, isDirty } = form.formState;

  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);
  // Follow the saved report when it reloads, unless the user is typing.
  useEffect(() => {
    if (!form.formState.isDirty) form.reset(valuesOf(report, data));
  }, [report, data, form]);

  const onSubmit = form.handleSubmit((values) => update.mutate({ id: report.id, values }, { onSuccess: () => form.reset(values) }));

  return (
    <form className="card report-form" onSubmit={onSubmit} noValidate aria-labelledby="narrative-title">
      <h2 id="narrative-title" className="card-title">{t('reports.narrative.title')}</h2>
      <p className="muted small">{t('reports.narrative.hint')}</p>

      <fieldset className="report-fieldset">
        <legend>{t('reports.narrative.document')}</legend>
        <div className="report-grid">
          <Field id="doc_number" label={t('reports.fields.docNumber')} error={errors.doc_number?.message}>
            <input placeholder="312/BC-UBND" {...form.register('doc_number')} />
          </Field>
          <Field id="doc_date" label={t('reports.fields.docDate')} error={errors.doc_date?.message}>
            <FormDateField control={form.control} name="doc_date" min={report.data_to ?? undefined} />
          </Field>
          <Field id="signer_title" label={t('reports.fields.signerTitle')}>
            <select {...form.register('signer_title')}>
              <option value="vice_chairman">{t('reports.signer.vice_chairman')}</option>
              <option value="chairman">{t('reports.signer.chairman')}</option>
            </select>
          </Field>
          <Field id="signer_name" label={t('reports.fields.signerName')} error={errors.signer_name?.message}>
            <input autoComplete="off" {...form.register('signer_name')} />
          </Field>
        </div>
        <Field id="recipients" label={t('reports.fields.recipients')} error={errors.recipients?.message}>
          <textarea rows={4} {...form.register('recipients')} />
        </Field>
      </fieldset>

      <fieldset className="report-fieldset">
        <legend>{t('reports.sections.overview')}</legend>
        <Field id="overview" label={t('reports.fields.overview')} error={errors.overview?.message}>
          <textarea rows={5} {...form.register('overview')} />
        </Field>
      </fieldset>

      <fieldset className="report-fieldset">
        <legend>{t('reports.sections.areas')}</legend>
        {data.areas.map((area) => (
          <Field key={area.id} id={`area_${area.id}`} label={<>{area.id}. {lang === 'vi' ? area.name_vi : area.name_en}</>} error={errors.area_results?.[String(area.id)]?.message}>
            <textarea rows={6} {...form.register(`area_results.${area.id}`)} />
          </Field>
        ))}
      </fieldset>

      <fieldset className="report-fieldset">
        <legend>{t('reports.sections.shortcomings')}</legend>
        <Field id="shortcomings" label={t('reports.fields.shortcomings')} error={errors.shortcomings?.message}>
          <textarea rows={5} {...form.register('shortcomings')} />
        </Field>
        <Field id="proposals" label={t('reports.fields.proposals')} error={errors.proposals?.message}>
          <textarea rows={5} {...form.register('proposals')} />
        </Field>
      </fieldset>

      <div className="button-row report-form-actions">
        <button type="submit" className="button button-primary" disabled={update.isPending || !isDirty}>
          {update.isPending ? t('common.saving') : t('reports.narrative.save')}
        </button>
        {isDirty ? (
          <button type="button" className="button" onClick={() => form.reset(valuesOf(report, data))}>
            {t('reports.narrative.discard')}
          </button>
        ) : update.isSuccess ? (
          <span className="muted small" role="status">{t('reports.narrative.saved')}</span>
        ) : null}
      </div>
      <DbErrorMessage error={update.error} onReload={onReload} />
    </form>
  );
}
