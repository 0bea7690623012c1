import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/ui/DateField';
import { todayInVietnam } from '../../../lib/datetime';

export interface ReorgDetails {
  effective_on: string;
  decision: string;
  note: string;
}

export type FieldErrors = Partial<Record<string, string>>;

/** A field's error under it, tied to the field by id. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  const { t } = useTranslation();
  return message ? (
    <p id={id} className="field-error">
      {t(message)}
    </p>
  ) : null;
}

/** Effective date, decision number and note: the same three fields on every reorganisation. */
export function ReorgDetailsFields({
  idPrefix,
  value,
  errors,
  onChange,
}: {
  idPrefix: string;
  value: ReorgDetails;
  errors: FieldErrors;
  onChange: (patch: Partial<ReorgDetails>) => void;
}) {
  const { t } = useTranslation();
  const f = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <div className="admin-form-row">
        <div className="field">
          <label htmlFor={f('date')}>{t('admin.reorg.effectiveOn')}</label>
          <DateField
            id={f('date')}
            min="2000-01-01"
            max={todayInVietnam()}
            value={value.effective_on}
            aria-invalid={errors.effective_on ? true : undefined}
            aria-describedby={`${f('date')}-hint${errors.effective_on ? ` ${f('date')}-error` : ''}`}
            onChange={(effective_on) => onChange({ effective_on })}
          />
          <p id={`${f('date')}-hint`} className="muted small">
            {t('admin.reorg.effectiveOnHint')}
          </p>
          <FieldError id={`${f('date')}-error`} message={errors.effective_on} />
        </div>
        <div className="field">
          <label htmlFor={f('decision')}>{t('admin.reorg.decision')}</label>
          <input
            id={f('decision')}
            autoComplete="off"
            value={value.decision}
            aria-invalid={errors.decision ? true : undefined}
            aria-describedby={`${f('decision')}-hint${errors.decision ? ` ${f('decision')}-error` : ''}`}
            onChange={(e) => onChange({ decision: e.target.value })}
          />
          <p id={`${f('decision')}-hint`} className="muted small">
            {t('admin.reorg.decisionHint')}
          </p>
          <FieldError id={`${f('decision')}-error`} message={errors.decision} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={f('note')}>{t('admin.reorg.note')}</label>
        <textarea
          id={f('note')}
          rows={2}
          value={value.note}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={errors.note ? `${f('note')}-error` : undefined}
          onChange={(e) => onChange({ note: e.target.value })}
        />
        <FieldError id={`${f('note')}-error`} message={errors.note} />
      </div>
    </>
  );
}

/** zod issues as field -> message key (the first issue of each field). */
export function issuesToErrors(issues: readonly { path: PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? '');
    if (!errors[key]) errors[key] = issue.message;
  }
  return errors;
}
