import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
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
  const error = (message?: string) => (message ? <p className="field-error">{t(message)}</p> : null);

  return (
    <form className="card report-form" onSubmit={onSubmit} noValidate aria-labelledby="narrative-title">
      <h2 id="narrative-title" className="card-title">{t('reports.narrative.title')}</h2>
      <p className="muted small">{t('reports.narrative.hint')}</p>

      <fieldset className="report-fieldset">
        <legend>{t('reports.narrative.document')}</legend>
        <div className="report-grid">
          <div className="field">
            <label htmlFor="doc_number">{t('reports.fields.docNumber')}</label>
            <input id="doc_number" placeholder="312/BC-UBND" aria-invalid={errors.doc_number ? true : undefined} {...form.register('doc_number')} />
            {error(errors.doc_number?.message)}
          </div>
          <div className="field">
            <label htmlFor="doc_date">{t('reports.fields.docDate')}</label>
            <FormDateField id="doc_date" control={form.control} name="doc_date" min={report.data_to ?? undefined} aria-invalid={errors.doc_date ? true : undefined} />
            {error(errors.doc_date?.message)}
          </div>
          <div className="field">
            <label htmlFor="signer_title">{t('reports.fields.signerTitle')}</label>
            <select id="signer_title" {...form.register('signer_title')}>
              <option value="vice_chairman">{t('reports.signer.vice_chairman')}</option>
              <option value="chairman">{t('reports.signer.chairman')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="signer_name">{t('reports.fields.signerName')}</label>
            <input id="signer_name" autoComplete="off" aria-invalid={errors.signer_name ? true : undefined} {...form.register('signer_name')} />
            {error(errors.signer_name?.message)}
          </div>
        </div>
        <div className="field">
          <label htmlFor="recipients">{t('reports.fields.recipients')}</label>
          <textarea id="recipients" rows={4} aria-invalid={errors.recipients ? true : undefined} {...form.register('recipients')} />
          {error(errors.recipients?.message)}
        </div>
      </fieldset>

      <fieldset className="report-fieldset">
        <legend>{t('reports.sections.overview')}</legend>
        <div className="field">
          <label htmlFor="overview">{t('reports.fields.overview')}</label>
          <textarea id="overview" rows={5} aria-invalid={errors.overview ? true : undefined} {...form.register('overview')} />
          {error(errors.overview?.message)}
        </div>
      </fieldset>

      <fieldset className="report-fieldset">
        <legend>{t('reports.sections.areas')}</legend>
        {data.areas.map((area) => (
          <div className="field" key={area.id}>
            <label htmlFor={`area_${area.id}`}>
              {area.id}. {lang === 'vi' ? area.name_vi : area.name_en}
            </label>
            <textarea id={`area_${area.id}`} rows={6} {...form.register(`area_results.${area.id}`)} />
            {error(errors.area_results?.[String(area.id)]?.message)}
          </div>
        ))}
      </fieldset>

      <fieldset className="report-fieldset">
        <legend>{t('reports.sections.shortcomings')}</legend>
        <div className="field">
          <label htmlFor="shortcomings">{t('reports.fields.shortcomings')}</label>
          <textarea id="shortcomings" rows={5} aria-invalid={errors.shortcomings ? true : undefined} {...form.register('shortcomings')} />
          {error(errors.shortcomings?.message)}
        </div>
        <div className="field">
          <label htmlFor="proposals">{t('reports.fields.proposals')}</label>
          <textarea id="proposals" rows={5} aria-invalid={errors.proposals ? true : undefined} {...form.register('proposals')} />
          {error(errors.proposals?.message)}
        </div>
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
