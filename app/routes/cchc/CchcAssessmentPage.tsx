import { Fragment } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueries } from '@tanstack/react-query';
import { useMe } from '../../components/layout/me';
import { DbErrorMessage } from '../../components/ui/DbErrorMessage';
import { QueryState } from '../../components/ui/QueryState';
import { formatDate } from '../../lib/format';
import { todayInVietnam } from '../../lib/datetime';
import { useLang } from '../../i18n';
import { cchcAssessmentQueryOptions, type CchcAssessmentFull } from '../../data/cchc/get-assessments';
import type { CchcSet } from '../../data/cchc/get-sets';
import { combine } from '../../data/combine';
import {
  emptyLeaves,
  scoresheetQueryOptions,
  unexplainedLeaves,
  type SheetRow,
} from '../../data/cchc/get-scoresheet';
import { assessmentDetailsQueryOptions, type AssessmentDetails } from '../../data/cchc/get-details';
import { useAssessmentStep, type AssessmentStep } from '../../data/cchc/workflow';
import { ScoreItem, type ItemContext } from '../../features/cchc/components/ScoreItem';
import { ItemHistory } from '../../features/cchc/components/ItemHistory';
import { AreaTotals } from '../../features/cchc/components/AreaTotals';
import { WindowForm } from '../../features/cchc/components/WindowForm';
import { StatusBadge } from '../../features/cchc/components/StatusBadge';
import { PointsAtRisk } from '../../features/cchc/components/PointsAtRisk';
import { ComponentScores } from '../../features/cchc/components/ComponentScores';
import { APPRAISAL_OPEN, inWindow, pts } from '../../features/cchc/lib/model';
import '../../features/cchc/cchc.css';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';
import type { LoaderFunctionArgs } from 'react-router';
import { canRunCchcIndex, isCchcUnitSide } from '../../lib/permissions';

/** The assessment with its set, its score sheet, and its evidence, questions and history. */
const assessmentQueries = (assessmentId: string) =>
  [cchcAssessmentQueryOptions(assessmentId), scoresheetQueryOptions(assessmentId), assessmentDetailsQueryOptions(assessmentId)] as const;

export const loader = ({ params }: LoaderFunctionArgs) => prefetch(queryClient, assessmentQueries(params.assessmentId!));

export function Component() {
  const { assessmentId = '' } = useParams();
  const { t } = useTranslation();
  const page = useQueries({
    queries: assessmentQueries(assessmentId),
    combine: combine(([a, rows, info]) => (a?.set ? { a, set: a.set, rows, info } : null)),
  });
  const notFound = (
    <>
      <p>{t('cchc.assessment.notFound')}</p>
      <Link to="/chi-so-cchc">{t('cchc.backToIndex')}</Link>
    </>
  );
  return (
    <QueryState query={page} empty={notFound}>
      {(found) => <AssessmentView assessmentId={assessmentId} {...found} />}
    </QueryState>
  );
}

function AssessmentView({
  assessmentId,
  a,
  set,
  rows,
  info,
}: {
  assessmentId: string;
  a: CchcAssessmentFull;
  set: CchcSet;
  rows: SheetRow[];
  info: AssessmentDetails;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const step = useAssessmentStep();
  const today = todayInVietnam();
  const unitSide = isCchcUnitSide(me, a.unit_id, set.target);
  const open = inWindow(today, a.self_from, a.self_to);
  const ctx: ItemContext = {
    assessmentId,
    unitId: a.unit_id,
    planId: set.plan_id,
    canSelf: unitSide && a.status === 'draft' && open,
    canAnswer: unitSide && a.status === 'explanation_requested',
    canAppraise: canRunCchcIndex(me.role) && APPRAISAL_OPEN.includes(a.status),
    canRequest: canRunCchcIndex(me.role) && (a.status === 'appraising' || a.status === 'explanation_requested'),
    today,
  };
  const leaves = rows.filter((r) => r.kind !== null);
  const empty = emptyLeaves(rows);
  const unexplained = unexplainedLeaves(rows);
  const areas = rows.filter((r) => r.depth === 1);
  const selfTotal = areas.reduce((s, r) => s + Number(r.self_score ?? 0), 0);
  const finalTotal = areas.reduce((s, r) => s + Number(r.final_score ?? 0), 0);
  const maxTotal = leaves.filter((r) => r.kind !== 'bonus' && r.kind !== 'penalty').reduce((s, r) => s + Number(r.max_points), 0);
  const { explanations, events } = info;
  const unitName = a.unit?.name ?? '';
  const generalEvents = events.filter((e) => !e.item_id);
  const run = (which: AssessmentStep) => step.mutate({ step: which, assessmentId });
  const openQuestions = explanations.filter((e) => !e.answer && e.answer_by >= today).length;

  return (
    <section aria-labelledby="cchc-assessment-title" className="cchc-page">
      <p className="breadcrumbs">
        <Link to="/chi-so-cchc">{t('cchc.nav')}</Link> › <Link to={`/chi-so-cchc/bo/${set.id}`}>{set.name}</Link>
      </p>
      <div className="cchc-head">
        <div>
          <h1 id="cchc-assessment-title">{t('cchc.assessment.title', { unit: unitName, year: set.year })}</h1>
          <p className="muted">
            <StatusBadge status={a.status} /> ·{' '}
            {t('cchc.assessment.window', { from: formatDate(a.self_from), to: formatDate(a.self_to) })}
            {a.submitted_at ? ` · ${t('cchc.assessment.submittedOn', { date: formatDate(a.submitted_at) })}` : ''}
          </p>
        </div>
      </div>

      <div className="card cchc-summary" role="group" aria-label={t('cchc.assessment.summary')}>
        <dl className="cchc-totals">
          <div>
            <dt>{t('cchc.assessment.selfTotal')}</dt>
            <dd data-testid="self-total">{pts(selfTotal, lang)}</dd>
          </div>
          <div>
            <dt>{t('cchc.assessment.finalTotal')}</dt>
            <dd data-testid="final-total">{pts(finalTotal, lang)}</dd>
          </div>
          <div>
            <dt>{t('cchc.assessment.maxTotal')}</dt>
            <dd>{pts(maxTotal, lang)}</dd>
          </div>
          <div>
            <dt>{t('cchc.assessment.emptyCount')}</dt>
            <dd data-testid="empty-count">{empty.length}</dd>
          </div>
        </dl>
        {empty.length > 0 && a.status === 'draft' ? (
          <p className="small">
            {t('cchc.assessment.stillEmpty')}{' '}
            {empty.map((r, i) => (
              <Fragment key={r.item_id}>
                {i > 0 ? ', ' : ''}
                <a href={`#tc-${r.code}`}>{r.code}</a>
              </Fragment>
            ))}
          </p>
        ) : null}
        {unexplained.length > 0 && a.status === 'draft' ? (
          <p className="small">
            {t('cchc.assessment.noEvidence')}{' '}
            {unexplained.map((r, i) => (
              <Fragment key={r.item_id}>
                {i > 0 ? ', ' : ''}
                <a href={`#tc-${r.code}`}>{r.code}</a>
              </Fragment>
            ))}
          </p>
        ) : null}
        {unitSide && a.status === 'draft' && !open ? (
          <p className="form-error" role="status">
            {today < a.self_from
              ? t('cchc.assessment.notOpenYet', { date: formatDate(a.self_from) })
              : t('cchc.assessment.closed', { date: formatDate(a.self_to) })}
          </p>
        ) : null}
        {ctx.canAnswer ? <p className="cchc-callout">{t('cchc.assessment.answerCallout', { count: openQuestions })}</p> : null}
        <div className="button-row">
          {ctx.canSelf ? (
            <button type="button" className="button button-primary" disabled={step.isPending} onClick={() => run('cchc_submit')}>
              {t('cchc.assessment.submit')}
            </button>
          ) : null}
          {canRunCchcIndex(me.role) && (a.status === 'submitted' || (a.status === 'draft' && today > a.self_to)) ? (
            <button type="button" className="button button-primary" disabled={step.isPending} onClick={() => run('cchc_start_appraisal')}>
              {t('cchc.assessment.startAppraisal')}
            </button>
          ) : null}
          {ctx.canAppraise ? (
            <button type="button" className="button" disabled={step.isPending} onClick={() => run('cchc_accept_self_scores')}>
              {t('cchc.assessment.acceptAll')}
            </button>
          ) : null}
          {canRunCchcIndex(me.role) && a.status === 'explanation_requested' ? (
            <button type="button" className="button button-primary" disabled={step.isPending} onClick={() => run('cchc_finish_reappraisal')}>
              {t('cchc.assessment.finishReappraisal')}
            </button>
          ) : null}
        </div>
        <DbErrorMessage error={step.error} />
        {canRunCchcIndex(me.role) && (a.status === 'draft' || a.status === 'submitted') ? (
          <WindowForm key={a.version} assessmentId={assessmentId} version={a.version} from={a.self_from} to={a.self_to} />
        ) : null}
        <AreaTotals assessmentId={assessmentId} />
        {step.isSuccess ? (
          <p role="status" className="small">
            {t('cchc.assessment.stepDone')}
          </p>
        ) : null}
      </div>

      {set.target === 'province' ? (
        <ComponentScores assessmentId={assessmentId} canEdit={canRunCchcIndex(me.role) && a.status !== 'published'} />
      ) : null}

      {a.status !== 'published' && unitSide ? <PointsAtRisk assessmentId={assessmentId} /> : null}

      {rows.filter((r) => r.depth === 1).map((area) => (
        <AreaBlock
          key={area.item_id}
          area={area}
          rows={rows.filter((r) => r.code.startsWith(`${area.code}.`))}
          ctx={ctx}
          details={info}
        />
      ))}

      {generalEvents.length > 0 ? (
        <section className="card" aria-labelledby="cchc-log-title">
          <h2 id="cchc-log-title">{t('cchc.history.assessment')}</h2>
          <ItemHistory events={generalEvents} open />
        </section>
      ) : null}
    </section>
  );
}

function AreaBlock({
  area,
  rows,
  ctx,
  details,
}: {
  area: SheetRow;
  rows: SheetRow[];
  ctx: ItemContext;
  details: AssessmentDetails;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const headingId = `area-${area.code}`;
  return (
    <section className="cchc-area" aria-labelledby={headingId}>
      <h2 id={headingId} className="cchc-area-title">
        <span>
          {area.code}. {area.title}
        </span>
        <span className="cchc-area-points small">
          {t('cchc.assessment.areaPoints', { self: pts(area.self_score, lang), final: pts(area.final_score, lang), max: pts(area.max_points, lang) })}
        </span>
      </h2>
      {rows.map((row) =>
        row.kind === null ? (
          <h3 key={row.item_id} className="cchc-group-title">
            {row.code}. {row.title}{' '}
            <span className="muted small">({t('cchc.item.max', { points: pts(row.max_points, lang) })})</span>
          </h3>
        ) : (
          <ScoreItem
            key={`${row.item_id}-${row.version ?? 0}`}
            row={row}
            ctx={ctx}
            evidence={details.evidence.filter((e) => e.score_id === row.score_id)}
            explanations={details.explanations.filter((e) => e.score_id === row.score_id)}
            events={details.events.filter((e) => e.item_id === row.item_id)}
          />
        ),
      )}
    </section>
  );
}
