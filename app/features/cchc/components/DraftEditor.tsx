import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { useLang } from '../../../i18n';
import { formatInput } from '../../../lib/indicator-format';
import { useUnits } from '../../../data/units/get-units';
import type { CchcSet } from '../../../data/cchc/get-sets';
import { useRemoveItem, useSaveItem, useSaveSetSettings, type EditableItem } from '../../../data/cchc/edit-set';
import { checkItem, checkSettings, type ItemForm, type Problems, type SettingsForm } from '../lib/validate';
import { PointsInput, ProblemField } from './form-bits';
import { pts } from '../lib/model';
import { DateField } from '../../../components/ui/DateField';

const KINDS = ['', 'manual', 'choice', 'yes_no', 'rate_bands', 'survey', 'bonus', 'penalty'] as const;

/** A draft set's name, decision, dates and ranking bands (Home Affairs). */
export function SetSettingsEditor({ set }: { set: CchcSet }) {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSaveSetSettings();
  const [open, setOpen] = useState(false);
  const initial: SettingsForm = {
    name: set.name,
    decision: set.decision_doc ?? '',
    cutOff: set.cut_off,
    from: set.self_from,
    to: set.self_to,
    good: formatInput(set.good_min, lang),
    fair: formatInput(set.fair_min, lang),
    average: formatInput(set.average_min, lang),
  };
  const [form, setForm] = useState(initial);
  const [problems, setProblems] = useState<Problems<keyof SettingsForm>>({});
  const change = (f: keyof SettingsForm) => (e: { target: { value: string } }) => setForm((v) => ({ ...v, [f]: e.target.value }));
  if (!open) {
    return (
      <div className="button-row">
        <button type="button" className="button" onClick={() => { setForm(initial); setOpen(true); }}>
          {t('cchc.draft.editSettings')}
        </button>
        {save.isSuccess ? <p role="status" className="small">{t('cchc.draft.saved')}</p> : null}
      </div>
    );
  }
  const setText = (f: keyof SettingsForm) => (value: string) => setForm((v) => ({ ...v, [f]: value }));
  const field = (f: keyof SettingsForm, label: string, type: 'text' | 'date' | 'number' = 'text') => (
    <ProblemField id={`cchc-set-${f}`} label={label} problem={problems[f]}>
      {type === 'date' ? (
        <DateField value={form[f]} onChange={setText(f)} />
      ) : type === 'number' ? (
        <PointsInput lang={lang} value={form[f]} onChange={setText(f)} />
      ) : (
        <input value={form[f]} onChange={change(f)} />
      )}
    </ProblemField>
  );
  return (
    <form
      className="cchc-edit-form"
      aria-label={t('cchc.draft.editSettings')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const checked = checkSettings(form, lang);
        setProblems(checked.problems);
        if (!checked.values) return;
        save.mutate({ setId: set.id, values: checked.values }, { onSuccess: () => setOpen(false) });
      }}
    >
      <div className="cchc-form-grid">
        {field('name', t('cchc.draft.name'))}
        {field('decision', t('cchc.draft.decision'))}
        {field('cutOff', t('cchc.draft.cutOff'), 'date')}
        {field('from', t('cchc.window.from'), 'date')}
        {field('to', t('cchc.window.to'), 'date')}
        {field('good', t('cchc.draft.good'), 'number')}
        {field('fair', t('cchc.draft.fair'), 'number')}
        {field('average', t('cchc.draft.average'), 'number')}
      </div>
      <DbErrorMessage error={save.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {t('cchc.draft.save')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => setOpen(false)}>
          {t('cchc.common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The tree of a draft set, each item changed or removed on its own, and new items added. */
export function DraftItems({ setId, items }: { setId: string; items: EditableItem[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const remove = useRemoveItem();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  return (
    <>
      {items.length > 0 ? (
        <ul className="cchc-tree cchc-tree-edit">
          {items.map((i) => (
            <li key={i.id} className={`cchc-tree-${i.depth}`}>
              {editing === i.id ? (
                <ItemEditor setId={setId} item={i} onDone={() => setEditing(null)} />
              ) : (
                <div className="cchc-tree-row">
                  <span>
                    <strong>{i.code}</strong> {i.title}{' '}
                    <span className="muted small">
                      ({pts(i.max_points, lang)}
                      {i.kind ? ` · ${t(`cchc.kinds.${i.kind}`)}` : ''})
                    </span>
                  </span>
                  <span className="button-row">
                    <button type="button" className="button button-small" aria-label={t('cchc.draft.editItem', { code: i.code })} onClick={() => setEditing(i.id)}>
                      {t('cchc.draft.edit')}
                    </button>
                    {removing === i.id ? (
                      <>
                        <button
                          type="button"
                          className="button button-small button-danger"
                          disabled={remove.isPending}
                          onClick={() => remove.mutate(i.id, { onSettled: () => setRemoving(null) })}
                        >
                          {t('cchc.draft.removeYes', { code: i.code })}
                        </button>
                        <button type="button" className="button button-small button-quiet" onClick={() => setRemoving(null)}>
                          {t('cchc.common.cancel')}
                        </button>
                      </>
                    ) : (
                      <button
                        type="button"
                        className="button button-small button-quiet"
                        aria-label={t('cchc.draft.removeItem', { code: i.code })}
                        onClick={() => setRemoving(i.id)}
                      >
                        {t('cchc.draft.remove')}
                      </button>
                    )}
                  </span>
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('cchc.build.noItems')}</p>
      )}
      <DbErrorMessage error={remove.error} />
      {editing === 'new' ? (
        <ItemEditor setId={setId} onDone={() => setEditing(null)} />
      ) : (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setEditing('new')}>
            {t('cchc.draft.addItem')}
          </button>
        </div>
      )}
    </>
  );
}

function ItemEditor({ setId, item, onDone }: { setId: string; item?: EditableItem; onDone: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const units = useUnits();
  const save = useSaveItem();
  const [form, setForm] = useState<ItemForm>({
    code: item?.code ?? '',
    title: item?.title ?? '',
    max: item ? formatInput(item.max_points, lang) : '',
    kind: item?.kind ?? '',
    allowed: (item?.allowed_values ?? []).map((v) => formatInput(v, lang)).join('; '),
    expected: item?.expected_evidence ?? '',
    unitId: item?.responsible_unit_id ?? '',
  });
  const [problems, setProblems] = useState<Problems<keyof ItemForm>>({});
  const change = (f: keyof ItemForm) => (e: { target: { value: string } }) => setForm((v) => ({ ...v, [f]: e.target.value }));
  const active = (units.data ?? []).filter((u) => u.is_active || u.id === item?.responsible_unit_id);
  const prefix = `cchc-item-${item?.id ?? 'new'}`;
  const label = item ? t('cchc.draft.editItem', { code: item.code }) : t('cchc.draft.addItem');
  return (
    <form
      className="cchc-edit-form"
      aria-label={label}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const checked = checkItem(form, lang);
        setProblems(checked.problems);
        if (!checked.values) return;
        save.mutate({ setId, id: item?.id, values: checked.values }, { onSuccess: onDone });
      }}
    >
      <div className="cchc-form-grid">
        <ProblemField id={`${prefix}-code`} label={t('cchc.draft.code')} problem={problems.code}>
          <input value={form.code} onChange={change('code')} />
        </ProblemField>
        <ProblemField id={`${prefix}-title`} label={t('cchc.draft.title')} problem={problems.title}>
          <textarea rows={2} value={form.title} onChange={change('title')} />
        </ProblemField>
        <ProblemField id={`${prefix}-max`} label={t('cchc.draft.max')} problem={problems.max}>
          <PointsInput lang={lang} value={form.max} onChange={(max) => setForm((v) => ({ ...v, max }))} />
        </ProblemField>
        <ProblemField
          id={`${prefix}-kind`}
          label={t('cchc.draft.kind')}
          problem={problems.kind}
          hint={item?.source ? t(`cchc.sources.${item.source}`) : undefined}
        >
          <select value={form.kind} onChange={change('kind')} disabled={!!item?.source}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {k ? t(`cchc.kinds.${k}`) : t('cchc.draft.group')}
              </option>
            ))}
          </select>
        </ProblemField>
        {form.kind === 'choice' ? (
          <ProblemField id={`${prefix}-allowed`} label={t('cchc.draft.allowed')} problem={problems.allowed}>
            <input value={form.allowed} onChange={change('allowed')} placeholder={lang === 'vi' ? '0; 2,5; 5' : '0; 2.5; 5'} />
          </ProblemField>
        ) : null}
        <ProblemField id={`${prefix}-expected`} label={t('cchc.draft.expected')} problem={problems.expected}>
          <textarea rows={2} value={form.expected} onChange={change('expected')} />
        </ProblemField>
        <ProblemField id={`${prefix}-unit`} label={t('cchc.draft.unit')} problem={undefined}>
          <select value={form.unitId} onChange={change('unitId')}>
            <option value="">{t('cchc.components.noUnit')}</option>
            {active.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </ProblemField>
      </div>
      <DbErrorMessage error={save.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {t('cchc.draft.saveItem')}
        </button>
        <button type="button" className="button button-quiet" onClick={onDone}>
          {t('cchc.common.cancel')}
        </button>
      </div>
    </form>
  );
}
