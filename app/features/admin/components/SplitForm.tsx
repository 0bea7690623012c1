import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { formatDate } from '../../../lib/format';
import type { Unit } from '../../../data/units/get-units';
import { useOpenWork } from '../../../data/units/get-open-work';
import { CLOSE_ACCOUNT, splitSchema, useSplitUnit } from '../../../data/units/split-unit';
import { flattenTree } from '../lib/unit-tree';
import { OpenWorkSummary } from './OpenWorkSummary';
import { UnitChecklist } from './UnitChecklist';
import { ReorgDetailsFields, issuesToErrors, type FieldErrors, type ReorgDetails } from './ReorgDetailsFields';

interface Props {
  units: Unit[];
  unit: Unit;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * Split a unit into two or more receiving units on a date: each open task and
 * each account goes to one of them (or to the default one); accounts may be
 * closed instead.  The database refuses the split, naming what is left over,
 * when something would be left without a unit.
 */
export function SplitForm({ units, unit, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const split = useSplitUnit();
  const [successors, setSuccessors] = useState<string[]>([]);
  const [defaultSuccessor, setDefaultSuccessor] = useState('');
  const [taskChoice, setTaskChoice] = useState<Record<string, string>>({});
  const [accountChoice, setAccountChoice] = useState<Record<string, string>>({});
  const [details, setDetails] = useState<ReorgDetails>({ effective_on: '', decision: '', note: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const work = useOpenWork([unit.id]);

  const candidates = useMemo(() => flattenTree(units.filter((u) => u.is_active && u.id !== unit.id)), [units, unit.id]);
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const chosen = successors.map((x) => byId.get(x)).filter((u): u is Unit => Boolean(u));
  const label = (u: Unit) => `${u.name} (${u.code})`;

  const toggle = (unitId: string, on: boolean) => {
    setSuccessors((list) => (on ? [...list, unitId] : list.filter((x) => x !== unitId)));
    if (!on && defaultSuccessor === unitId) setDefaultSuccessor('');
  };
  // A choice of a unit no longer among the successors falls back to the default.
  const keep = (choice: string | undefined) => (choice && (choice === CLOSE_ACCOUNT || successors.includes(choice)) ? choice : '');

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const tasks = work.data?.tasks ?? [];
    const accounts = work.data?.accounts ?? [];
    const parsed = splitSchema.safeParse({
      ...details,
      unit: unit.id,
      successors,
      default_successor: defaultSuccessor,
      task_successors: Object.fromEntries(tasks.map((task) => [task.id, keep(taskChoice[task.id])])),
      account_successors: Object.fromEntries(accounts.map((account) => [account.id, keep(accountChoice[account.id])])),
    });
    if (!parsed.success) {
      setErrors(issuesToErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    split.mutate(parsed.data, {
      onSuccess: () => onDone(t('admin.reorg.splitDone', { name: unit.name, date: formatDate(parsed.data.effective_on) })),
    });
  };

  const f = (name: string) => `${id}-${name}`;
  const successorOptions = chosen.map((u) => (
    <option key={u.id} value={u.id}>
      {label(u)}
    </option>
  ));
  return (
    <form className="admin-form reorg-form" onSubmit={onSubmit} noValidate>
      <p className="muted small">{t('admin.reorg.intro')}</p>
      <UnitChecklist
        id={f('succ')}
        legend={t('admin.reorg.successors')}
        hint={t('admin.reorg.successorsHint')}
        options={candidates}
        chosen={chosen}
        error={errors.successors}
        onToggle={toggle}
      />
      <div className="field">
        <label htmlFor={f('default')}>{t('admin.reorg.defaultSuccessor')}</label>
        <select id={f('default')} value={defaultSuccessor} aria-describedby={`${f('default')}-hint`} onChange={(e) => setDefaultSuccessor(e.target.value)}>
          <option value="">{t('admin.reorg.noDefault')}</option>
          {successorOptions}
        </select>
        <p id={`${f('default')}-hint`} className="muted small">
          {t('admin.reorg.defaultSuccessorHint')}
        </p>
      </div>
      <ReorgDetailsFields idPrefix={f('d')} value={details} errors={errors} onChange={(patch) => setDetails((d) => ({ ...d, ...patch }))} />
      <OpenWorkSummary units={[unit]} work={work} />
      {work.data ? (
        <>
          <fieldset className="reorg-choices">
            <legend>{t('admin.reorg.tasksTitle')}</legend>
            {work.data.tasks.length === 0 ? <p className="muted small">{t('admin.reorg.noTasks')}</p> : null}
            <ul className="reorg-assign">
              {work.data.tasks.map((task) => (
                <li key={task.id}>
                  <label htmlFor={f(`t-${task.id}`)}>
                    <strong>{t('admin.reorg.taskLabel', { ordinal: task.ordinal, plan: task.plan.doc_number })}</strong> {task.title}
                  </label>
                  <select
                    id={f(`t-${task.id}`)}
                    aria-label={t('admin.reorg.taskSuccessor', { ordinal: `${task.ordinal} (${task.plan.doc_number})` })}
                    value={keep(taskChoice[task.id])}
                    onChange={(e) => setTaskChoice((c) => ({ ...c, [task.id]: e.target.value }))}
                  >
                    <option value="">{t('admin.reorg.followDefault')}</option>
                    {successorOptions}
                  </select>
                </li>
              ))}
            </ul>
          </fieldset>
          <fieldset className="reorg-choices">
            <legend>{t('admin.reorg.accountsTitle')}</legend>
            {work.data.accounts.length === 0 ? <p className="muted small">{t('admin.reorg.noAccounts')}</p> : null}
            <ul className="reorg-assign">
              {work.data.accounts.map((account) => (
                <li key={account.id}>
                  <label htmlFor={f(`a-${account.id}`)}>
                    <strong className="reorg-email">{account.email}</strong>
                    {account.full_name ? ` · ${account.full_name}` : ''}
                  </label>
                  <select
                    id={f(`a-${account.id}`)}
                    aria-label={t('admin.reorg.accountSuccessor', { email: account.email })}
                    value={keep(accountChoice[account.id])}
                    onChange={(e) => setAccountChoice((c) => ({ ...c, [account.id]: e.target.value }))}
                  >
                    <option value="">{t('admin.reorg.followDefault')}</option>
                    {successorOptions}
                    <option value={CLOSE_ACCOUNT}>{t('admin.reorg.closeAccount')}</option>
                  </select>
                </li>
              ))}
            </ul>
          </fieldset>
        </>
      ) : null}
      <DbErrorMessage error={split.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary button-danger" disabled={split.isPending || work.isPending}>
          {split.isPending ? t('admin.reorg.working') : t('admin.reorg.confirmSplit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
