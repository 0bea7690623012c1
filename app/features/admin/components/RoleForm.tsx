import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { Field } from '../../../components/ui/Field';
import { Constants } from '../../../lib/database.types';
import type { Unit } from '../../../data/units/get-units';
import type { AdminUser } from '../../../data/profiles/get-users';
import { ROLES_WITH_UNIT, roleSchema, useUpdateUserRole, type RoleInput } from '../../../data/profiles/update-user-role';
import { flattenTree } from '../lib/unit-tree';

const INDENT = '\u00a0\u00a0\u00a0\u00a0';

interface Props {
  user: AdminUser;
  units: Unit[];
  /** The signed-in administrator's own account: the role cannot change. */
  isSelf: boolean;
  submitLabel: string;
  pendingLabel: string;
  onDone: (message: string) => void;
  onCancel?: () => void;
  layout?: 'inline' | 'stacked';
}

/** Role and unit of one account: approving a new account or changing an existing one. */
export function RoleForm({ user, units, isSelf, submitLabel, pendingLabel, onDone, onCancel, layout = 'stacked' }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const update = useUpdateUserRole();
  const form = useForm<RoleInput>({
    resolver: zodResolver(roleSchema),
    defaultValues: { role: user.role ?? '', unit_id: user.unit_id ?? '' },
  });
  const { errors } = form.formState;
  const role = form.watch('role');
  const needsUnit = role !== '' && ROLES_WITH_UNIT.includes(role);

  // Active units in tree order; an inactive current unit stays listed so the
  // form shows the truth (the database refuses to give anyone an inactive unit).
  const unitOptions = useMemo(
    () => flattenTree(units).filter((row) => row.unit.is_active || row.unit.id === user.unit_id),
    [units, user.unit_id],
  );

  const name = user.full_name ?? user.email;
  const onSubmit = form.handleSubmit((values) => {
    if (values.role === '') return;
    const newRole = values.role;
    update.mutate(
      { id: user.id, role: newRole, unitId: values.unit_id || null },
      {
        onSuccess: () =>
          onDone(user.role ? t('admin.users.saved', { name }) : t('admin.users.approved', { name, role: t(`roles.${newRole}`) })),
      },
    );
  });

  const f = (field: string) => `${id}-${field}`;

  return (
    <form className={`role-form role-form-${layout}`} onSubmit={onSubmit} noValidate>
      {isSelf ? (
        // One's own role is not for oneself to change (the database refuses it too).
        <div className="field">
          <span className="field-label">{t('admin.users.role')}</span>
          <p className="role-fixed">{user.role ? t(`roles.${user.role}`) : t('roles.none')}</p>
          <p className="muted small">{t('admin.users.ownRoleHint')}</p>
        </div>
      ) : (
        <Field id={f('role')} label={t('admin.users.role')} error={errors.role?.message}>
          <select {...form.register('role')}>
            <option value="">{t('admin.users.chooseRole')}</option>
            {Constants.public.Enums.app_role.map((value) => (
              <option key={value} value={value}>
                {t(`roles.${value}`)}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field id={f('unit')} label={t('admin.users.unit')} error={errors.unit_id?.message}>
        <select {...form.register('unit_id')}>
          <option value="">{needsUnit ? t('admin.users.chooseUnit') : t('admin.users.noUnitOption')}</option>
          {unitOptions.map(({ unit, depth }) => (
            <option key={unit.id} value={unit.id}>
              {`${INDENT.repeat(depth)}${unit.name}${unit.is_active ? '' : ` — ${t('admin.users.unitInactive')}`}`}
            </option>
          ))}
        </select>
      </Field>
      <div className="button-row role-form-buttons">
        <button type="submit" className="button button-primary" disabled={update.isPending}>
          {update.isPending ? pendingLabel : submitLabel}
          {layout === 'inline' ? <span className="visually-hidden"> {name}</span> : null}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
      <div className="role-form-error">
        <DbErrorMessage error={update.error} />
      </div>
    </form>
  );
}
