import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/ui/DateField';
import { Field } from '../../../components/ui/Field';
import { todayInVietnam } from '../../../lib/datetime';

export interface ReorgDetails {
  effective_on: string;
  decision: string;
  note: string;
}

export type FieldErrors = Partial<Record<string, string>>;

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
        <Field id={f('date')} label={t('admin.reorg.effectiveOn')} hint={t('admin.reorg.effectiveOnHint')} error={errors.effective_on}>
          <DateField min="2000-01-01" max={todayInVietnam()} value={value.effective_on} onChange={(effective_on) => onChange({ effective_on })} />
        </Field>
        <Field id={f('decision')} label={t('admin.reorg.decision')} hint={t('admin.reorg.decisionHint')} error={errors.decision}>
          <input autoComplete="off" value={value.decision} onChange={(e) => onChange({ decision: e.target.value })} />
        </Field>
      </div>
      <Field id={f('note')} label={t('admin.reorg.note')} error={errors.note}>
        <textarea rows={2} value={value.note} onChange={(e) => onChange({ note: e.target.value })} />
      </Field>
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
