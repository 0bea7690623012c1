import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import {
  CARRIED,
  hasFilters,
  LATE_OVER,
  SEARCH_MAX_LENGTH,
  TASK_STATUSES,
  TIMELINESS,
  type TaskListState,
  type Timeliness,
} from '../../../lib/task-filters';
import type { FilterOptions } from '../hooks/use-filter-options';
import { DateField } from '../../../components/ui/DateField';
import { isIsoDate } from '../../../lib/date-input';

interface Props {
  state: TaskListState;
  options: FilterOptions | undefined;
  onChange: (patch: Partial<TaskListState>, opts?: { replace?: boolean }) => void;
}

const SEARCH_DELAY_MS = 350;

/** Search box and filters; every change goes to the URL at once (search: after a short pause in typing). */
export function FilterBar({ state, options, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [q, setQ] = useState(state.q ?? '');
  const typed = useRef(state.q ?? '');

  // The URL changed from elsewhere (back button, saved view): show its search text.
  useEffect(() => {
    if ((state.q ?? '') !== typed.current.trim()) {
      typed.current = state.q ?? '';
      setQ(state.q ?? '');
    }
  }, [state.q]);

  useEffect(() => {
    if (q.trim() === (state.q ?? '')) return undefined;
    const timer = setTimeout(() => onChange({ q: q.trim() || undefined }, { replace: true }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [q, state.q, onChange]);

  const unitLabel = (u: FilterOptions['units'][number]) => {
    const name = u.short_name ?? u.name;
    return u.is_active ? name : t('taskList.inactiveUnit', { name });
  };
  // The chips show a click at once; the URL (and so `state`) follows a moment later.
  const [statusDraft, setStatusDraft] = useState<TaskListState['status'] | null>(null);
  const statusKey = state.status.join(',');
  useEffect(() => setStatusDraft(null), [statusKey]);
  const shownStatus = statusDraft ?? state.status;
  const toggleStatus = (status: (typeof TASK_STATUSES)[number], on: boolean) => {
    const next = on ? [...shownStatus, status] : shownStatus.filter((s) => s !== status);
    setStatusDraft(next);
    onChange({ status: next });
  };

  // On a phone the filters (not the search) fold behind a button that counts the ones in use.
  const [open, setOpen] = useState(false);
  const inUse = [state.plan, state.area, state.unit, state.timeliness, state.lateOver, state.dueFrom, state.dueTo, state.carried]
    .filter((value) => value !== undefined && value !== '').length + state.status.length;

  return (
    <section className={`card filters${open ? ' is-open' : ''}`} aria-labelledby="filters-title">
      <h2 id="filters-title" className="visually-hidden">
        {t('taskList.filters')}
      </h2>
      <form
        role="search"
        className="filters-search"
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ q: q.trim() || undefined });
        }}
      >
        <div className="field">
          <label htmlFor="task-search">{t('taskList.search')}</label>
          <input
            id="task-search"
            type="search"
            value={q}
            maxLength={SEARCH_MAX_LENGTH}
            placeholder={t('taskList.searchPlaceholder')}
            autoComplete="off"
            onChange={(event) => {
              typed.current = event.target.value;
              setQ(event.target.value);
            }}
          />
        </div>
      </form>

      <button type="button" className="button filters-toggle" aria-expanded={open} aria-controls="filters-grid" onClick={() => setOpen(!open)}>
        {t('taskList.filters')} ({inUse})
      </button>
      <div className="filters-grid" id="filters-grid">
        <div className="field">
          <label htmlFor="filter-plan">{t('taskList.plan')}</label>
          <select id="filter-plan" value={state.plan ?? ''} onChange={(e) => onChange({ plan: e.target.value || undefined })}>
            <option value="">{t('taskList.all')}</option>
            {options?.plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.doc_number} ({p.year})
              </option>
            ))}
            {state.plan && options && !options.plans.some((p) => p.id === state.plan) ? <option value={state.plan}>—</option> : null}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-area">{t('taskList.area')}</label>
          <select
            id="filter-area"
            value={state.area ?? ''}
            onChange={(e) => onChange({ area: e.target.value ? Number(e.target.value) : undefined })}
          >
            <option value="">{t('taskList.all')}</option>
            {options?.areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.id}. {lang === 'vi' ? a.name_vi : a.name_en}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-unit">{t('taskList.unit')}</label>
          <select id="filter-unit" value={state.unit ?? ''} onChange={(e) => onChange({ unit: e.target.value || undefined })}>
            <option value="">{t('taskList.all')}</option>
            {options?.units.map((u) => (
              <option key={u.id} value={u.id}>
                {unitLabel(u)}
              </option>
            ))}
            {state.unit && options && !options.units.some((u) => u.id === state.unit) ? <option value={state.unit}>—</option> : null}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-timeliness">{t('taskList.timeliness')}</label>
          <select
            id="filter-timeliness"
            value={state.timeliness ?? ''}
            onChange={(e) => onChange({ timeliness: (e.target.value || undefined) as Timeliness | undefined })}
          >
            <option value="">{t('taskList.all')}</option>
            {TIMELINESS.map((value) => (
              <option key={value} value={value}>
                {t(`timeliness.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-late">{t('taskList.lateOver')}</label>
          <select
            id="filter-late"
            value={state.lateOver ?? ''}
            onChange={(e) => onChange({ lateOver: e.target.value === '' ? undefined : Number(e.target.value) })}
          >
            <option value="">{t('taskList.all')}</option>
            {LATE_OVER.map((days) => (
              <option key={days} value={days}>
                {t('taskList.lateOverOption', { days })}
              </option>
            ))}
            {state.lateOver !== undefined && !LATE_OVER.some((d) => d === state.lateOver) ? (
              <option value={state.lateOver}>{t('taskList.lateOverOption', { days: state.lateOver })}</option>
            ) : null}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-carried">{t('taskList.carried')}</label>
          <select
            id="filter-carried"
            value={state.carried ?? ''}
            onChange={(e) => onChange({ carried: CARRIED.find((c) => c === e.target.value) })}
          >
            <option value="">{t('taskList.all')}</option>
            {CARRIED.map((value) => (
              <option key={value} value={value}>
                {t(`taskList.carriedValues.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-from">{t('taskList.dueFrom')}</label>
          <DateField id="filter-from" value={state.dueFrom ?? ''} onChange={(v) => (v === '' || isIsoDate(v) ? onChange({ dueFrom: v || undefined }) : undefined)} />
        </div>
        <div className="field">
          <label htmlFor="filter-to">{t('taskList.dueTo')}</label>
          <DateField id="filter-to" value={state.dueTo ?? ''} onChange={(v) => (v === '' || isIsoDate(v) ? onChange({ dueTo: v || undefined }) : undefined)} />
        </div>
      </div>

      <fieldset className="chips">
        <legend>{t('taskList.status')}</legend>
        {TASK_STATUSES.map((status) => (
          <label key={status} className={`chip${shownStatus.includes(status) ? ' is-on' : ''}`}>
            <input type="checkbox" checked={shownStatus.includes(status)} onChange={(e) => toggleStatus(status, e.target.checked)} />
            {t(`tasks.statuses.${status}`)}
          </label>
        ))}
      </fieldset>

      {hasFilters(state) ? (
        <div className="button-row">
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              typed.current = '';
              setQ('');
              onChange({
                plan: undefined, area: undefined, unit: undefined, status: [], timeliness: undefined, lateOver: undefined,
                dueFrom: undefined, dueTo: undefined, q: undefined, carried: undefined,
              });
            }}
          >
            {t('taskList.clearFilters')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
