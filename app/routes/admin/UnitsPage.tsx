import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading } from '../../components/ui/states';
import { formatNumber } from '../../lib/format';
import { useLang } from '../../i18n';
import { useUnits, type Unit } from '../../data/units/get-units';
import { AdminOnly } from '../../features/admin/components/AdminOnly';
import { Dialog } from '../../features/admin/components/Dialog';
import { UnitForm } from '../../features/admin/components/UnitForm';
import { UnitRow } from '../../features/admin/components/UnitRow';
import { flattenTree } from '../../features/admin/lib/unit-tree';
import '../../features/admin/admin.css';
import { unitsQueryOptions } from '../../data/units/get-units';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';

type Editing = { mode: 'add' } | { mode: 'edit'; unit: Unit } | null;

function UnitsView() {
  const { t } = useTranslation();
  const lang = useLang();
  const units = useUnits();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState('');
  const rows = useMemo(() => flattenTree(units.data ?? []), [units.data]);

  const done = (message: string) => {
    setEditing(null);
    setNotice(message);
  };
  const inactive = rows.filter((row) => !row.unit.is_active).length;

  return (
    <section aria-labelledby="units-title" className="admin-page">
      <div className="admin-head">
        <div>
          <h1 id="units-title">{t('admin.units.title')}</h1>
          <p className="muted">{t('admin.units.intro')}</p>
        </div>
        <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'add' })} disabled={!units.isSuccess}>
          {t('admin.units.add')}
        </button>
      </div>
      <p className="admin-notice" role="status" aria-live="polite">
        {notice}
      </p>
      {units.isPending ? (
        <Loading />
      ) : units.isError ? (
        <ErrorState error={units.error} onRetry={() => void units.refetch()} />
      ) : rows.length === 0 ? (
        <Empty>{t('admin.units.empty')}</Empty>
      ) : (
        <>
          <p className="muted small">
            {t('admin.units.summary', { total: formatNumber(rows.length, lang), inactive: formatNumber(inactive, lang) })}
          </p>
          <ul className="unit-tree card" aria-label={t('admin.units.listLabel')}>
            {rows.map((row) => (
              <UnitRow
                key={row.unit.id}
                unit={row.unit}
                depth={row.depth}
                childCount={row.childCount}
                onEdit={(unit) => setEditing({ mode: 'edit', unit })}
                onNotice={setNotice}
              />
            ))}
          </ul>
        </>
      )}
      {editing && units.data ? (
        <Dialog
          title={editing.mode === 'add' ? t('admin.units.addTitle') : t('admin.units.editTitle', { code: editing.unit.code })}
          onClose={() => setEditing(null)}
        >
          <UnitForm
            units={units.data}
            unit={editing.mode === 'edit' ? editing.unit : undefined}
            onDone={done}
            onCancel={() => setEditing(null)}
          />
        </Dialog>
      ) : null}
    </section>
  );
}

export function Component() {
  return (
    <AdminOnly>
      <UnitsView />
    </AdminOnly>
  );
}

/** Starts this page's queries while its code loads. */
export const loader = () => prefetch(queryClient, [unitsQueryOptions()]);
