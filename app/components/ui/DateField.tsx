import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { isoToDmy, parseDmy } from '../../lib/date-input';

export interface DateFieldProps {
  id?: string;
  name?: string;
  /** yyyy-mm-dd, or '' for no date. */
  value: string | null | undefined;
  /**
   * yyyy-mm-dd when the text is a real date, '' when it is empty, and the
   * text itself when it is not a date, so a form's schema refuses it and
   * nothing typed is silently dropped (callers that only want dates check with isIsoDate).
   */
  onChange: (value: string) => void;
  onBlur?: () => void;
  min?: string;
  max?: string;
  disabled?: boolean;
  readOnly?: boolean;
  required?: boolean;
  /** Set by <Field> when the form reports an error; the field's own message then stays quiet. */
  'aria-invalid'?: boolean | 'true' | 'false';
  'aria-describedby'?: string;
  'aria-label'?: string;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
}

/**
 * A date typed as dd/mm/yyyy whatever the browser's language (a native date
 * input follows the browser: mm/dd/yyyy in an English one), with a calendar
 * button that opens the browser's own picker. Value in and out is ISO.
 */
export function DateField({
  id: givenId,
  name,
  value,
  onChange,
  onBlur,
  min,
  max,
  disabled,
  readOnly,
  required,
  inputRef,
  className,
  ...aria
}: DateFieldProps) {
  const { t } = useTranslation();
  const ownId = useId();
  const id = givenId ?? ownId;
  const [text, setText] = useState(() => isoToDmy(value));
  const [touched, setTouched] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  // A new value from outside (form reset, filters cleared): show it, unless it is what the text already says.
  const current = value ?? '';
  useEffect(() => {
    setText((shown) => ((parseDmy(shown) ?? shown.trim()) === current ? shown : isoToDmy(current)));
  }, [current]);

  const invalid = text.trim() !== '' && parseDmy(text) === null;
  const outsideError = aria['aria-invalid'] === true || aria['aria-invalid'] === 'true';
  const showOwn = invalid && touched && !outsideError;
  const errorId = `${id}-date-error`;
  const describedBy = [aria['aria-describedby'], showOwn ? errorId : null].filter(Boolean).join(' ') || undefined;

  const change = (next: string) => {
    setText(next);
    const trimmed = next.trim();
    onChange(trimmed === '' ? '' : (parseDmy(trimmed) ?? trimmed));
  };

  return (
    <span className={`date-field${className ? ` ${className}` : ''}`}>
      <span className="date-field-row">
        <input
          id={id}
          name={name}
          ref={inputRef}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('common.date.hint')}
          value={text}
          disabled={disabled}
          readOnly={readOnly}
          required={required}
          aria-label={aria['aria-label']}
          aria-invalid={outsideError || showOwn ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => change(e.target.value)}
          onBlur={() => {
            setTouched(true);
            const parsed = parseDmy(text);
            if (parsed) setText(isoToDmy(parsed));
            onBlur?.();
          }}
        />
        {disabled || readOnly ? null : (
          <button
            type="button"
            className="button button-small date-field-pick"
            aria-label={t('common.date.pick')}
            title={t('common.date.pick')}
            onClick={() => {
              const p = picker.current;
              if (!p) return;
              p.value = parseDmy(text) ?? '';
              try {
                p.showPicker();
              } catch {
                p.focus();
              }
            }}
          >
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path fill="currentColor" d="M4 0h2v2h4V0h2v2h3v14H1V2h3zm-1 6v8h10V6z" />
            </svg>
          </button>
        )}
        <input
          ref={picker}
          type="date"
          className="date-field-native"
          tabIndex={-1}
          aria-hidden="true"
          min={min}
          max={max}
          onChange={(e) => {
            if (!e.target.value) return;
            setTouched(true);
            setText(isoToDmy(e.target.value));
            onChange(e.target.value);
          }}
        />
      </span>
      {showOwn ? (
        <span className="field-error" id={errorId}>
          {t('common.date.invalid')}
        </span>
      ) : null}
    </span>
  );
}
