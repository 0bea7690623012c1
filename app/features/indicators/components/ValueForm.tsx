import { useEffect, useId, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { Field } from '../../../components/ui/Field';
import { FormNumberField } from '../../../components/ui/form-fields';
import { useLang } from '../../../i18n';
import { todayInVietnam } from '../../../lib/datetime';
import type { IndicatorSummary } from '../../../data/indicators/get-indicators';
import type { IndicatorValue } from '../../../data/indicators/get-indicator-values';
import type { UnitRef } from '../hooks/use-indicator-reference';
import {
  toPayload,
  useSaveIndicatorValue,
  valueFormSchema,
  type ValueFormInput,
  type ValueFormValues,
} from '../../../data/indicators/save-indicator-value';
import {
  computeRate,
  formatIndicatorValue,
  formatInput,
  isAchieved,
  parseNumberInput,
  PERIODS,
  type Period,
} from '../../../lib/indicator-format';
import { AchievedBadge } from './AchievedBadge';

/** The latest period whose cut-off has passed: after 14/9 it is the nine-month figure, and so on. */
export function defaultPeriod(today = todayInVietnam()): { year: number; period: Period } {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const md = m * 100 + d;
  if (md > 1214) return { year: y, period: 'annual' };
  if (md > 914) return { year: y, period: 'q3' };
  if (md > 614) return { year: y, period: 'h1' };
  if (md > 314) return { year: y, period: 'q1' };
  return { year: y - 1, period: 'annual' };
}

interface Props {
  indicator: IndicatorSummary;
  units: UnitRef[];
  editing: IndicatorValue | null;
  onDone: () => void;
}

export function ValueForm({ indicator, units, editing, onDone }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const save = useSaveIndicatorValue();
  const [saved, setSaved] = useState<string | null>(null);
  const schema = useMemo(() => valueFormSchema(lang, indicator.isRate), [lang, indicator.isRate]);

  const blank = useMemo((): ValueFormInput => {
    const p = defaultPeriod();
    return { year: p.year, period: p.period, unitId: '', numerator: '', denominator: '', note: '' };
  }, []);
  const fromValue = (v: IndicatorValue): ValueFormInput => ({
    year: v.year,
    period: v.period,
    unitId: v.unitId ?? '',
    numerator: formatInput(v.numerator, lang),
    denominator: formatInput(v.denominator, lang),
    note: v.note ?? '',
  });

  const form = useForm<ValueFormInput, unknown, ValueFormValues>({
    resolver: zodResolver(schema),
    defaultValues: editing ? fromValue(editing) : blank,
    mode: 'onTouched',
  });
  const { errors } = form.formState;
  // What the server refused is about what was sent: it goes once the person changes anything.
  const forgetOutcome = () => {
    if (save.error) save.reset();
  };

  // Switching to another value (or back to a new one) refills the form.
  useEffect(() => {
    form.reset(editing ? fromValue(editing) : blank);
    save.reset();
    if (editing) {
      setSaved(null);
      form.setFocus('numerator');
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editing?.id, editing?.version]);

  const [numText, denText] = useWatch({ control: form.control, name: ['numerator', 'denominator'] });
  const num = parseNumberInput(numText ?? '', lang);
  const den = parseNumberInput(denText ?? '', lang);
  const liveRate = num !== null && den !== null ? computeRate(num, den) : null;
  const over = indicator.isRate && num !== null && den !== null && num > den;

  const thisYear = Number(todayInVietnam().slice(0, 4));
  const years = Array.from({ length: 8 }, (_, i) => thisYear - i);
  if (editing && !years.includes(editing.year)) years.push(editing.year);
  const unitChoices = units.filter((u) => u.is_active || u.id === editing?.unitId);

  const onSubmit = form.handleSubmit((values) => {
    const payload = toPayload(values, lang);
    setSaved(null);
    save.mutate(
      { indicatorId: indicator.id, existing: editing ? { id: editing.id, version: editing.version } : undefined, payload },
      {
        onSuccess: () => {
          const rate = computeRate(payload.numerator, payload.denominator) ?? 0;
          setSaved(
            t('indicators.form.saved', {
              period: t(`indicators.periods.${payload.period}`, { year: payload.year }),
              value: formatIndicatorValue(payload.numerator, payload.denominator, rate, lang, indicator.unitLabel),
            }),
          );
          form.reset({ ...values, year: values.year, numerator: editing ? values.numerator : '', denominator: editing ? values.denominator : '', note: editing ? values.note : '' });
          if (editing) onDone();
        },
      },
    );
  });

  const fieldProps = (name: keyof ValueFormInput) => ({ id: `${id}-${name}`, error: errors[name]?.message });

  return (
    <form className="card ind-form" onSubmit={onSubmit} onChange={forgetOutcome} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {editing ? t('indicators.form.editTitle') : t('indicators.form.recordTitle')}
      </h2>
      <div className="ind-form-grid">
        <div className="ind-form-wide ind-form-when">
          <Field {...fieldProps('year')} label={t('indicators.form.year')}>
            <select {...form.register('year')}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </Field>
          <Field {...fieldProps('period')} label={t('indicators.form.period')}>
            <select {...form.register('period')}>
              {PERIODS.map((p) => (
                <option key={p} value={p}>
                  {t(`indicators.periodKinds.${p}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field {...fieldProps('unitId')} className="ind-form-wide" label={t('indicators.form.unit')}>
          <select {...form.register('unitId')}>
            <option value="">{t('indicators.wholeProvince')}</option>
            {unitChoices.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
        <Field {...fieldProps('numerator')} label={t('indicators.form.numerator')}>
          <FormNumberField control={form.control} name="numerator" asText />
        </Field>
        <Field {...fieldProps('denominator')} label={t('indicators.form.denominator')}>
          <FormNumberField control={form.control} name="denominator" asText />
        </Field>
      </div>
      <p className="muted small">{t('indicators.form.numberHint')}</p>
      <div className="ind-live" aria-live="polite">
        <span className="ind-live-label">{t('indicators.form.rate')}:</span>{' '}
        {liveRate !== null ? (
          <>
            <output className={`ind-value${over ? ' ind-value-bad' : ''}`} data-testid="live-rate">
              {formatIndicatorValue(num!, den!, liveRate, lang, indicator.unitLabel)}
            </output>{' '}
            {!over ? <AchievedBadge achieved={isAchieved(liveRate, indicator.target, indicator.direction)} /> : null}
          </>
        ) : (
          <span className="muted">{t('indicators.form.ratePending')}</span>
        )}
      </div>
      <Field {...fieldProps('note')} label={t('indicators.form.note')}>
        <textarea rows={2} {...form.register('note')} />
      </Field>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('indicators.form.save')}
        </button>
        {editing ? (
          <button type="button" className="button" onClick={onDone}>
            {t('indicators.form.cancelEdit')}
          </button>
        ) : null}
      </div>
      {saved ? (
        <p className="ind-saved" role="status">
          {saved}
        </p>
      ) : null}
      <DbErrorMessage error={save.error} onReload={onDone} />
    </form>
  );
}
