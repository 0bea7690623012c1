import { useState } from 'react';
import { Link, useParams, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueries } from '@tanstack/react-query';
import { useMe } from '../../components/layout/me';
import { DbErrorMessage } from '../../components/ui/DbErrorMessage';
import { QueryState } from '../../components/ui/QueryState';
import { formatDate } from '../../lib/format';
import { downloadFile } from '../../lib/download';
import { useLang } from '../../i18n';
import { cchcSetQueryOptions, type CchcSetWithPlan } from '../../data/cchc/get-sets';
import { cchcAssessmentsQueryOptions, type CchcAssessment } from '../../data/cchc/get-assessments';
import { combine } from '../../data/combine';
import {
  areaSummaryQueryOptions,
  rankingQueryOptions,
  useAreaSummary,
  useLostPoints,
  useRanking,
  type AreaSummaryRow,
  type LostPointsRow,
  type RankingRow,
} from '../../data/cchc/get-results';
import { usePublishSet } from '../../data/cchc/workflow';
import { BandBadge, StatusBadge } from '../../features/cchc/components/StatusBadge';
import { RiskOverview } from '../../features/cchc/components/PointsAtRisk';
import { CopySet, DraftSet } from '../../features/cchc/components/SetBuilder';
import { pts } from '../../features/cchc/lib/model';
import '../../features/cchc/cchc.css';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';
import { canRunCchcIndex, readsEveryUnitCchc } from '../../lib/permissions';

/** What the page needs before it can show anything: the set and its units' assessments. */
const setQueries = (setId: string) => [cchcSetQueryOptions(setId), cchcAssessmentsQueryOptions(setId)] as const;

export const loader = ({ params }: LoaderFunctionArgs) =>
  prefetch(queryClient, [
    ...setQueries(params.setId!),
    rankingQueryOptions(params.setId!),
    areaSummaryQueryOptions(params.setId!),
  ]);

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function Component() {
  const { setId = '' } = useParams();
  const { t } = useTranslation();
  const page = useQueries({
    queries: setQueries(setId),
    combine: combine(([set, assessments]) => (set ? { set, assessments } : null)),
  });
  const notFound = (
    <>
      <p>{t('cchc.set.notFound')}</p>
      <Link to="/chi-so-cchc">{t('cchc.backToIndex')}</Link>
    </>
  );
  return (
    <QueryState query={page} empty={notFound}>
      {(found) => <SetView setId={setId} set={found.set} assessments={found.assessments} />}
    </QueryState>
  );
}

function SetView({ setId, set: s, assessments }: { setId: string; set: CchcSetWithPlan; assessments: CchcAssessment[] }) {
  const { t } = useTranslation();
  const me = useMe();
  const lang = useLang();
  const ranking = useRanking(setId);
  const areas = useAreaSummary(setId);
  const publish = usePublishSet();
  const [confirming, setConfirming] = useState(false);
  const published = s.status === 'published';
  const rows = [...assessments].sort((a, b) => (a.unit?.code ?? '').localeCompare(b.unit?.code ?? ''));
  const province = s.target === 'province' ? rows[0] : undefined;

  return (
    <section aria-labelledby="cchc-set-title" className="cchc-page">
      <p className="breadcrumbs">
        <Link to="/chi-so-cchc">{t('cchc.nav')}</Link>
      </p>
      <h1 id="cchc-set-title">{s.name}</h1>
      <p className="muted">
        {t(`cchc.setStatuses.${s.status}`)}
        {s.decision_doc ? ` · ${t('cchc.set.decision', { doc: s.decision_doc })}` : ''} ·{' '}
        {t('cchc.set.window', { from: formatDate(s.self_from), to: formatDate(s.self_to) })} · {t('cchc.set.cutOff', { date: formatDate(s.cut_off) })}
        {published ? ` · ${t('cchc.set.publishedOn', { date: formatDate(s.published_at) })}` : ''}
      </p>
      <p className="small">
        {t('cchc.set.bands', { good: pts(s.good_min, lang), fair: pts(s.fair_min, lang), average: pts(s.average_min, lang) })}
      </p>

      {canRunCchcIndex(me.role) && s.status === 'open' ? (
        <div className="card">
          {confirming ? (
            <>
              <p>{t('cchc.set.publishConfirm')}</p>
              <div className="button-row">
                <button
                  type="button"
                  className="button button-primary"
                  disabled={publish.isPending}
                  onClick={() => publish.mutate(setId, { onSettled: () => setConfirming(false) })}
                >
                  {t('cchc.set.publishYes')}
                </button>
                <button type="button" className="button button-quiet" onClick={() => setConfirming(false)}>
                  {t('cchc.common.cancel')}
                </button>
              </div>
            </>
          ) : (
            <button type="button" className="button button-primary" onClick={() => setConfirming(true)}>
              {t('cchc.set.publish')}
            </button>
          )}
          <DbErrorMessage error={publish.error} />
        </div>
      ) : null}

      {canRunCchcIndex(me.role) && s.status === 'draft' ? <DraftSet set={s} /> : null}
      {canRunCchcIndex(me.role) ? <CopySet setId={setId} year={s.year} /> : null}

      {rows.length > 0 && !published ? (
        <section className="card" aria-labelledby="cchc-units-title">
          <h2 id="cchc-units-title">{t('cchc.set.units', { count: rows.length })}</h2>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('cchc.set.units', { count: rows.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('cchc.ranking.unit')}</th>
                  <th scope="col">{t('cchc.set.status')}</th>
                  <th scope="col">{t('cchc.set.submitted')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <Link to={`/chi-so-cchc/danh-gia/${a.id}`}>{a.unit?.name ?? a.unit_id}</Link>
                    </td>
                    <td>
                      <StatusBadge status={a.status} />
                    </td>
                    <td>{formatDate(a.submitted_at)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <QueryState query={ranking}>{(rankingRows) => (rankingRows.length > 0 ? <RankingTable set={s} rows={rankingRows} /> : null)}</QueryState>

      {areas.data && areas.data.some((a) => a.assessments > 0) ? <AreaTable rows={areas.data} /> : null}

      {ranking.data && areas.data && ranking.data.length > 0 ? <ResultsExports set={s} ranking={ranking.data} areas={areas.data} /> : null}

      {province && published ? <LostPoints assessmentId={province.id} /> : null}

      {s.status === 'open' && readsEveryUnitCchc(me.role) ? <RiskOverview setId={setId} /> : null}
    </section>
  );
}

function RankingTable({ set, rows }: { set: CchcSetWithPlan; rows: RankingRow[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const published = set.status === 'published';
  return (
    <section className="card" aria-labelledby="cchc-ranking-title">
      <h2 id="cchc-ranking-title">{published ? t('cchc.ranking.titlePublished') : t('cchc.ranking.titleProvisional')}</h2>
      {!published ? <p className="small muted">{t('cchc.ranking.provisional')}</p> : null}
      <div className="table-wrap cchc-ranking-wrap">
        <table className="table cchc-ranking" data-cols={published ? 6 : 5}>
          <caption className="visually-hidden">{t('cchc.ranking.titlePublished')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cchc.ranking.rank')}</th>
              <th scope="col">{t('cchc.ranking.unit')}</th>
              <th scope="col">{t('cchc.ranking.self')}</th>
              <th scope="col">{t('cchc.ranking.appraised')}</th>
              <th scope="col">{t('cchc.ranking.survey')}</th>
              <th scope="col" className="cchc-total-col">{t('cchc.ranking.total')}</th>
              {published ? <th scope="col">{t('cchc.ranking.band')}</th> : null}
              <th scope="col">{t('cchc.ranking.lastYear')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const appraised = r.final_total !== null ? Number(r.final_total) - Number(r.survey_total ?? 0) : null;
              const change = published && r.final_total !== null && r.last_year_total !== null ? Number(r.final_total) - Number(r.last_year_total) : null;
              return (
                <tr key={r.assessment_id}>
                  <td>{r.rank}</td>
                  <td className="cchc-unit-col">
                    <Link to={`/chi-so-cchc/danh-gia/${r.assessment_id}`} title={r.unit_name}>{r.unit_name}</Link>
                  </td>
                  <td>{pts(r.self_total, lang)}</td>
                  <td>{pts(appraised, lang)}</td>
                  <td>{pts(r.survey_total, lang)}</td>
                  <td className="cchc-total-col">
                    <strong>{pts(r.final_total, lang)}</strong>
                  </td>
                  {published ? (
                    <td>
                      <BandBadge band={r.band} />
                    </td>
                  ) : null}
                  <td>
                    {pts(r.last_year_total, lang)}
                    {change !== null ? (
                      <span className={`small ${change < 0 ? 'cchc-down' : 'cchc-up'}`}>
                        {' '}
                        ({change > 0 ? '+' : ''}
                        {pts(change, lang)})
                      </span>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function AreaTable({ rows }: { rows: AreaSummaryRow[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="card" aria-labelledby="cchc-areas-title">
      <h2 id="cchc-areas-title">{t('cchc.areas.title')}</h2>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('cchc.areas.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cchc.areas.area')}</th>
              <th scope="col">{t('cchc.areas.max')}</th>
              <th scope="col">{t('cchc.areas.avgSelf')}</th>
              <th scope="col">{t('cchc.areas.avgFinal')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code}>
                <td className="cchc-unit-col">
                  {r.code}. {r.title}
                </td>
                <td>{pts(r.max_points, lang)}</td>
                <td>{pts(r.avg_self, lang)}</td>
                <td>{pts(r.avg_final, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ResultsExports({ set, ranking, areas }: { set: CchcSetWithPlan; ranking: RankingRow[]; areas: AreaSummaryRow[] }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'docx' | 'xlsx' | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const run = async (kind: 'docx' | 'xlsx') => {
    setBusy(kind);
    setFailed(null);
    try {
      const lib = await import('../../features/cchc/lib/export');
      const input = { set, issuer: set.plan?.issuer ?? 'Ủy ban nhân dân tỉnh', ranking, areas };
      const content = kind === 'docx' ? await lib.buildResultsDocx(input) : await lib.buildResultsXlsx(input);
      downloadFile(content, lib.resultsFileName(kind, input), kind === 'docx' ? DOCX : XLSX);
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="card" aria-labelledby="cchc-export-title">
      <h2 id="cchc-export-title">{t('cchc.export.title')}</h2>
      <div className="button-row">
        <button type="button" className="button" disabled={busy !== null} onClick={() => void run('docx')}>
          {busy === 'docx' ? t('cchc.export.building') : t('cchc.export.word')}
        </button>
        <button type="button" className="button" disabled={busy !== null} onClick={() => void run('xlsx')}>
          {busy === 'xlsx' ? t('cchc.export.building') : t('cchc.export.excel')}
        </button>
      </div>
      {failed ? <p className="form-error" role="alert">{t('cchc.export.failed', { message: failed })}</p> : null}
    </section>
  );
}

function LostPoints({ assessmentId }: { assessmentId: string }) {
  const lost = useLostPoints(assessmentId);
  return <QueryState query={lost}>{(rows) => <LostPointsTable rows={rows} />}</QueryState>;
}

function LostPointsTable({ rows }: { rows: LostPointsRow[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="card" aria-labelledby="cchc-lost-title">
      <h2 id="cchc-lost-title">{t('cchc.lost.title')}</h2>
      <div className="table-wrap">
        <table className="table cchc-lost">
          <caption className="visually-hidden">{t('cchc.lost.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cchc.lost.unit')}</th>
              <th scope="col">{t('cchc.lost.criterion')}</th>
              <th scope="col">{t('cchc.lost.score')}</th>
              <th scope="col">{t('cchc.lost.vsMax')}</th>
              <th scope="col">{t('cchc.lost.vsLastYear')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.code}-${r.responsible_unit_id ?? ''}`}>
                <td>{r.responsible_unit_name ?? t('cchc.lost.noUnit')}</td>
                <td>
                  {r.code === r.title ? t(`cchc.components.names.${r.code.toLowerCase()}`, { defaultValue: r.code }) : `${r.code} ${r.title}`}
                </td>
                <td>
                  {pts(r.final_score, lang)} / {pts(r.max_points, lang)}
                </td>
                <td>{pts(r.lost_vs_max, lang)}</td>
                <td>{pts(r.lost_vs_last_year, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
