import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { Field } from '../../../components/ui/Field';
import { formatDate } from '../../../lib/format';
import type { Unit } from '../../../data/units/get-units';
import { renameSchema, useRenameUnit } from '../../../data/units/rename-unit';
import { ReorgDetailsFields, issuesToErrors, type FieldErrors, type ReorgDetails } from './ReorgDetailsFields';

/** Rename a unit from a date; the former name stays for the days before. */
export function RenameForm({ unit, onDone, onCancel }: { unit: Unit; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const rename = useRenameUnit();
  const [name, setName] = useState(unit.name);
  const [shortName, setShortName] = useState(unit.short_name ?? '');
  const [details, setDetails] = useState<ReorgDetails>({ effective_on: '', decision: '', note: '' });
  const [errors, setErrors] = useState<FieldErrors>({});

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = renameSchema.safeParse({ ...details, unit: unit.id, name, short_name: shortName });
    if (!parsed.success) {
      setErrors(issuesToErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    rename.mutate(parsed.data, {
      onSuccess: () =>
        onDone(t('admin.reorg.renamed', { old: unit.name, name: parsed.data.name, date: formatDate(parsed.data.effective_on) })),
    });
  };

  const f = (x: string) => `${id}-${x}`;
  return (
    <form className="admin-form reorg-form" onSubmit={onSubmit} noValidate>
      <p className="muted">{t('admin.reorg.currentName', { name: unit.name })}</p>
      <p className="muted small">{t('admin.reorg.renameNote')}</p>
      <Field id={f('name')} label={t('admin.reorg.newName')} error={errors.name}>
        <input
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <Field id={f('short')} label={t('admin.reorg.newShortName')} error={errors.short_name}>
        <input
          autoComplete="off"
          value={shortName}
          onChange={(e) => setShortName(e.target.value)}
        />
      </Field>
      <ReorgDetailsFields idPrefix={f('d')} value={details} errors={errors} onChange={(patch) => setDetails((d) => ({ ...d, ...patch }))} />
      <DbErrorMessage error={rename.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={rename.isPending}>
          {rename.isPending ? t('admin.reorg.working') : t('admin.reorg.confirmRename')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
