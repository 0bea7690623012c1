import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { formatDate } from '../../../lib/format';
import type { SheetRow } from '../../../data/cchc/get-scoresheet';
import type { CchcEvent, CchcEvidence, CchcExplanation } from '../../../data/cchc/get-details';
import { useSaveScore } from '../../../data/cchc/save-score';
import { useAnswerExplanation, useRequestExplanation } from '../../../data/cchc/explanations';
import { fixedValues, pts } from '../lib/model';
import { EvidenceBlock } from './EvidenceBlock';
import { ComputedTasks } from './ComputedTasks';
import { ItemHistory } from './ItemHistory';
import { DateField } from '../../../components/ui/DateField';
import { Field } from '../../../components/ui/Field';
import { NumberField } from '../../../components/ui/NumberField';
import { isIsoDate } from '../../../lib/date-input';

export interface ItemContext {
  assessmentId: string;
  unitId: string;
  planId: string | null;
  /** The unit side may write its self-assessment now. */
  canSelf: boolean;
  /** The unit side may answer open explanation requests. */
  canAnswer: boolean;
  /** Home Affairs may appraise now. */
  canAppraise: boolean;
  /** Home Affairs may ask for explanations now. */
  canRequest: boolean;
  /** Today in Vietnam, yyyy-mm-dd. */
  today: string;
}

function asNumber(value: number | string | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/** One scored criterion: its score, evidence, explanation, appraisal and history. */
export function ScoreItem({
  row,
  ctx,
  evidence,
  explanations,
  events,
}: {
  row: SheetRow;
  ctx: ItemContext;
  evidence: CchcEvidence[];
  explanations: CchcExplanation[];
  events: CchcEvent[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const computed = row.source !== null;
  const survey = row.kind === 'survey';
  const fixed = fixedValues(row.kind, row.max_points, row.allowed_values);
  const empty = !computed && !survey && row.self_score === null;
  const titleId = `item-${row.code}`;

  return (
    <article className={`card cchc-item${empty ? ' is-empty' : ''}`} aria-labelledby={titleId} id={`tc-${row.code}`}>
      <header className="cchc-item-head">
        <h4 id={titleId} className="cchc-item-title">
          <span className="cchc-code">{row.code}</span> {row.title}
        </h4>
        <p className="muted small cchc-item-meta">
          {t('cchc.item.max', { points: pts(row.max_points, lang) })} · {t(`cchc.kinds.${row.kind ?? 'manual'}`)}
          {computed ? ` · ${t(`cchc.sources.${row.source}`)}` : ''}
          {fixed && row.kind === 'choice' ? ` · ${t('cchc.item.allowed', { values: fixed.map((v) => pts(v, lang)).join('; ') })}` : ''}
        </p>
        {row.expected_evidence ? <p className="small cchc-expected">{t('cchc.item.expected', { text: row.expected_evidence })}</p> : null}
      </header>

      <dl className="cchc-scores">
        <div>
          <dt>{computed ? t('cchc.item.computed') : t('cchc.item.self')}</dt>
          <dd data-testid={`self-${row.code}`}>{pts(row.self_score, lang)}</dd>
        </div>
        <div>
          <dt>{t('cchc.item.appraised')}</dt>
          <dd data-testid={`appraised-${row.code}`}>{pts(row.appraised_score, lang)}</dd>
        </div>
        <div>
          <dt>{t('cchc.item.final')}</dt>
          <dd>{pts(row.final_score, lang)}</dd>
        </div>
      </dl>
      {empty ? <p className="cchc-empty-note small">{t('cchc.item.emptyNote')}</p> : null}

      {computed ? <ComputedFigures row={row} ctx={ctx} /> : null}
      {row.self_measure !== null && !computed ? (
        <p className="small">{t('cchc.item.measure', { rate: pts(row.self_measure, lang) })}</p>
      ) : null}
      {row.self_note && !ctx.canSelf ? (
        <p className="note small">
          <strong>{t('cchc.item.note')}:</strong> {row.self_note}
        </p>
      ) : null}
      {row.appraisal_note ? (
        <p className="note small">
          <strong>{t('cchc.item.reason')}:</strong> {row.appraisal_note}
        </p>
      ) : null}

      {ctx.canSelf && !survey ? <SelfForm row={row} fixed={fixed} /> : null}

      {!survey && !computed ? (
        <EvidenceBlock
          row={row}
          ctx={ctx}
          evidence={evidence}
          editable={ctx.canSelf || (ctx.canAnswer && explanations.some((e) => !e.answer && e.answer_by >= ctx.today))}
        />
      ) : null}

      {explanations.length > 0 ? <ExplanationList explanations={explanations} ctx={ctx} /> : null}

      {ctx.canAppraise ? <AppraisalForm row={row} fixed={fixed} /> : null}
      {ctx.canRequest && row.score_id ? <RequestForm row={row} ctx={ctx} /> : null}

      {events.length > 0 ? <ItemHistory events={events} /> : null}
    </article>
  );
}

function ComputedFigures({ row, ctx }: { row: SheetRow; ctx: ItemContext }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const f = (row.computed_figures ?? {}) as Record<string, number | string | null>;
  const planSource = row.source !== 'indicator_rate';
  return (
    <div className="cchc-computed">
      <p className="small">
        {row.source === 'indicator_rate'
          ? t('cchc.item.indicatorFigures', { rate: pts(row.computed_measure, lang), date: formatDate(String(f.as_of ?? '')) })
          : t('cchc.item.planFigures', {
              due: f.total_due ?? 0,
              done: f.done ?? 0,
              onTime: f.on_time ?? 0,
              overdue: f.overdue ?? 0,
              date: formatDate(String(f.as_of ?? '')),
            })}
      </p>
      <p className="small muted">{t('cchc.item.computedHint')}</p>
      {planSource ? (
        <button type="button" className="button button-small" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
          {open ? t('cchc.item.hideTasks') : t('cchc.item.showTasks')}
        </button>
      ) : null}
      {open ? <ComputedTasks assessmentId={ctx.assessmentId} itemId={row.item_id} /> : null}
    </div>
  );
}

function SelfForm({ row, fixed }: { row: SheetRow; fixed: number[] | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSaveScore();
  const computed = row.source !== null;
  const rate = row.kind === 'rate_bands';
  const [value, setValue] = useState<number | null>(asNumber(rate ? row.self_measure : row.self_score));
  const [note, setNote] = useState(row.self_note ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const id = `self-${row.code}`;

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setSaved(false);
    if (!row.score_id || row.version === null) return;
    const number = computed ? null : value;
    if (number !== null) {
      if (Number.isNaN(number)) return setProblem('cchc.self.errors.number');
      if (number < 0) return setProblem('cchc.self.errors.negative');
      if (!rate && number > Number(row.max_points)) return setProblem('cchc.self.errors.aboveMax');
      if (rate && number > 100) return setProblem('cchc.self.errors.rateRange');
    }
    const changes = computed
      ? { self_note: note.trim() || null }
      : rate
        ? { self_measure: number, self_note: note.trim() || null }
        : { self_score: number, self_note: note.trim() || null };
    save.mutate({ scoreId: row.score_id, version: row.version, changes }, { onSuccess: () => setSaved(true) });
  };

  return (
    <form className="cchc-self-form" onSubmit={onSubmit} noValidate aria-label={t('cchc.self.formLabel', { code: row.code })}>
      <div className={computed ? undefined : 'cchc-form-grid'}>
      {computed ? null : fixed ? (
        <Field id={id} label={t('cchc.self.score', { code: row.code })} error={problem} errorValues={{ max: pts(row.max_points, lang) }} announce>
          <select value={value === null ? '' : String(value)} onChange={(e) => setValue(e.target.value === '' ? null : Number(e.target.value))}>
            <option value="">{t('cchc.self.pick')}</option>
            {fixed.map((v) => (
              <option key={v} value={String(v)}>
                {row.kind === 'yes_no' ? t(v > 0 ? 'cchc.self.yes' : 'cchc.self.no', { points: pts(v, lang) }) : pts(v, lang)}
              </option>
            ))}
          </select>
        </Field>
      ) : (
        <Field
          id={id}
          label={rate ? t('cchc.self.rate', { code: row.code }) : t('cchc.self.score', { code: row.code })}
          hint={rate ? t('cchc.self.rateHint') : t('cchc.self.scoreHint', { max: pts(row.max_points, lang) })}
          error={problem}
          errorValues={{ max: pts(row.max_points, lang) }}
          announce
        >
          <NumberField value={value} onChange={setValue} />
        </Field>
      )}
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('cchc.self.note', { code: row.code })}</label>
        <textarea id={`${id}-note`} rows={2} value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} />
        <span className="muted small">{computed ? t('cchc.self.noteComputedHint') : t('cchc.self.noteHint')}</span>
      </div>
      </div>
      <DbErrorMessage error={save.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary button-small" disabled={save.isPending}>
          {t('cchc.self.save')}
        </button>
        {saved && !save.isPending ? (
          <span role="status" className="small">
            {t('cchc.self.saved')}
          </span>
        ) : null}
      </div>
    </form>
  );
}

function AppraisalForm({ row, fixed }: { row: SheetRow; fixed: number[] | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSaveScore();
  const [value, setValue] = useState<number | null>(asNumber(row.appraised_score));
  const [note, setNote] = useState(row.appraisal_note ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const id = `appraise-${row.code}`;
  const reference = row.source !== null ? row.final_score : row.self_score;
  const reasonProblem = problem === 'cchc.appraise.reasonNeeded' ? problem : null;
  const scoreProblem = reasonProblem ? null : problem;
  if (!row.score_id || row.version === null) return null;

  const send = (score: number | null, reason: string) =>
    save.mutate({ scoreId: row.score_id!, version: row.version!, changes: { appraised_score: score, appraisal_note: reason.trim() || null } });

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const number = value;
    if (number !== null && Number.isNaN(number)) return setProblem('cchc.self.errors.number');
    if (number !== null && (number < 0 || number > Number(row.max_points))) return setProblem('cchc.self.errors.aboveMax');
    if (number !== null && row.kind !== 'survey' && number !== Number(reference) && !note.trim()) return setProblem('cchc.appraise.reasonNeeded');
    send(number, note);
  };

  return (
    <form className="cchc-appraise-form" onSubmit={onSubmit} noValidate aria-label={t('cchc.appraise.formLabel', { code: row.code })}>
      <div className="cchc-form-grid">
        {fixed ? (
          <Field id={id} label={t('cchc.appraise.score', { code: row.code })} error={scoreProblem} errorValues={{ max: pts(row.max_points, lang) }} announce>
            <select value={value === null ? '' : String(value)} onChange={(e) => setValue(e.target.value === '' ? null : Number(e.target.value))}>
              <option value="">{t('cchc.self.pick')}</option>
              {fixed.map((v) => (
                <option key={v} value={String(v)}>
                  {pts(v, lang)}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <Field id={id} label={t('cchc.appraise.score', { code: row.code })} error={scoreProblem} errorValues={{ max: pts(row.max_points, lang) }} announce>
            <NumberField value={value} onChange={setValue} />
          </Field>
        )}
        <Field id={`${id}-reason`} label={t('cchc.appraise.reason', { code: row.code })} error={reasonProblem} announce>
          <textarea rows={2} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
      </div>
      <DbErrorMessage error={save.error} />
      <div className="button-row">
        {row.kind !== 'survey' && reference !== null ? (
          <button
            type="button"
            className="button button-small"
            disabled={save.isPending}
            onClick={() => {
              setValue(Number(reference));
              send(Number(reference), note);
            }}
          >
            {t('cchc.appraise.accept', { points: pts(reference, lang) })}
          </button>
        ) : null}
        <button type="submit" className="button button-primary button-small" disabled={save.isPending}>
          {t('cchc.appraise.save')}
        </button>
      </div>
    </form>
  );
}

function RequestForm({ row, ctx }: { row: SheetRow; ctx: ItemContext }) {
  const { t } = useTranslation();
  const request = useRequestExplanation();
  const [open, setOpen] = useState(false);
  const [question, setQuestion] = useState('');
  const [answerBy, setAnswerBy] = useState(() => {
    const d = new Date(`${ctx.today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 5);
    return d.toISOString().slice(0, 10);
  });
  const [problem, setProblem] = useState<string | null>(null);
  const id = `ask-${row.code}`;
  if (!open) {
    return (
      <button type="button" className="button button-small" onClick={() => setOpen(true)}>
        {t('cchc.explain.ask', { code: row.code })}
      </button>
    );
  }
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (question.trim().length < 5) return setProblem('cchc.explain.questionShort');
    if (!isIsoDate(answerBy) || answerBy < ctx.today) return setProblem('cchc.explain.answerByPast');
    request.mutate(
      { assessmentId: ctx.assessmentId, scoreId: row.score_id!, question: question.trim(), answerBy },
      { onSuccess: () => { setOpen(false); setQuestion(''); } },
    );
  };
  return (
    <form className="cchc-ask-form" onSubmit={onSubmit} noValidate aria-label={t('cchc.explain.askLabel', { code: row.code })}>
      <Field id={id} label={t('cchc.explain.question', { code: row.code })} error={problem === 'cchc.explain.questionShort' ? problem : null} announce>
        <textarea rows={2} maxLength={4000} value={question} onChange={(e) => setQuestion(e.target.value)} />
      </Field>
      <Field id={`${id}-by`} className="field-inline" label={t('cchc.explain.answerBy')} error={problem === 'cchc.explain.answerByPast' ? problem : null} announce>
        <DateField min={ctx.today} value={answerBy} onChange={setAnswerBy} />
      </Field>
      <DbErrorMessage error={request.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary button-small" disabled={request.isPending}>
          {t('cchc.explain.send')}
        </button>
        <button type="button" className="button button-small button-quiet" onClick={() => setOpen(false)}>
          {t('cchc.common.cancel')}
        </button>
      </div>
    </form>
  );
}

function ExplanationList({ explanations, ctx }: { explanations: CchcExplanation[]; ctx: ItemContext }) {
  const { t } = useTranslation();
  return (
    <section className="cchc-explanations" aria-label={t('cchc.explain.title')}>
      <h5>{t('cchc.explain.title')}</h5>
      <ul>
        {explanations.map((e) => (
          <li key={e.id}>
            <p className="small">
              <strong>{t('cchc.explain.asked')}:</strong> {e.question}{' '}
              <span className="muted">({t('cchc.explain.by', { date: formatDate(e.answer_by) })})</span>
            </p>
            {e.answer ? (
              <p className="small">
                <strong>{t('cchc.explain.answer')}:</strong> {e.answer}
              </p>
            ) : ctx.canAnswer && e.answer_by >= ctx.today ? (
              <AnswerForm explanation={e} />
            ) : (
              <p className="small muted">{e.answer_by < ctx.today ? t('cchc.explain.expired') : t('cchc.explain.waiting')}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function AnswerForm({ explanation }: { explanation: CchcExplanation }) {
  const { t } = useTranslation();
  const answer = useAnswerExplanation();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState(false);
  const id = `answer-${explanation.id}`;
  return (
    <form
      className="cchc-answer-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim().length < 5) return setProblem(true);
        setProblem(false);
        answer.mutate({ id: explanation.id, answer: text.trim() });
      }}
    >
      <Field id={id} label={t('cchc.explain.yourAnswer')} error={problem ? 'cchc.explain.answerShort' : null} announce>
        <textarea rows={3} maxLength={8000} value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      <DbErrorMessage error={answer.error} />
      <button type="submit" className="button button-primary button-small" disabled={answer.isPending}>
        {t('cchc.explain.sendAnswer')}
      </button>
    </form>
  );
}
