import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { Field } from '../../../components/ui/Field';
import { FormDateField } from '../../../components/ui/form-fields';
import { Constants } from '../../../lib/database.types';
import { newUnitSchema, unitFieldsSchema, useCreateUnit, type NewUnitInput } from '../../../data/units/create-unit';
import { fieldsToPatch, useUpdateUnit } from '../../../data/units/update-unit';
import type { Unit } from '../../../data/units/get-units';
import { flattenTree } from '../lib/unit-tree';

const INDENT = '\u00a0\u00a0\u00a0\u00a0';

interface Props {
  units: Unit[];
  /** The unit being edited; none when adding. */
  unit?: Unit;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Add a unit, or rename / move / re-kind one (a move is a change of parent). */
export function UnitForm({ units, unit, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const mutation = unit ? update : create;

  const roots = units.filter((u) => u.parent_id === null);
  const form = useForm<NewUnitInput>({
    // Editing: the code is fixed, so only the other fields are checked.
    resolver: zodResolver(unit ? unitFieldsSchema : newUnitSchema) as never,
    defaultValues: unit
      ? { code: unit.code, name: unit.name, short_name: unit.short_name ?? '', kind: unit.kind, parent_id: unit.parent_id ?? '', valid_from: '' }
      : { code: '', name: '', short_name: '', kind: 'department', parent_id: roots.length === 1 ? roots[0]!.id : '', valid_from: '' },
  });
  const { errors } = form.formState;
  // The database's refusal is about what was sent: it goes once the person changes anything.
  const forgetRefusal = () => {
    if (mutation.error) mutation.reset();
  };

  // Parents in tree order; the unit itself is left out (the database refuses it
  // anyway).  Its own sub-units stay listed: the database explains why such a
  // move is refused.  Inactive units can only take inactive units.
  const parentOptions = useMemo(
    () => flattenTree(units).filter((row) => row.unit.id !== unit?.id),
    [units, unit?.id],
  );
  const placingActive = unit ? unit.is_active : true;

  const onSubmit = form.handleSubmit((values) => {
    if (unit) {
      update.mutate(
        { id: unit.id, patch: fieldsToPatch(values) },
        { onSuccess: (row) => onDone(t('admin.units.saved', { name: row.name })) },
      );
    } else {
      create.mutate(values, { onSuccess: (row) => onDone(t('admin.units.added', { name: row.name })) });
    }
  });

  const f = (name: string) => `${id}-${name}`;

  return (
    <form className="admin-form" onSubmit={onSubmit} onChange={forgetRefusal} noValidate>
      {unit ? (
        <p className="muted">
          {t('admin.units.code')}: <strong className="unit-code">{unit.code}</strong>
        </p>
      ) : (
        <Field id={f('code')} label={t('admin.units.code')} hint={t('admin.units.codeHint')} error={errors.code?.message}>
          <input className="input-code" autoComplete="off" spellCheck={false} {...form.register('code', { setValueAs: (v: string) => v.trim().toUpperCase() })} />
        </Field>
      )}
      <Field id={f('name')} label={t('admin.units.name')} error={errors.name?.message}>
        <input autoComplete="off" {...form.register('name')} />
      </Field>
      <div className="admin-form-row">
        <Field id={f('short')} label={t('admin.units.shortName')} hint={t('admin.units.shortNameHint')} error={errors.short_name?.message}>
          <input autoComplete="off" {...form.register('short_name')} />
        </Field>
        <Field id={f('kind')} label={t('admin.units.kind')}>
          <select {...form.register('kind')}>
            {Constants.public.Enums.unit_kind.map((kind) => (
              <option key={kind} value={kind}>
                {t(`admin.unitKinds.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id={f('parent')} label={t('admin.units.parent')} hint={unit ? t('admin.units.parentHint') : undefined}>
        <select {...form.register('parent_id')}>
          <option value="">{t('admin.units.noParent')}</option>
          {parentOptions.map(({ unit: option, depth }) => {
            const label = `${INDENT.repeat(depth)}${option.name} (${option.code})`;
            return (
              <option key={option.id} value={option.id} disabled={placingActive && !option.is_active}>
                {option.is_active ? label : t('admin.units.inactiveOption', { name: label })}
              </option>
            );
          })}
        </select>
      </Field>
      {unit ? null : (
        <Field id={f('from')} label={t('admin.units.validFrom')} hint={t('admin.units.validFromHint')} error={errors.valid_from?.message}>
          <FormDateField control={form.control} name="valid_from" min="2000-01-01" max="2100-12-31" />
        </Field>
      )}
      <DbErrorMessage error={mutation.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={mutation.isPending}>
          {mutation.isPending ? t('common.saving') : unit ? t('common.save') : t('admin.units.add')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
