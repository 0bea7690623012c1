import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatNumber } from '../../lib/format';
import { todayInVietnam } from '../../lib/datetime';
import { useLang } from '../../i18n';
import { useUnits, type Unit } from '../../data/units/get-units';
import { AdminOnly } from '../../features/admin/components/AdminOnly';
import { Dialog } from '../../components/ui/Dialog';
import { UnitForm } from '../../features/admin/components/UnitForm';
import { UnitRow, type ReorgKind } from '../../features/admin/components/UnitRow';
import { MergeForm } from '../../features/admin/components/MergeForm';
import { SplitForm } from '../../features/admin/components/SplitForm';
import { RenameForm } from '../../features/admin/components/RenameForm';
import { OrgAsOf } from '../../features/admin/components/OrgAsOf';
import { ReorgHistory } from '../../features/admin/components/ReorgHistory';
import { flattenTree } from '../../features/admin/lib/unit-tree';
import '../../features/admin/admin.css';
import { unitsQueryOptions } from '../../data/units/get-units';
import { unitsAsOfQueryOptions } from '../../data/units/get-units-as-of';
import { reorganisationsQueryOptions } from '../../data/units/get-reorganisations';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';
import { QueryState } from '../../components/ui/QueryState';

type Editing = { mode: 'add' } | { mode: 'edit'; unit: Unit } | { mode: ReorgKind; unit: Unit } | null;

/** The day of "Cơ cấu tổ chức theo ngày", from the address (?ngay=yyyy-mm-dd), today by default. */
const dayFrom = (params: URLSearchParams) => {
  const day = params.get('ngay');
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : todayInVietnam();
};

function UnitsView() {
  const { t } = useTranslation();
  const lang = useLang();
  const units = useUnits();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState('');
  const rows = useMemo(() => flattenTree(units.data ?? []), [units.data]);
  const day = dayFrom(params);

  const done = (message: string) => {
    setEditing(null);
    setNotice(message);
  };
  const inactive = rows.filter((row) => !row.unit.is_active).length;

  const dialogTitle = (e: NonNullable<Editing>) => {
    switch (e.mode) {
      case 'add':
        return t('admin.units.addTitle');
      case 'edit':
        return t('admin.units.editTitle', { code: e.unit.code });
      case 'merge':
        return t('admin.reorg.mergeTitle');
      case 'split':
        return t('admin.reorg.splitTitle', { name: e.unit.name });
      case 'rename':
        return t('admin.reorg.renameTitle', { name: e.unit.name });
    }
  };

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
      <QueryState query={units} empty={t('admin.units.empty')} isEmpty={() => rows.length === 0}>
        {(unitsData) => (
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
                  onReorganise={(mode, unit) => setEditing({ mode, unit })}
                  onNotice={setNotice}
                />
              ))}
            </ul>
            <OrgAsOf
              day={day}
              units={unitsData}
              onDayChange={(next) =>
                setParams(
                  (p) => {
                    const copy = new URLSearchParams(p);
                    copy.set('ngay', next);
                    return copy;
                  },
                  { replace: true },
                )
              }
            />
            <ReorgHistory units={unitsData} />
          </>
        )}
      </QueryState>
      {editing && units.data ? (
        <Dialog title={dialogTitle(editing)} onClose={() => setEditing(null)}>
          {editing.mode === 'merge' ? (
            <MergeForm units={units.data} unit={editing.unit} onDone={done} onCancel={() => setEditing(null)} />
          ) : editing.mode === 'split' ? (
            <SplitForm units={units.data} unit={editing.unit} onDone={done} onCancel={() => setEditing(null)} />
          ) : editing.mode === 'rename' ? (
            <RenameForm unit={editing.unit} onDone={done} onCancel={() => setEditing(null)} />
          ) : (
            <UnitForm
              units={units.data}
              unit={editing.mode === 'edit' ? editing.unit : undefined}
              onDone={done}
              onCancel={() => setEditing(null)}
            />
          )}
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
export const loader = ({ request }: { request: Request }) =>
  prefetch(queryClient, [
    unitsQueryOptions(),
    unitsAsOfQueryOptions(dayFrom(new URL(request.url).searchParams)),
    reorganisationsQueryOptions(),
  ]);
