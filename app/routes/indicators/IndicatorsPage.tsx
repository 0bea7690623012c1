import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/ui/QueryState';
import { useMe } from '../../components/layout/me';
import { useLang } from '../../i18n';
import type { IndicatorSummary } from '../../data/indicators/get-indicators';
import { combine } from '../../data/combine';
import { indicatorQueryOptions } from '../../data/indicators/get-indicator';
import { indicatorValuesQueryOptions } from '../../data/indicators/get-indicator-values';
import { AchievedBadge } from '../../features/indicators/components/AchievedBadge';
import { IndicatorForm } from '../../features/indicators/components/IndicatorForm';
import { formatIndicatorValue, formatTarget } from '../../lib/indicator-format';
import '../../features/indicators/indicators.css';
import { indicatorsQueryOptions } from '../../data/indicators/get-indicators';
import { indicatorReferenceQueries } from '../../features/indicators/hooks/use-indicator-reference';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';
import { canEditIndicators } from '../../lib/permissions';

/** The indicators with the reform areas they are grouped under (and the units, for the pages behind). */
const indicatorsPageQueries = () => [indicatorsQueryOptions(), ...indicatorReferenceQueries()] as const;

export function Component() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const canManage = canEditIndicators(me.role);
  const page = useQueries({
    queries: indicatorsPageQueries(),
    combine: combine(([indicators, areas]) => {
      const shown = indicators.filter((i) => i.isActive || canManage);
      const groups = areas.map((area) => ({ area, items: shown.filter((i) => i.areaId === area.id) })).filter((g) => g.items.length > 0);
      return { areas, groups };
    }),
  });

  const prefetch = (id: string) => {
    void queryClient.prefetchQuery(indicatorQueryOptions(id));
    void queryClient.prefetchQuery(indicatorValuesQueryOptions(id));
  };


  return (
    <section aria-labelledby="indicators-title" className="ind-page">
      <div className="ind-head">
        <div>
          <h1 id="indicators-title">{t('indicators.title')}</h1>
          <p className="muted">{t('indicators.intro')}</p>
        </div>
        {canManage && !adding ? (
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            {t('indicators.manage.add')}
          </button>
        ) : null}
      </div>
      {adding && page.data ? (
        <IndicatorForm areas={page.data.areas} onClose={() => setAdding(false)} onSaved={(id) => void navigate(`/indicators/${id}`)} />
      ) : null}
      <QueryState query={page} empty={t('indicators.empty')} isEmpty={(d) => d.groups.length === 0}>
        {({ groups }) =>
          groups.map(({ area, items }) => (
            <section key={area.id} className="ind-area" aria-labelledby={`ind-area-${area.id}`}>
              <h2 id={`ind-area-${area.id}`}>{lang === 'vi' ? area.name_vi : area.name_en}</h2>
              <ul className="ind-list">
                {items.map((indicator) => (
                  <IndicatorRow key={indicator.id} indicator={indicator} onPrefetch={() => prefetch(indicator.id)} />
                ))}
              </ul>
            </section>
          ))
        }
      </QueryState>
    </section>
  );
}

function IndicatorRow({ indicator, onPrefetch }: { indicator: IndicatorSummary; onPrefetch: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { latest } = indicator;
  return (
    <li className="card ind-row">
      <div className="ind-row-name">
        <span className="ind-code">{indicator.code}</span>
        {!indicator.isActive ? <span className="badge ind-badge-off">{t('indicators.inactive')}</span> : null}
        <h3>
          <Link to={`/indicators/${indicator.id}`} onMouseEnter={onPrefetch} onFocus={onPrefetch}>
            {lang === 'vi' ? indicator.nameVi : indicator.nameEn}
          </Link>
        </h3>
      </div>
      <div className="ind-row-latest">
        {latest ? (
          <>
            <span className="ind-value">
              {formatIndicatorValue(latest.numerator, latest.denominator, latest.rate, lang, indicator.unitLabel)}
            </span>
            <span className="muted small">{t(`indicators.periods.${latest.period}`, { year: latest.year })}</span>
          </>
        ) : (
          <span className="muted">{t('indicators.noValue')}</span>
        )}
      </div>
      <div className="ind-row-target small">
        {t('indicators.targetShort', { target: formatTarget(indicator.target, indicator.direction, lang, indicator.unitLabel) })}
      </div>
      <div className="ind-row-badge">{latest ? <AchievedBadge achieved={latest.achieved} /> : null}</div>
    </li>
  );
}

/** Starts this page's queries while its code loads. */
export const loader = () => prefetch(queryClient, indicatorsPageQueries());
