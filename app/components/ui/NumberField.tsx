import { useEffect, useId, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../lib/format';
import { formatInput, parseNumberInput } from '../../lib/indicator-format';

export interface NumberFieldProps {
  id?: string;
  name?: string;
  value: number | null | undefined;
  /** The number typed, null when empty, NaN when the text is not a number (a schema refuses it). */
  onChange: (value: number | null) => void;
  onBlur?: () => void;
  disabled?: boolean;
  readOnly?: boolean;
  'aria-invalid'?: boolean | 'true' | 'false';
  'aria-describedby'?: string;
  'aria-label'?: string;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
}

/**
 * A number typed the Vietnamese way ("1.858", "84,5") or the English way
 * ("84.5") where that is unambiguous; value out is a number.
 */
export function NumberField({ id: givenId, name, value, onChange, onBlur, disabled, readOnly, inputRef, className, ...aria }: NumberFieldProps) {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi';
  const ownId = useId();
  const id = givenId ?? ownId;
  const [text, setText] = useState(() => (value === null || value === undefined || Number.isNaN(value) ? '' : formatInput(value, lang)));
  const [touched, setTouched] = useState(false);

  // A new value from outside (form reset): show it, unless the text already means it.
  useEffect(() => {
    setText((shown) => {
      const meant = shown.trim() === '' ? null : parseNumberInput(shown, lang);
      if (value === undefined || (value !== null && Number.isNaN(value))) return shown;
      return meant === value ? shown : value === null ? '' : formatInput(value, lang);
    });
  }, [value, lang]);

  const invalid = text.trim() !== '' && parseNumberInput(text, lang) === null;
  const outsideError = aria['aria-invalid'] === true || aria['aria-invalid'] === 'true';
  const showOwn = invalid && touched && !outsideError;
  const errorId = `${id}-number-error`;
  const describedBy = [aria['aria-describedby'], showOwn ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <span className={`number-field${className ? ` ${className}` : ''}`}>
      <input
        id={id}
        name={name}
        ref={inputRef}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        disabled={disabled}
        readOnly={readOnly}
        aria-label={aria['aria-label']}
        aria-invalid={outsideError || showOwn ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          onChange(next.trim() === '' ? null : (parseNumberInput(next, lang) ?? Number.NaN));
        }}
        onBlur={() => {
          setTouched(true);
          onBlur?.();
        }}
      />
      {showOwn ? (
        <span className="field-error" id={errorId}>
          {t('common.number.invalid')}
        </span>
      ) : null}
    </span>
  );
}
