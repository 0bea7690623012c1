import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '../../lib/supabase';
import type { TablesInsert } from '../../lib/database.types';
import type { Lang } from '../../lib/format';
import { parseNumberInput, PERIODS, type Period } from '../../lib/indicator-format';
import { invalidate } from '../invalidate';

const E = 'indicators.form.errors.';

/**
 * The value form as typed: numbers are text in the reader's format
 * ("1.858" in Vietnamese), parsed here; the same limits as the database,
 * so a mistake shows at its field before anything is sent.
 */
export function valueFormSchema(lang: Lang, isRate: boolean) {
  const number = () =>
    z
      .string()
      .trim()
      .min(1, `${E}numberRequired`)
      .refine((s) => parseNumberInput(s, lang) !== null, `${E}numberFormat`);
  return z
    .object({
      year: z.coerce.number().int(`${E}yearRange`).min(2000, `${E}yearRange`).max(2100, `${E}yearRange`),
      period: z.enum(PERIODS as [Period, ...Period[]]),
      unitId: z.string(),
      numerator: number().refine((s) => (parseNumberInput(s, lang) ?? 0) >= 0, `${E}numeratorNegative`),
      denominator: number().refine((s) => (parseNumberInput(s, lang) ?? 0) > 0, `${E}denominatorPositive`),
      note: z.string().trim().max(1000, `${E}noteTooLong`),
    })
    .superRefine((v, ctx) => {
      const n = parseNumberInput(v.numerator, lang);
      const d = parseNumberInput(v.denominator, lang);
      if (isRate && n !== null && d !== null && n > d) {
        ctx.addIssue({ code: 'custom', path: ['numerator'], message: `${E}numeratorOver` });
      }
    });
}
export type ValueFormInput = z.input<ReturnType<typeof valueFormSchema>>;
export type ValueFormValues = z.output<ReturnType<typeof valueFormSchema>>;

export type IndicatorValuePayload = Pick<
  TablesInsert<'indicator_values'>,
  'unit_id' | 'year' | 'period' | 'numerator' | 'denominator' | 'note'
>;

export function toPayload(values: ValueFormValues, lang: Lang): IndicatorValuePayload {
  return {
    year: values.year,
    period: values.period,
    unit_id: values.unitId || null,
    numerator: parseNumberInput(values.numerator, lang)!,
    denominator: parseNumberInput(values.denominator, lang)!,
    note: values.note || null,
  };
}

export interface SaveIndicatorValueArgs {
  indicatorId: string;
  /** The value being edited, with the version the user saw. */
  existing?: { id: string; version: number };
  payload: IndicatorValuePayload;
}

/** Records a new value, or saves an edit based on the version the user saw (a stale one is refused). */
export async function saveIndicatorValue({ indicatorId, existing, payload }: SaveIndicatorValueArgs) {
  if (existing) {
    const { data, error } = await supabase
      .from('indicator_values')
      .update({ ...payload, version: existing.version + 1 })
      .eq('id', existing.id)
      .select('id')
      .maybeSingle();
    if (error) throw error;
    if (!data) throw Object.assign(new Error('not allowed'), { code: 'PGRST116' });
    return data;
  }
  const { data, error } = await supabase
    .from('indicator_values')
    .insert({ ...payload, indicator_id: indicatorId })
    .select('id')
    .single();
  if (error) throw error;
  return data;
}

export function useSaveIndicatorValue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveIndicatorValue,
    onSettled: () => invalidate.indicators(queryClient),
  });
}
