// The kit's date and number fields bound to a react-hook-form form by name
// (they keep their own text, so they go through a controller, not `register`).
// Inside <Field> they receive its id and aria wiring like any input.
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
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
 * with `asText`, the number written plainly ("84.5", "" for none, the text
 * itself when it is not a number) for schemas that read text.
 */
export function FormNumberField<T extends FieldValues>({ control, name, asText, ...rest }: Bound<T, NumberFieldProps> & { asText?: boolean }) {
  const { field } = useController({ control, name });
  const raw: unknown = field.value;
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : null;
  return (
    <NumberField
      {...rest}
      name={field.name}
      value={value}
      onChange={(n) => field.onChange(asText ? (n === null ? '' : Number.isNaN(n) ? 'NaN' : String(n)) : n)}
      onBlur={field.onBlur}
      inputRef={field.ref}
      disabled={rest.disabled ?? field.disabled}
    />
  );
}
