import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { Field } from '../../../components/ui/Field';
import { FormNumberField } from '../../../components/ui/form-fields';
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

  const fieldProps = (name: keyof IndicatorFormInput) => ({ id: `${id}-${name}`, error: errors[name]?.message });

  return (
    <form className="card ind-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {indicator ? t('indicators.manage.editTitle') : t('indicators.manage.addTitle')}
      </h2>
      <div className="ind-form-grid">
        <Field {...fieldProps('code')} label={t('indicators.manage.code')} hint={t('indicators.manage.codeHint')}>
          <input type="text" autoComplete="off" {...form.register('code')} />
        </Field>
        <Field {...fieldProps('areaId')} label={t('indicators.manage.area')}>
          <select {...form.register('areaId')}>
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {lang === 'vi' ? a.name_vi : a.name_en}
              </option>
            ))}
          </select>
        </Field>
        <Field {...fieldProps('nameVi')} className="ind-form-wide" label={t('indicators.manage.nameVi')}>
          <input type="text" {...form.register('nameVi')} />
        </Field>
        <Field {...fieldProps('nameEn')} className="ind-form-wide" label={t('indicators.manage.nameEn')}>
          <input type="text" {...form.register('nameEn')} />
        </Field>
        <Field {...fieldProps('direction')} label={t('indicators.manage.direction')}>
          <select {...form.register('direction')}>
            <option value="at_least">{t('indicators.directions.at_least')}</option>
            <option value="at_most">{t('indicators.directions.at_most')}</option>
          </select>
        </Field>
        <Field {...fieldProps('target')} label={t('indicators.manage.target')}>
          <FormNumberField control={form.control} name="target" asText />
        </Field>
        <Field {...fieldProps('unitLabel')} label={t('indicators.manage.unitLabel')}>
          <input type="text" {...form.register('unitLabel')} />
        </Field>
        <Field {...fieldProps('sortOrder')} label={t('indicators.manage.sortOrder')}>
          <input type="number" step={1} {...form.register('sortOrder')} />
        </Field>
        <Field {...fieldProps('description')} className="ind-form-wide" label={t('indicators.manage.description')}>
          <textarea rows={3} {...form.register('description')} />
        </Field>
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
