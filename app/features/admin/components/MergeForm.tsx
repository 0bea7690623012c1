import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { Field } from '../../../components/ui/Field';
import { formatDate } from '../../../lib/format';
import type { Unit } from '../../../data/units/get-units';
import { useOpenWork } from '../../../data/units/get-open-work';
import { mergeSchema, useMergeUnits } from '../../../data/units/merge-units';
import { flattenTree } from '../lib/unit-tree';
import { OpenWorkSummary } from './OpenWorkSummary';
import { UnitChecklist } from './UnitChecklist';
import { ReorgDetailsFields, issuesToErrors, type FieldErrors, type ReorgDetails } from './ReorgDetailsFields';

const INDENT = '\u00a0\u00a0\u00a0\u00a0';

interface Props {
  units: Unit[];
  /** The unit whose row the merger started from: chosen to be merged. */
  unit: Unit;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Merge one or more units into a receiving unit on a date, choosing which of their accounts to close. */
export function MergeForm({ units, unit, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const merge = useMergeUnits();
  const [chosen, setChosen] = useState<string[]>([unit.id]);
  const [successor, setSuccessor] = useState('');
  const [closing, setClosing] = useState<string[]>([]);
  const [details, setDetails] = useState<ReorgDetails>({ effective_on: '', decision: '', note: '' });
  const [errors, setErrors] = useState<FieldErrors>({});

  const active = useMemo(() => flattenTree(units.filter((u) => u.is_active)), [units]);
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const chosenUnits = chosen.map((x) => byId.get(x)).filter((u): u is Unit => Boolean(u));
  const work = useOpenWork(chosen);

  const toggle = (unitId: string, on: boolean) =>
    setChosen((list) => (on ? [...list, unitId] : list.filter((x) => x !== unitId)));
  const toggleClose = (accountId: string, on: boolean) =>
    setClosing((list) => (on ? [...list, accountId] : list.filter((x) => x !== accountId)));

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const accounts = new Set((work.data?.accounts ?? []).map((a) => a.id));
    const parsed = mergeSchema.safeParse({
      ...details,
      units: chosen,
      successor,
      close_accounts: closing.filter((x) => accounts.has(x)),
    });
    if (!parsed.success) {
      setErrors(issuesToErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    merge.mutate(parsed.data, {
      onSuccess: () =>
        onDone(
          t('admin.reorg.merged', {
            units: chosenUnits.map((u) => u.name).join(', '),
            successor: byId.get(parsed.data.successor)?.name ?? '',
            date: formatDate(parsed.data.effective_on),
          }),
        ),
    });
  };

  const f = (name: string) => `${id}-${name}`;
  return (
    <form className="admin-form reorg-form" onSubmit={onSubmit} noValidate>
      <p className="muted small">{t('admin.reorg.intro')}</p>
      <UnitChecklist
        id={f('units')}
        legend={t('admin.reorg.mergedUnits')}
        hint={t('admin.reorg.mergedUnitsHint')}
        options={active}
        chosen={chosenUnits}
        disabled={(unitId) => unitId === successor}
        error={errors.units}
        onToggle={toggle}
      />
      <Field id={f('successor')} label={t('admin.reorg.successor')} error={errors.successor}>
        <select
          value={successor}
          onChange={(e) => setSuccessor(e.target.value)}
        >
          <option value="">{t('admin.reorg.chooseUnit')}</option>
          {active.map(({ unit: option, depth }) => (
            <option key={option.id} value={option.id} disabled={chosen.includes(option.id)}>
              {`${INDENT.repeat(depth)}${option.name} (${option.code})`}
            </option>
          ))}
        </select>
      </Field>
      <ReorgDetailsFields idPrefix={f('d')} value={details} errors={errors} onChange={(patch) => setDetails((d) => ({ ...d, ...patch }))} />
      <OpenWorkSummary units={chosenUnits} work={work} />
      {work.data && work.data.accounts.length > 0 ? (
        <fieldset className="reorg-choices">
          <legend>{t('admin.reorg.accountsTitle')}</legend>
          <p className="muted small">{t('admin.reorg.accountsMergeHint')}</p>
          <ul className="reorg-accounts">
            {work.data.accounts.map((account) => (
              <li key={account.id}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={closing.includes(account.id)}
                    onChange={(e) => toggleClose(account.id, e.target.checked)}
                    aria-label={t('admin.reorg.closeThis', { email: account.email })}
                  />
                  <span>
                    {t('admin.reorg.closeAccount')}: <strong className="reorg-email">{account.email}</strong>
                    {account.full_name ? ` · ${account.full_name}` : ''}
                    {' · '}
                    {byId.get(account.unit_id ?? '')?.short_name ?? byId.get(account.unit_id ?? '')?.name}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <DbErrorMessage error={merge.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary button-danger" disabled={merge.isPending || work.isPending}>
          {merge.isPending ? t('admin.reorg.working') : t('admin.reorg.confirmMerge')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
