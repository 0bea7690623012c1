import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { formatDate } from '../../../lib/format';
import type { SheetRow } from '../../../data/cchc/get-scoresheet';
import { useTaskDocuments, type CchcEvidence, type TaskDocument } from '../../../data/cchc/get-details';
import { cchcDocumentSchema, cchcLinkSchema, useAddCchcEvidence, useRemoveCchcEvidence } from '../../../data/cchc/evidence';
import type { ItemContext } from './ScoreItem';
import { DateField } from '../../../components/ui/DateField';
import { Field } from '../../../components/ui/Field';

function documentText(d: { doc_number: string | null; doc_date: string | null; issuer: string | null }): string {
  return [d.doc_number, d.doc_date ? formatDate(d.doc_date) : null, d.issuer].filter(Boolean).join(' · ');
}

function EvidenceLine({ e }: { e: CchcEvidence }) {
  const { t } = useTranslation();
  if (e.kind === 'link') {
    return (
      <>
        <span className="evidence-kind">{t('cchc.evidence.kinds.link')}</span>{' '}
        <a href={e.url ?? '#'} target="_blank" rel="noreferrer noopener">
          {e.url}
        </a>
        {e.summary ? <span className="muted"> — {e.summary}</span> : null}
      </>
    );
  }
  if (e.kind === 'task_evidence') {
    const d = e.task_evidence;
    return (
      <>
        <span className="evidence-kind">{t('cchc.evidence.kinds.task_evidence')}</span>{' '}
        {d ? (d.doc_number ? documentText(d) : (d.file_name ?? d.url ?? d.summary)) : ''}
        {d?.task ? <span className="muted"> — {t('cchc.evidence.fromTask', { ordinal: d.task.ordinal, title: d.task.title })}</span> : null}
      </>
    );
  }
  return (
    <>
      <span className="evidence-kind">{t('cchc.evidence.kinds.document')}</span> {documentText(e)}
      {e.summary ? <span className="muted"> — {e.summary}</span> : null}
    </>
  );
}

/** The evidence of one score; the unit adds an issued document, a link, or a document of one of its tasks. */
export function EvidenceBlock({ row, ctx, evidence, editable }: { row: SheetRow; ctx: ItemContext; evidence: CchcEvidence[]; editable: boolean }) {
  const { t } = useTranslation();
  const remove = useRemoveCchcEvidence();
  const [adding, setAdding] = useState(false);
  return (
    <section className="cchc-evidence" aria-label={t('cchc.evidence.title', { code: row.code })}>
      <h5>{t('cchc.evidence.heading', { count: evidence.length })}</h5>
      {evidence.length > 0 ? (
        <ul className="evidence-list">
          {evidence.map((e) => (
            <li key={e.id} className="evidence-item">
              <div className="evidence-body">
                <EvidenceLine e={e} />
              </div>
              {editable ? (
                <button
                  type="button"
                  className="button button-small button-danger"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(e.id)}
                  aria-label={t('cchc.evidence.removeLabel', { code: row.code })}
                >
                  {t('cchc.evidence.remove')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="small muted">{t('cchc.evidence.none')}</p>
      )}
      <DbErrorMessage error={remove.error} />
      {editable && row.score_id ? (
        adding ? (
          <EvidenceForm row={row} ctx={ctx} onDone={() => setAdding(false)} />
        ) : (
          <button type="button" className="button button-small" onClick={() => setAdding(true)}>
            {t('cchc.evidence.add', { code: row.code })}
          </button>
        )
      ) : null}
    </section>
  );
}

type Kind = 'task_evidence' | 'document' | 'link';

function EvidenceForm({ row, ctx, onDone }: { row: SheetRow; ctx: ItemContext; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddCchcEvidence();
  const [kind, setKind] = useState<Kind>('task_evidence');
  const docs = useTaskDocuments(ctx.assessmentId, ctx.unitId, ctx.planId, kind === 'task_evidence');
  const [picked, setPicked] = useState('');
  const [fields, setFields] = useState({ doc_number: '', doc_date: '', issuer: '', summary: '', url: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const id = `ev-${row.code}`;
  const set = (name: keyof typeof fields) => (e: React.ChangeEvent<HTMLInputElement>) => setFields((f) => ({ ...f, [name]: e.target.value }));

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const base = { score_id: row.score_id!, assessment_id: ctx.assessmentId };
    if (kind === 'task_evidence') {
      if (!picked) return setErrors({ picked: 'cchc.evidence.errors.pickRequired' });
      setErrors({});
      return add.mutate({ ...base, kind, task_evidence_id: picked }, { onSuccess: onDone });
    }
    const schema = kind === 'document' ? cchcDocumentSchema : cchcLinkSchema;
    const parsed = schema.safeParse(fields);
    if (!parsed.success) {
      return setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
    }
    setErrors({});
    const v = parsed.data as Record<string, string>;
    add.mutate(
      kind === 'document'
        ? { ...base, kind, doc_number: v.doc_number, doc_date: v.doc_date, issuer: v.issuer, summary: v.summary || null }
        : { ...base, kind, url: v.url, summary: v.summary || null },
      { onSuccess: onDone },
    );
  };

  const field = (name: keyof typeof fields, type = 'text') => (
    <Field id={`${id}-${name}`} label={t(`cchc.evidence.fields.${name}`)} error={errors[name]}>
      {type === 'date' ? (
        <DateField value={fields[name]} onChange={(value) => setFields((f) => ({ ...f, [name]: value }))} />
      ) : (
        <input type={type} value={fields[name]} onChange={set(name)} />
      )}
    </Field>
  );

  return (
    <form className="evidence-form cchc-evidence-form" onSubmit={onSubmit} noValidate aria-label={t('cchc.evidence.formLabel', { code: row.code })}>
      <fieldset className="chips">
        <legend className="visually-hidden">{t('cchc.evidence.kindLegend')}</legend>
        {(['task_evidence', 'document', 'link'] as const).map((k) => (
          <label key={k} className={`chip${kind === k ? ' is-on' : ''}`}>
            <input type="radio" name={`${id}-kind`} checked={kind === k} onChange={() => setKind(k)} />
            {t(`cchc.evidence.pick.${k}`)}
          </label>
        ))}
      </fieldset>
      {kind === 'task_evidence' ? (
        <>
          <Field id={`${id}-picked`} label={t('cchc.evidence.fields.picked')} error={errors.picked}>
            <select value={picked} onChange={(e) => setPicked(e.target.value)}>
              <option value="">{docs.isPending ? t('common.loading') : t('cchc.evidence.pickOne', { count: docs.data?.length ?? 0 })}</option>
              {(docs.data ?? []).map((d: TaskDocument) => (
                <option key={d.id} value={d.id}>
                  {d.task ? `${d.task.ordinal} · ` : ''}
                  {d.doc_number ? documentText(d) : (d.file_name ?? d.url ?? d.summary ?? '')}
                </option>
              ))}
            </select>
          </Field>
          <DbErrorMessage error={docs.error} />
        </>
      ) : kind === 'document' ? (
        <>
          <div className="grid-2">
            {field('doc_number')}
            {field('doc_date', 'date')}
          </div>
          {field('issuer')}
          {field('summary')}
        </>
      ) : (
        <>
          {field('url', 'url')}
          {field('summary')}
        </>
      )}
      <DbErrorMessage error={add.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary button-small" disabled={add.isPending}>
          {t('cchc.evidence.attach')}
        </button>
        <button type="button" className="button button-small button-quiet" onClick={onDone}>
          {t('cchc.common.cancel')}
        </button>
      </div>
    </form>
  );
}
