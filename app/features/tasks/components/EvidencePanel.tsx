import { useRef, useState, type DragEvent } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { Field, describedBy } from '../../../components/ui/Field';
import { FormDateField } from '../../../components/ui/form-fields';
import { formatDate, formatNumber } from '../../../lib/format';
import { formatDateTime } from '../../../lib/datetime';
import { useLang } from '../../../i18n';
import type { Evidence } from '../../../data/tasks/get-task-activity';
import {
  checkFile,
  documentSchema,
  linkSchema,
  useAddEvidence,
  useDownloadEvidence,
  useRemoveEvidence,
  type DocumentInput,
  type LinkInput,
} from '../../../data/tasks/evidence';

type Kind = 'document' | 'link' | 'file';

interface Props {
  taskId: string;
  /** The task's evidence, read with the task (task_page). */
  evidence: Evidence[];
  canAdd: boolean;
  canRemove: boolean;
}

export function EvidencePanel({ taskId, evidence, canAdd, canRemove }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const remove = useRemoveEvidence();
  const download = useDownloadEvidence();
  const [kind, setKind] = useState<Kind>('document');

  return (
    <section className="card" aria-labelledby="evidence-title">
      <h2 id="evidence-title" className="card-title">
        {t('tasks.evidence.title')} ({evidence.length})
      </h2>
      {evidence.length === 0 ? (
        <p className="muted">{t('tasks.evidence.none')}</p>
      ) : (
        <ul className="evidence-list">
          {evidence.map((item) => (
            <li key={item.id} className="evidence-item">
              <span className={`evidence-kind evidence-kind-${item.kind}`}>{t(`tasks.evidence.kinds.${item.kind}`)}</span>
              <div className="evidence-body">
                {item.kind === 'document' ? (
                  <>
                    <strong>{item.doc_number}</strong> {t('tasks.evidence.dated', { date: formatDate(item.doc_date) })} — {item.issuer}
                    <div>{item.summary}</div>
                  </>
                ) : item.kind === 'link' ? (
                  <>
                    <a href={item.url ?? '#'} target="_blank" rel="noopener noreferrer">{item.url}</a>
                    {item.summary ? <div>{item.summary}</div> : null}
                  </>
                ) : (
                  <>
                    <button type="button" className="linklike" onClick={() => download.mutate(item.id)}>
                      {item.file_name}
                    </button>{' '}
                    <span className="muted small">({formatNumber(Math.ceil((item.file_size ?? 0) / 1024), lang)} KB)</span>
                    {item.summary ? <div>{item.summary}</div> : null}
                  </>
                )}
                <div className="muted small">
                  {item.author?.full_name ?? item.author?.email ?? ''} · {formatDateTime(item.created_at)}
                </div>
              </div>
              {canRemove ? (
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('tasks.evidence.removeLabel', { name: item.doc_number ?? item.file_name ?? item.url ?? '' })}
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(item.id)}
                >
                  {t('tasks.evidence.remove')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <DbErrorMessage error={remove.error ?? download.error} />
      {canAdd ? (
        <div className="evidence-add">
          <h3>{t('tasks.evidence.add')}</h3>
          <div className="tabs" role="tablist" aria-label={t('tasks.evidence.add')}>
            {(['document', 'link', 'file'] as const).map((k) => (
              <button
                key={k}
                type="button"
                role="tab"
                aria-selected={kind === k}
                className={`tab${kind === k ? ' is-active' : ''}`}
                onClick={() => setKind(k)}
              >
                {t(`tasks.evidence.kinds.${k}`)}
              </button>
            ))}
          </div>
          {kind === 'document' ? <DocumentForm taskId={taskId} /> : kind === 'link' ? <LinkForm taskId={taskId} /> : <FileForm taskId={taskId} />}
        </div>
      ) : null}
    </section>
  );
}

function DocumentForm({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const add = useAddEvidence(taskId);
  const form = useForm<DocumentInput>({ resolver: zodResolver(documentSchema), defaultValues: { doc_number: '', doc_date: '', issuer: '', summary: '' } });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) => add.mutate({ kind: 'document', ...values }, { onSuccess: () => form.reset() }));
  const field = (name: keyof DocumentInput, label: string, type = 'text', placeholder?: string) => (
    <Field id={`ev-${name}`} label={label} error={errors[name]?.message}>
      {type === 'date' ? <FormDateField control={form.control} name={name} /> : <input type={type} placeholder={placeholder} {...form.register(name)} />}
    </Field>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="evidence-form">
      <div className="grid-2">
        {field('doc_number', t('tasks.evidence.docNumber'), 'text', '4247/UBND-KSTT')}
        {field('doc_date', t('tasks.evidence.docDate'), 'date')}
      </div>
      {field('issuer', t('tasks.evidence.issuer'))}
      {field('summary', t('tasks.evidence.summary'))}
      <button type="submit" className="button button-primary" disabled={add.isPending}>{t('tasks.evidence.addButton')}</button>
      <DbErrorMessage error={add.error} />
    </form>
  );
}

function LinkForm({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const add = useAddEvidence(taskId);
  const form = useForm<LinkInput>({ resolver: zodResolver(linkSchema), defaultValues: { url: '', summary: '' } });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit((values) => add.mutate({ kind: 'link', ...values }, { onSuccess: () => form.reset() }));
  return (
    <form onSubmit={onSubmit} noValidate className="evidence-form">
      <Field id="ev-url" label={t('tasks.evidence.url')} error={errors.url?.message}>
        <input type="url" placeholder="https://" {...form.register('url')} />
      </Field>
      <div className="field">
        <label htmlFor="ev-link-summary">{t('tasks.evidence.summary')}</label>
        <input id="ev-link-summary" type="text" {...form.register('summary')} />
      </div>
      <button type="submit" className="button button-primary" disabled={add.isPending}>{t('tasks.evidence.addButton')}</button>
      <DbErrorMessage error={add.error} />
    </form>
  );
}

function FileForm({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const add = useAddEvidence(taskId);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [summary, setSummary] = useState('');
  const [over, setOver] = useState(false);

  const pick = (picked: File | undefined) => {
    if (!picked) return;
    setProblem(checkFile(picked));
    setFile(picked);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    pick(event.dataTransfer.files[0]);
  };
  const upload = () => {
    if (!file || problem) return;
    add.mutate({ kind: 'file', file, summary }, { onSuccess: () => { setFile(null); setSummary(''); if (input.current) input.current.value = ''; } });
  };

  return (
    <div className="evidence-form">
      <div
        className={`dropzone${over ? ' is-over' : ''}`}
        onDragOver={(event) => { event.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>{t('tasks.evidence.dropHere')}</p>
        <label className="button" htmlFor="ev-file">{t('tasks.evidence.chooseFile')}</label>
        <input
          id="ev-file"
          ref={input}
          type="file"
          className="visually-hidden"
          {...describedBy('ev-file', problem)}
          accept=".pdf,.doc,.docx,.xls,.xlsx,.png,.jpg,.jpeg,.webp"
          onChange={(event) => pick(event.target.files?.[0])}
        />
        <p className="muted small">{t('tasks.evidence.fileRules')}</p>
      </div>
      {file ? <p className="small">{file.name}</p> : null}
      {problem ? <p className="field-error" id="ev-file-error" role="alert">{t(problem)}</p> : null}
      <div className="field">
        <label htmlFor="ev-file-summary">{t('tasks.evidence.summary')}</label>
        <input id="ev-file-summary" type="text" value={summary} onChange={(event) => setSummary(event.target.value)} />
      </div>
      <button type="button" className="button button-primary" disabled={!file || Boolean(problem) || add.isPending} onClick={upload}>
        {add.isPending ? t('tasks.evidence.uploading') : t('tasks.evidence.upload')}
      </button>
      {add.isPending ? <progress aria-label={t('tasks.evidence.uploading')} /> : null}
      <DbErrorMessage error={add.error} />
    </div>
  );
}
