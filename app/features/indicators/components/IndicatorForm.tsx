import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { useLang } from '../../../i18n';
import type { IndicatorSummary } from '../../../data/indicators/get-indicators';
import type { AreaRef } from '../hooks/use-indicator-reference';
import {
  indicatorFormSchema,
  toIndicatorPayload,
  useSaveIndicator,
  type IndicatorFormInput,
  type IndicatorFormValues,
} from '../../../data/indicators/save-indicator';
import { formatInput } from '../../../lib/indicator-format';

interface Props {
  /** The indicator to edit; none to add a new one. */
  indicator?: IndicatorSummary;
  areas: AreaRef[];
  onClose: () => void;
  onSaved?: (id: string) => void;
}

/** Home Affairs adds or edits an indicator: code, area, names, target and direction. */
export function IndicatorForm({ indicator, areas, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const save = useSaveIndicator();
  const schema = useMemo(() => indicatorFormSchema(lang), [lang]);
  const form = useForm<IndicatorFormInput, unknown, IndicatorFormValues>({
    resolver: zodResolver(schema),
    mode: 'onTouched',
    defaultValues: indicator
      ? {
          code: indicator.code,
          areaId: indicator.areaId,
          nameVi: indicator.nameVi,
          nameEn: indicator.nameEn,
          unitLabel: indicator.unitLabel,
          target: formatInput(indicator.target, lang),
          direction: indicator.direction,
          isRate: indicator.isRate,
          description: indicator.description ?? '',
          sortOrder: indicator.sortOrder,
          isActive: indicator.isActive,
        }
      : { code: '', areaId: 2, nameVi: '', nameEn: '', unitLabel: '%', target: '', direction: 'at_least', isRate: true, description: '', sortOrder: 0, isActive: true },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) =>
    save.mutate(
      { id: indicator?.id, payload: toIndicatorPayload(values, lang) },
      {
        onSuccess: (row) => {
          onSaved?.(row.id);
          onClose();
        },
      },
    ),
  );

  const attrs = (name: keyof IndicatorFormInput) => ({
    id: `${id}-${name}`,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `${id}-${name}-error` : undefined,
  });
  const fieldError = (name: keyof IndicatorFormInput) =>
    errors[name]?.message ? (
      <p className="field-error" id={`${id}-${name}-error`}>
        {t(errors[name]!.message!)}
      </p>
    ) : null;

  return (
    <form className="card ind-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {indicator ? t('indicators.manage.editTitle') : t('indicators.manage.addTitle')}
      </h2>
      <div className="ind-form-grid">
        <div className="field">
          <label htmlFor={`${id}-code`}>{t('indicators.manage.code')}</label>
          <input type="text" autoComplete="off" {...attrs('code')} {...form.register('code')} />
          <span className="muted small">{t('indicators.manage.codeHint')}</span>
          {fieldError('code')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-areaId`}>{t('indicators.manage.area')}</label>
          <select {...attrs('areaId')} {...form.register('areaId')}>
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {lang === 'vi' ? a.name_vi : a.name_en}
              </option>
            ))}
          </select>
        </div>
        <div className="field ind-form-wide">
          <label htmlFor={`${id}-nameVi`}>{t('indicators.manage.nameVi')}</label>
          <input type="text" {...attrs('nameVi')} {...form.register('nameVi')} />
          {fieldError('nameVi')}
        </div>
        <div className="field ind-form-wide">
          <label htmlFor={`${id}-nameEn`}>{t('indicators.manage.nameEn')}</label>
          <input type="text" {...attrs('nameEn')} {...form.register('nameEn')} />
          {fieldError('nameEn')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-direction`}>{t('indicators.manage.direction')}</label>
          <select {...attrs('direction')} {...form.register('direction')}>
            <option value="at_least">{t('indicators.directions.at_least')}</option>
            <option value="at_most">{t('indicators.directions.at_most')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-target`}>{t('indicators.manage.target')}</label>
          <input type="text" inputMode="decimal" autoComplete="off" {...attrs('target')} {...form.register('target')} />
          {fieldError('target')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-unitLabel`}>{t('indicators.manage.unitLabel')}</label>
          <input type="text" {...attrs('unitLabel')} {...form.register('unitLabel')} />
          {fieldError('unitLabel')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-sortOrder`}>{t('indicators.manage.sortOrder')}</label>
          <input type="number" step={1} {...attrs('sortOrder')} {...form.register('sortOrder')} />
          {fieldError('sortOrder')}
        </div>
        <div className="field ind-form-wide">
          <label htmlFor={`${id}-description`}>{t('indicators.manage.description')}</label>
          <textarea rows={3} {...attrs('description')} {...form.register('description')} />
          {fieldError('description')}
        </div>
        <label className="ind-check ind-form-wide">
          <input type="checkbox" {...form.register('isRate')} /> {t('indicators.manage.isRate')}
        </label>
        <label className="ind-check ind-form-wide">
          <input type="checkbox" {...form.register('isActive')} /> {t('indicators.manage.isActive')}
        </label>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('indicators.manage.save')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('indicators.manage.close')}
        </button>
      </div>
      <DbErrorMessage error={save.error} />
    </form>
  );
}
