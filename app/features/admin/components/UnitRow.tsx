import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import type { Unit } from '../../../data/units/get-units';
import { useUpdateUnit } from '../../../data/units/update-unit';
import { isUnitInUse, useDeleteUnit } from '../../../data/units/delete-unit';

export type ReorgKind = 'merge' | 'split' | 'rename';
const REORG_KINDS: readonly ReorgKind[] = ['merge', 'split', 'rename'];

interface Props {
  unit: Unit;
  depth: number;
  childCount: number;
  onEdit: (unit: Unit) => void;
  /** Opens the merger, split or renaming of this (active) unit. */
  onReorganise: (kind: ReorgKind, unit: Unit) => void;
  onNotice: (message: string) => void;
}

/** One unit in the tree: what it is, whether it works, and what the administrator can do with it. */
export function UnitRow({ unit, depth, childCount, onEdit, onReorganise, onNotice }: Props) {
  const { t } = useTranslation();
  const update = useUpdateUnit();
  const remove = useDeleteUnit();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const hidden = <span className="visually-hidden"> {unit.name}</span>;

  const setActive = (isActive: boolean) => {
    remove.reset();
    setConfirmingDelete(false);
    update.mutate(
      { id: unit.id, patch: { is_active: isActive } },
      { onSuccess: () => onNotice(t(isActive ? 'admin.units.reactivated' : 'admin.units.deactivated', { name: unit.name })) },
    );
  };
  // A deleted unit's row leaves the tree as soon as the list reloads, and
  // mutate()'s own callbacks are dropped once the row is gone: the notice is
  // given from the promise, which settles whatever is still on screen.
  const doDelete = () =>
    remove
      .mutateAsync(unit.id)
      .then(
        () => onNotice(t('admin.units.deleted', { name: unit.name })),
        () => undefined, // shown from remove.error
      )
      .finally(() => setConfirmingDelete(false));

  const inUse = remove.isError && isUnitInUse(remove.error);

  return (
    <li
      className={`unit-row${unit.is_active ? '' : ' is-inactive'}`}
      aria-level={depth + 1}
      style={{ '--depth': depth } as CSSProperties}
    >
      <div className="unit-line">
        <div className="unit-main">
          <span className="unit-name">{unit.name}</span>
          <span className="unit-meta">
            <span className="unit-code">{unit.code}</span>
            {unit.short_name && unit.short_name !== unit.name ? <span className="muted">{unit.short_name}</span> : null}
            <span className="badge badge-kind">{t(`admin.unitKinds.${unit.kind}`)}</span>
            {unit.is_active ? null : <span className="badge badge-inactive">{t('admin.units.inactive')}</span>}
            {childCount > 0 ? <span className="muted small">{t('admin.units.subUnits', { count: childCount })}</span> : null}
            <span className="visually-hidden">{t('admin.units.level', { level: depth + 1 })}</span>
          </span>
        </div>
        <div className="unit-actions">
          <button type="button" className="button button-small" onClick={() => onEdit(unit)}>
            {t('admin.units.edit')}
            {hidden}
          </button>
          {unit.is_active
            ? REORG_KINDS.map((kind) => (
                <button key={kind} type="button" className="button button-small" onClick={() => onReorganise(kind, unit)}>
                  {t(`admin.reorg.${kind}`)}
                  {hidden}
                </button>
              ))
            : null}
          {unit.is_active ? (
            <button type="button" className="button button-small" disabled={update.isPending} onClick={() => setActive(false)}>
              {t('admin.units.deactivate')}
              {hidden}
            </button>
          ) : (
            <button type="button" className="button button-small" disabled={update.isPending} onClick={() => setActive(true)}>
              {t('admin.units.reactivate')}
              {hidden}
            </button>
          )}
          <button
            type="button"
            className="button button-small button-danger"
            aria-expanded={confirmingDelete}
            onClick={() => {
              update.reset();
              remove.reset();
              setConfirmingDelete((open) => !open);
            }}
          >
            {t('admin.units.delete')}
            {hidden}
          </button>
        </div>
      </div>
      {confirmingDelete ? (
        <div className="unit-confirm" role="group" aria-label={t('admin.units.delete')}>
          <p>{t('admin.units.confirmDelete', { name: unit.name })}</p>
          <div className="button-row">
            <button type="button" className="button button-small button-primary button-danger" disabled={remove.isPending} onClick={doDelete}>
              {t('admin.units.confirmDeleteButton')}
            </button>
            <button type="button" className="button button-small" onClick={() => setConfirmingDelete(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {inUse ? (
        <div className="form-error" role="alert">
          <span>{t('admin.units.inUse', { name: unit.name })}</span>
          {unit.is_active ? (
            <button type="button" className="button button-small" onClick={() => setActive(false)}>
              {t('admin.units.deactivateInstead')}
            </button>
          ) : null}
        </div>
      ) : (
        <DbErrorMessage error={remove.error} />
      )}
      <DbErrorMessage error={update.error} />
    </li>
  );
}
