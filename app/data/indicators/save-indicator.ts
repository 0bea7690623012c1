import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '../../lib/supabase';
import type { TablesInsert } from '../../lib/database.types';
import type { Lang } from '../../lib/format';
import { parseNumberInput } from '../../lib/indicator-format';
import { invalidate } from '../invalidate';

const E = 'indicators.manage.errors.';

/** The indicator form: the same limits as the database's constraints. */
export function indicatorFormSchema(lang: Lang) {
  return z
    .object({
      code: z.string().trim().regex(/^[A-Z0-9][A-Z0-9._-]{1,31}$/, `${E}codeFormat`),
      areaId: z.coerce.number().int().min(1).max(6),
      nameVi: z.string().trim().min(5, `${E}nameLength`).max(300, `${E}nameLength`),
      nameEn: z.string().trim().min(5, `${E}nameLength`).max(300, `${E}nameLength`),
      unitLabel: z.string().trim().min(1, `${E}unitLabel`).max(20, `${E}unitLabel`),
      target: z
        .string()
        .trim()
        .min(1, 'indicators.form.errors.numberRequired')
        .refine((s) => parseNumberInput(s, lang) !== null, 'indicators.form.errors.numberFormat')
        .refine((s) => (parseNumberInput(s, lang) ?? 0) >= 0, `${E}targetRange`),
      direction: z.enum(['at_least', 'at_most']),
      isRate: z.boolean(),
      description: z.string().trim().max(2000, `${E}descriptionTooLong`),
      sortOrder: z.coerce.number().int(`${E}sortOrder`),
      isActive: z.boolean(),
    })
    .superRefine((v, ctx) => {
      const target = parseNumberInput(v.target, lang);
      if (v.isRate && target !== null && target > 100) ctx.addIssue({ code: 'custom', path: ['target'], message: `${E}targetRange` });
    });
}
export type IndicatorFormInput = z.input<ReturnType<typeof indicatorFormSchema>>;
export type IndicatorFormValues = z.output<ReturnType<typeof indicatorFormSchema>>;

export type IndicatorPayload = Omit<TablesInsert<'indicators'>, 'id' | 'created_at' | 'updated_at'>;

export function toIndicatorPayload(v: IndicatorFormValues, lang: Lang): IndicatorPayload {
  return {
    code: v.code,
    area_id: v.areaId,
    name_vi: v.nameVi,
    name_en: v.nameEn,
    unit_label: v.unitLabel,
    target: parseNumberInput(v.target, lang)!,
    direction: v.direction,
    is_rate: v.isRate,
    description: v.description || null,
    sort_order: v.sortOrder,
    is_active: v.isActive,
  };
}

/** Adds an indicator, or saves changes to one (Home Affairs only; the database checks). */
export async function saveIndicator({ id, payload }: { id?: string; payload: IndicatorPayload }) {
  const query = id
    ? supabase.from('indicators').update(payload).eq('id', id).select('id').maybeSingle()
    : supabase.from('indicators').insert(payload).select('id').single();
  const { data, error } = await query;
  if (error) throw error;
  if (!data) throw Object.assign(new Error('not allowed'), { code: 'PGRST116' });
  return data;
}

export function useSaveIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveIndicator,
    onSettled: () => invalidate.indicators(queryClient),
  });
}
