import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueries } from '@tanstack/react-query';
import { Loading } from '../../components/ui/states';
import { useMe } from '../../components/layout/me';
import { useLang } from '../../i18n';
import type { IndicatorSummary } from '../../data/indicators/get-indicators';
import { combine } from '../../data/combine';
import { useIndicatorValues, type IndicatorValue } from '../../data/indicators/get-indicator-values';
import type { AreaRef, UnitRef } from '../../features/indicators/hooks/use-indicator-reference';
import { AchievedBadge } from '../../features/indicators/components/AchievedBadge';
import { IndicatorForm } from '../../features/indicators/components/IndicatorForm';
import { ValueForm } from '../../features/indicators/components/ValueForm';
import { ValuesTable } from '../../features/indicators/components/ValuesTable';
import { formatIndicatorValue, formatTarget } from '../../lib/indicator-format';
import '../../features/indicators/indicators.css';
import { indicatorQueryOptions } from '../../data/indicators/get-indicator';
import { indicatorValuesQueryOptions } from '../../data/indicators/get-indicator-values';
import { indicatorReferenceQueries } from '../../features/indicators/hooks/use-indicator-reference';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';
import type { LoaderFunctionArgs } from 'react-router';
import { canEditIndicators } from '../../lib/permissions';
import { QueryState } from '../../components/ui/QueryState';

const IndicatorChart = lazy(() => import('../../features/indicators/components/IndicatorChart'));

/** The indicator with the reform areas and units its page names. */
const indicatorQueries = (indicatorId: string) => [indicatorQueryOptions(indicatorId), ...indicatorReferenceQueries()] as const;

export function Component() {
  const { indicatorId = '' } = useParams();
  const { t } = useTranslation();
  const page = useQueries({
    queries: indicatorQueries(indicatorId),
    combine: combine(([indicator, areas, units]) => (indicator ? { indicator, areas, units } : null)),
  });
  return (
    <QueryState query={page} empty={t('indicators.notFound')}>
      {(found) => <IndicatorView indicatorId={indicatorId} {...found} />}
    </QueryState>
  );
}

function IndicatorView({
  indicatorId,
  indicator: data,
  areas,
  units: unitList,
}: {
  indicatorId: string;
  indicator: IndicatorSummary;
  areas: AreaRef[];
  units: UnitRef[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const values = useIndicatorValues(indicatorId);
  const [editing, setEditing] = useState<IndicatorValue | null>(null);
  const [editingIndicator, setEditingIndicator] = useState(false);
  const [series, setSeries] = useState('');
  const canRecord = canEditIndicators(me.role);

  const units = useMemo(() => new Map<string, UnitRef>(unitList.map((u) => [u.id, u])), [unitList]);

  const area = areas.find((a) => a.id === data.areaId);
  const name = lang === 'vi' ? data.nameVi : data.nameEn;
  const all = values.data ?? [];
  const seriesUnits = [...new Set(all.map((v) => v.unitId).filter((u): u is string => u !== null))]
    .map((id) => units.get(id))
    .filter((u): u is UnitRef => Boolean(u))
    .sort((a, b) => a.sort_order - b.sort_order);
  const who = series ? (units.get(series)?.name ?? '') : t('indicators.wholeProvince');
  const points = all
    .filter((v) => (v.unitId ?? '') === series)
    .sort((a, b) => a.periodOrder - b.periodOrder)
    .map((v) => ({
      label: t(`indicators.periodsShort.${v.period}`, { year: v.year }),
      rate: v.rate,
      achieved: v.achieved,
      value: formatIndicatorValue(v.numerator, v.denominator, v.rate, lang, data.unitLabel),
    }));
  const targetText = formatTarget(data.target, data.direction, lang, data.unitLabel);

  return (
    <article aria-labelledby="indicator-title" className="ind-page">
      <nav className="breadcrumbs" aria-label={t('indicators.breadcrumbs')}>
        <Link to="/indicators">{t('nav.indicators')}</Link> › {data.code}
      </nav>
      <header className="ind-detail-head">
        <div className="plan-card-head">
          <span className="plan-doc">
            {data.code} · {area ? (lang === 'vi' ? area.name_vi : area.name_en) : ''}
          </span>
          {!data.isActive ? <span className="badge ind-badge-off">{t('indicators.inactive')}</span> : null}
        </div>
        <h1 id="indicator-title">{name}</h1>
        {canRecord && !editingIndicator ? (
          <button type="button" className="button button-small" onClick={() => setEditingIndicator(true)}>
            {t('indicators.manage.edit')}
          </button>
        ) : null}
      </header>

      {editingIndicator ? (
        <IndicatorForm indicator={data} areas={areas} onClose={() => setEditingIndicator(false)} />
      ) : null}

      <section className="card ind-facts" aria-label={t('indicators.description')}>
        <dl className="facts">
          <dt>{t('indicators.target')}</dt>
          <dd className="ind-value">{targetText}</dd>
          <dt>{t('indicators.latest')}</dt>
          <dd>
            {data.latest ? (
              <span className="ind-latest-inline">
                <span className="ind-value">{formatIndicatorValue(data.latest.numerator, data.latest.denominator, data.latest.rate, lang, data.unitLabel)}</span>
                <span className="muted small">{t(`indicators.periods.${data.latest.period}`, { year: data.latest.year })}</span>
                <AchievedBadge achieved={data.latest.achieved} />
              </span>
            ) : (
              <span className="muted">{t('indicators.noValue')}</span>
            )}
          </dd>
          {data.description ? (
            <>
              <dt>{t('indicators.description')}</dt>
              <dd>{data.description}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <div className={canRecord ? 'ind-grid' : undefined}>
        <section className="card" aria-labelledby="ind-chart-title">
          <div className="ind-chart-head">
            <h2 id="ind-chart-title" className="card-title">
              {t('indicators.chart.title')}
            </h2>
            {seriesUnits.length > 0 ? (
              <div className="field field-inline">
                <label htmlFor="ind-series">{t('indicators.chart.of')}</label>
                <select id="ind-series" value={series} onChange={(e) => setSeries(e.target.value)}>
                  <option value="">{t('indicators.wholeProvince')}</option>
                  {seriesUnits.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.short_name ?? u.name}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
          </div>
          <QueryState query={values} empty={t('indicators.chart.empty')} isEmpty={() => points.length === 0}>
            {() => (
              <Suspense fallback={<Loading />}>
                <IndicatorChart
                  points={points}
                  target={data.target}
                  direction={data.direction}
                  unitLabel={data.unitLabel}
                  isRate={data.isRate}
                  lang={lang}
                  who={who}
                />
              </Suspense>
            )}
          </QueryState>
        </section>
        {canRecord && (data.isActive || editing) ? (
          <ValueForm indicator={data} units={unitList} editing={editing} onDone={() => setEditing(null)} />
        ) : null}
      </div>

      <section className="card ind-values" aria-labelledby="ind-values-title">
        <h2 id="ind-values-title" className="card-title">
          {t('indicators.values.title')}
        </h2>
        <QueryState query={values} empty={t('indicators.values.empty')} isEmpty={() => all.length === 0}>
          {() => (
            <ValuesTable
              values={all}
              units={units}
              unitLabel={data.unitLabel}
              canEdit={canRecord}
              editingId={editing?.id ?? null}
              onEdit={setEditing}
            />
          )}
        </QueryState>
      </section>
    </article>
  );
}

/** Starts this page's queries while its code loads. */
export const loader = ({ params }: LoaderFunctionArgs) =>
  prefetch(queryClient, [...indicatorQueries(params.indicatorId!), indicatorValuesQueryOptions(params.indicatorId!)]);
