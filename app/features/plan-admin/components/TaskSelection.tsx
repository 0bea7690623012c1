// Choosing tasks on the plan page for a bulk change (Home Affairs only).
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface Selection {
  ids: ReadonlySet<string>;
  size: number;
  has: (id: string) => boolean;
  toggle: (id: string, on: boolean) => void;
  setMany: (ids: readonly string[], on: boolean) => void;
  clear: () => void;
}

export function useTaskSelection(): Selection {
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  const setMany = useCallback((list: readonly string[], on: boolean) => {
    setIds((current) => {
      const next = new Set(current);
      for (const id of list) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);
  return useMemo(
    () => ({
      ids,
      size: ids.size,
      has: (id: string) => ids.has(id),
      toggle: (id: string, on: boolean) => setMany([id], on),
      setMany,
      clear: () => setIds(new Set()),
    }),
    [ids, setMany],
  );
}

/** Finished tasks (done, cancelled) take no bulk change. */
export const selectable = (task: { status: string }) => task.status !== 'done' && task.status !== 'cancelled';

export function SelectTaskBox({ task, selection }: { task: { id: string; ordinal: string; status: string }; selection: Selection }) {
  const { t } = useTranslation();
  if (!selectable(task)) return null;
  return (
    <input
      type="checkbox"
      className="pa-check"
      aria-label={t('planAdmin.bulk.selectTask', { ordinal: task.ordinal })}
      checked={selection.has(task.id)}
      onChange={(e) => selection.toggle(task.id, e.target.checked)}
    />
  );
}

export function SelectAreaBox({ tasks, areaName, selection }: { tasks: ReadonlyArray<{ id: string; status: string }>; areaName: string; selection: Selection }) {
  const { t } = useTranslation();
  const ids = tasks.filter(selectable).map((task) => task.id);
  if (ids.length === 0) return null;
  const chosen = ids.filter((id) => selection.has(id)).length;
  return (
    <input
      type="checkbox"
      className="pa-check"
      aria-label={t('planAdmin.bulk.selectArea', { area: areaName })}
      checked={chosen === ids.length}
      ref={(el) => {
        if (el) el.indeterminate = chosen > 0 && chosen < ids.length;
      }}
      onChange={(e) => selection.setMany(ids, e.target.checked)}
    />
  );
}
