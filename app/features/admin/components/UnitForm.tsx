import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
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
  const describe = (name: string, hint: boolean, error: unknown) =>
    [hint ? `${f(name)}-hint` : null, error ? `${f(name)}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <form className="admin-form" onSubmit={onSubmit} noValidate>
      {unit ? (
        <p className="muted">
          {t('admin.units.code')}: <strong className="unit-code">{unit.code}</strong>
        </p>
      ) : (
        <div className="field">
          <label htmlFor={f('code')}>{t('admin.units.code')}</label>
          <input
            id={f('code')}
            className="input-code"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={errors.code ? true : undefined}
            aria-describedby={describe('code', true, errors.code)}
            {...form.register('code', { setValueAs: (v: string) => v.trim().toUpperCase() })}
          />
          <p id={`${f('code')}-hint`} className="muted small">
            {t('admin.units.codeHint')}
          </p>
          {errors.code?.message ? (
            <p id={`${f('code')}-error`} className="field-error">
              {t(errors.code.message)}
            </p>
          ) : null}
        </div>
      )}
      <div className="field">
        <label htmlFor={f('name')}>{t('admin.units.name')}</label>
        <input id={f('name')} autoComplete="off" aria-invalid={errors.name ? true : undefined} aria-describedby={describe('name', false, errors.name)} {...form.register('name')} />
        {errors.name?.message ? (
          <p id={`${f('name')}-error`} className="field-error">
            {t(errors.name.message)}
          </p>
        ) : null}
      </div>
      <div className="admin-form-row">
        <div className="field">
          <label htmlFor={f('short')}>{t('admin.units.shortName')}</label>
          <input
            id={f('short')}
            autoComplete="off"
            aria-invalid={errors.short_name ? true : undefined}
            aria-describedby={describe('short', true, errors.short_name)}
            {...form.register('short_name')}
          />
          <p id={`${f('short')}-hint`} className="muted small">
            {t('admin.units.shortNameHint')}
          </p>
          {errors.short_name?.message ? (
            <p id={`${f('short')}-error`} className="field-error">
              {t(errors.short_name.message)}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={f('kind')}>{t('admin.units.kind')}</label>
          <select id={f('kind')} {...form.register('kind')}>
            {Constants.public.Enums.unit_kind.map((kind) => (
              <option key={kind} value={kind}>
                {t(`admin.unitKinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={f('parent')}>{t('admin.units.parent')}</label>
        <select id={f('parent')} aria-describedby={unit ? `${f('parent')}-hint` : undefined} {...form.register('parent_id')}>
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
        {unit ? (
          <p id={`${f('parent')}-hint`} className="muted small">
            {t('admin.units.parentHint')}
          </p>
        ) : null}
      </div>
      {unit ? null : (
        <div className="field">
          <label htmlFor={f('from')}>{t('admin.units.validFrom')}</label>
          <input
            id={f('from')}
            type="date"
            min="2000-01-01"
            max="2100-12-31"
            aria-invalid={errors.valid_from ? true : undefined}
            aria-describedby={describe('from', true, errors.valid_from)}
            {...form.register('valid_from')}
          />
          <p id={`${f('from')}-hint`} className="muted small">
            {t('admin.units.validFromHint')}
          </p>
          {errors.valid_from?.message ? (
            <p id={`${f('from')}-error`} className="field-error">
              {t(errors.valid_from.message)}
            </p>
          ) : null}
        </div>
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
