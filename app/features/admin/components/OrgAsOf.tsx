import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../lib/format';
import { todayInVietnam } from '../../../lib/datetime';
import { useLang } from '../../../i18n';
import type { Unit } from '../../../data/units/get-units';
import { useUnitsAsOf } from '../../../data/units/get-units-as-of';
import { flattenTree } from '../lib/unit-tree';
import { dayAfter } from '../lib/reorg-history';
import { DateField } from '../../../components/ui/DateField';
import { isIsoDate } from '../../../lib/date-input';
import { QueryState } from '../../../components/ui/QueryState';

/**
 * The units tree as it stood on a day: the units working then, under the names
 * they had; those that have stopped working since are marked.
 */
export function OrgAsOf({ day, onDayChange, units }: { day: string; onDayChange: (day: string) => void; units: Unit[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const asOf = useUnitsAsOf(day);
  const current = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const rows = useMemo(() => flattenTree(asOf.data ?? []), [asOf.data]);

  return (
    <section className="admin-section reorg-as-of" aria-labelledby="org-as-of-title">
      <h2 id="org-as-of-title">{t('admin.reorg.asOf.title')}</h2>
      <p className="muted">{t('admin.reorg.asOf.intro')}</p>
      <div className="field reorg-day">
        <label htmlFor="org-as-of-day">{t('admin.reorg.asOf.day')}</label>
        <DateField
          id="org-as-of-day"
          min="2000-01-01"
          max="2100-12-31"
          value={day}
          onChange={(value) => {
            if (isIsoDate(value)) onDayChange(value);
          }}
        />
      </div>
      <QueryState query={asOf} empty={t('admin.reorg.asOf.empty')} isEmpty={() => rows.length === 0}>
        {() => (
          <>
            <p className="muted small">{t('admin.reorg.asOf.summary', { total: formatNumber(rows.length, lang), date: formatDate(day) })}</p>
            <ul className="unit-tree card" aria-label={t('admin.reorg.asOf.listLabel', { date: formatDate(day) })}>
              {rows.map(({ unit, depth }) => {
                const now = current.get(unit.id);
                const stopped = unit.valid_to !== null && unit.valid_to < todayInVietnam();
                return (
                  <li
                    key={unit.id}
                    className={`unit-row${stopped ? ' is-inactive' : ''}`}
                    aria-level={depth + 1}
                    style={{ '--depth': depth } as CSSProperties}
                  >
                    <div className="unit-main">
                      <span className="unit-name">{unit.name}</span>
                      <span className="unit-meta">
                        <span className="unit-code">{unit.code}</span>
                        <span className="badge badge-kind">{t(`admin.unitKinds.${unit.kind}`)}</span>
                        {unit.valid_from ? <span className="muted small">{t('admin.reorg.asOf.since', { date: formatDate(unit.valid_from) })}</span> : null}
                        {stopped && unit.valid_to ? (
                          <span className="badge badge-inactive">{t('admin.reorg.asOf.stoppedOn', { date: formatDate(dayAfter(unit.valid_to)) })}</span>
                        ) : unit.valid_to ? (
                          <span className="muted small">{t('admin.reorg.asOf.until', { date: formatDate(unit.valid_to) })}</span>
                        ) : null}
                        {now && now.name !== unit.name ? <span className="muted small">{t('admin.reorg.asOf.nowCalled', { name: now.name })}</span> : null}
                      </span>
                    </div>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </QueryState>
    </section>
  );
}
