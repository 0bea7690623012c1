// The CCHC editing forms' fields: a <Field> that shows a checked problem
// (app/features/cchc/lib/validate.ts) and a number field whose form keeps
// the text the checks read.
import type { ReactNode } from 'react';
import { Field } from '../../../components/ui/Field';
import { NumberField, type NumberFieldProps } from '../../../components/ui/NumberField';
import type { Lang } from '../../../lib/format';
import { parseNumberInput } from '../../../lib/indicator-format';
import type { Problem } from '../lib/validate';

/** One row of a `cchc-form-grid` (label left, input right; stacked on a phone) with its problem, said aloud on submit. */
export function ProblemField({ id, label, problem, hint, children }: { id: string; label: ReactNode; problem: Problem | undefined; hint?: ReactNode; children: ReactNode }) {
  return (
    <Field id={id} className="cchc-row" label={label} hint={hint} error={problem ? `cchc.validation.${problem.key}` : null} errorValues={problem?.params} announce>
      {children}
    </Field>
  );
}

/**
 * A NumberField for a form that holds text: the number goes back written
 * plainly in the reader's convention ("84,5"; no grouping, so the checks read
 * it back exactly), and text that is not a number as "NaN" (refused).
 */
export function PointsInput({ value, onChange, lang, ...rest }: Omit<NumberFieldProps, 'value' | 'onChange'> & { value: string; onChange: (text: string) => void; lang: Lang }) {
  return (
    <NumberField
      {...rest}
      value={value.trim() === '' ? null : (parseNumberInput(value, lang) ?? Number.NaN)}
      onChange={(n) => onChange(n === null ? '' : Number.isNaN(n) ? 'NaN' : String(n).replace('.', lang === 'vi' ? ',' : '.'))}
    />
  );
}
