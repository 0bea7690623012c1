import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { formatDateTime } from '../../../lib/datetime';
import type { IndicatorValue } from '../../../data/indicators/get-indicator-values';
import type { UnitRef } from '../hooks/use-indicator-reference';
import { formatIndicatorValue } from '../../../lib/indicator-format';
import { AchievedBadge } from './AchievedBadge';
import { Table } from '../../../components/ui/Table';

interface Props {
  values: IndicatorValue[];
  units: Map<string, UnitRef>;
  unitLabel: string;
  canEdit: boolean;
  editingId: string | null;
  onEdit: (value: IndicatorValue) => void;
}

/** Every value, newest period first; within a period the whole province comes first. */
export function ValuesTable({ values, units, unitLabel, canEdit, editingId, onEdit }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const unitName = (id: string | null) => (id ? (units.get(id)?.name ?? '—') : t('indicators.wholeProvince'));
  const sorted = [...values].sort(
    (a, b) =>
      b.periodOrder - a.periodOrder ||
      Number(a.unitId !== null) - Number(b.unitId !== null) ||
      (units.get(a.unitId ?? '')?.sort_order ?? 0) - (units.get(b.unitId ?? '')?.sort_order ?? 0),
  );

  return (
    <Table className="ind-table">
      <thead>
        <tr>
          <th scope="col">{t('indicators.values.period')}</th>
          <th scope="col" className="ind-col-unit">{t('indicators.values.unit')}</th>
          <th scope="col">{t('indicators.values.value')}</th>
          <th scope="col">{t('indicators.values.result')}</th>
          <th scope="col" className="ind-col-note">{t('indicators.values.note')}</th>
          <th scope="col" className="ind-col-recorded">{t('indicators.values.recorded')}</th>
          {canEdit ? <th scope="col"><span className="visually-hidden">{t('indicators.values.actions')}</span></th> : null}
        </tr>
      </thead>
      <tbody>
        {sorted.map((v) => {
          const period = t(`indicators.periods.${v.period}`, { year: v.year });
          const unit = unitName(v.unitId);
          return (
            <tr key={v.id} className={v.id === editingId ? 'is-editing' : undefined}>
              <td className="ind-nowrap">
                {period}
                <span className="ind-unit-inline">{unit}</span>
              </td>
              <td className={`ind-col-unit${v.unitId ? '' : ' ind-province'}`}>{unit}</td>
              <td className="ind-value">{formatIndicatorValue(v.numerator, v.denominator, v.rate, lang, unitLabel)}</td>
              <td>
                <AchievedBadge achieved={v.achieved} />
              </td>
              <td className="ind-col-note small">{v.note ?? ''}</td>
              <td className="ind-col-recorded small">
                {v.recordedByName
                  ? t('indicators.values.by', { name: v.recordedByName, when: formatDateTime(v.recordedAt) })
                  : formatDateTime(v.recordedAt)}
              </td>
              {canEdit ? (
                <td>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('indicators.values.editLabel', { period, unit })}
                    onClick={() => onEdit(v)}
                  >
                    {t('indicators.values.edit')}
                  </button>
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
