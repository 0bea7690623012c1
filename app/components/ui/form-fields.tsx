// The kit's date and number fields bound to a react-hook-form form by name
// (they keep their own text, so they go through a controller, not `register`).
// Inside <Field> they receive its id and aria wiring like any input.
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../lib/format';
import { parseNumberInput } from '../../lib/indicator-format';
import { DateField, type DateFieldProps } from './DateField';
import { NumberField, type NumberFieldProps } from './NumberField';

type Bound<T extends FieldValues, P> = Omit<P, 'value' | 'onChange' | 'onBlur' | 'name' | 'inputRef'> & {
  control: Control<T>;
  name: FieldPath<T>;
};

/** A DateField holding an ISO string ('' for none) in form field `name`. */
export function FormDateField<T extends FieldValues>({ control, name, ...rest }: Bound<T, DateFieldProps>) {
  const { field } = useController({ control, name });
  return (
    <DateField
      {...rest}
      name={field.name}
      value={typeof field.value === 'string' ? field.value : ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      disabled={rest.disabled ?? field.disabled}
    />
  );
}

/**
 * A NumberField bound to form field `name`. The form holds the number, or,
 * with `asText`, text in the reader's convention for schemas that read text
 * with `parseNumberInput(text, lang)`: what it is given may be grouped
 * ("1.565"), what it writes back is not ("1858", "84,5" in Vietnamese,
 * "84.5" in English; "" for none, "NaN" when the text is not a number).
 */
export function FormNumberField<T extends FieldValues>({ control, name, asText, ...rest }: Bound<T, NumberFieldProps> & { asText?: boolean }) {
  const { field } = useController({ control, name });
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi';
  const raw: unknown = field.value;
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? (parseNumberInput(raw, lang) ?? Number.NaN) : null;
  const write = (n: number | null) => {
    if (!asText) return n;
    if (n === null) return '';
    return Number.isNaN(n) ? 'NaN' : String(n).replace('.', lang === 'vi' ? ',' : '.');
  };
  return (
    <NumberField
      {...rest}
      name={field.name}
      value={value}
      onChange={(n) => field.onChange(write(n))}
      onBlur={field.onBlur}
      inputRef={field.ref}
      disabled={rest.disabled ?? field.disabled}
    />
  );
}
