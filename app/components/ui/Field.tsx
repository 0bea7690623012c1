import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The attributes that tie an input to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** aria attributes for an input of field `id` (hint and error ids as <Field> writes them). */
export function describedBy(id: string, error?: string | null, hint?: string | null): Omit<FieldControlProps, 'id'> {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return { 'aria-invalid': error ? true : undefined, 'aria-describedby': ids || undefined };
}

/**
 * A labelled form field with its hint and its error, tied together for screen
 * readers. `error` is an i18n key (or a message already in the user's
 * language). The control is either one element (it gets `id`, `aria-invalid`
 * and `aria-describedby` unless it sets them) or a function of those props:
 *
 *   <Field id="unit-name" label={t('x')} error={errors.name?.message}>
 *     <input {...register('name')} />
 *   </Field>
 */
export function Field({
  id,
  label,
  error,
  hint,
  errorValues,
  announce,
  children,
  className,
}: {
  id: string;
  label: ReactNode;
  error?: string | null;
  /** Values for the error's placeholders ({{max}} …). */
  errorValues?: Record<string, unknown>;
  /**
   * Say the error aloud as it appears (role="alert"): for a check made on
   * submit, where the person's eyes are on the button, not on the field.
   */
  announce?: boolean;
  hint?: ReactNode;
  children: ReactNode | ((control: FieldControlProps) => ReactNode);
  className?: string;
}) {
  const control: FieldControlProps = { id, ...describedBy(id, error, hint ? 'hint' : null) };
  let body: ReactNode;
  if (typeof children === 'function') body = children(control);
  else if (isValidElement(children)) {
    const own = (children as ReactElement<Record<string, unknown>>).props;
    const extra: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(control)) if (own[k] === undefined && v !== undefined) extra[k] = v;
    body = cloneElement(children as ReactElement<Record<string, unknown>>, extra);
  } else body = children;
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {body}
      {hint ? (
        <p className="muted small field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldErrorLine id={id} error={error} errorValues={errorValues} announce={announce} />
    </div>
  );
}

function FieldErrorLine({ id, error, errorValues, announce }: { id: string; error?: string | null; errorValues?: Record<string, unknown>; announce?: boolean }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="field-error" id={`${id}-error`} role={announce ? 'alert' : undefined}>
      {errorValues ? t(error, errorValues) : t(error)}
    </p>
  );
}

/**
 * A group of choices (radio buttons, check boxes) under one legend, with the
 * group's hint and error tied to the <fieldset>, as <Field> does for one input.
 */
export function FieldGroup({
  id,
  legend,
  hint,
  error,
  errorValues,
  announce,
  className,
  children,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  errorValues?: Record<string, unknown>;
  announce?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <fieldset id={id} className={className} aria-describedby={describedBy(id, error, hint ? 'hint' : null)['aria-describedby']}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="muted small field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      <FieldErrorLine id={id} error={error} errorValues={errorValues} announce={announce} />
    </fieldset>
  );
}
