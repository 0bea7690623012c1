// The reorganisation history in words: each merger, split or renaming with
// the units it involved by the names they had on the day (the history rows
// themselves hold only ids).
import type { FormerName, ReorganisationHistory, Reorganisation } from '../../../data/units/get-reorganisations';

export interface NamedUnit {
  id: string;
  name: string;
  short_name: string | null;
}

export interface HistoryEntry extends Reorganisation {
  /** Units that stopped (merge, split) or the renamed unit under its former name. */
  from: string[];
  /** Units that took over (merge, split) or the renamed unit under its new name. */
  to: string[];
}

/** The day before a yyyy-mm-dd day. */
export function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The name a unit had on `day`, as the database's unit_name_as_of reads it:
 * the earliest former name still valid that day, else its current name.
 */
export function nameOn(unitId: string, day: string, units: ReadonlyMap<string, NamedUnit>, formerNames: readonly FormerName[]): string {
  let best: FormerName | null = null;
  for (const n of formerNames) {
    if (n.unit_id !== unitId || n.valid_to < day) continue;
    if (!best || n.valid_to < best.valid_to || (n.valid_to === best.valid_to && n.id < best.id)) best = n;
  }
  if (best) return best.name;
  return units.get(unitId)?.name ?? unitId;
}

export function describeHistory(history: ReorganisationHistory, unitList: readonly NamedUnit[]): HistoryEntry[] {
  const units = new Map(unitList.map((u) => [u.id, u]));
  const { formerNames } = history;
  return history.reorganisations.map((r) => {
    const before = dayBefore(r.effective_on);
    const links = history.successions.filter((s) => s.reorganisation_id === r.id);
    if (r.kind === 'rename') {
      const renamed = [...new Set(formerNames.filter((n) => n.reorganisation_id === r.id).map((n) => n.unit_id))];
      return {
        ...r,
        from: renamed.map((id) => nameOn(id, before, units, formerNames)),
        to: renamed.map((id) => nameOn(id, r.effective_on, units, formerNames)),
      };
    }
    const predecessors = [...new Set(links.map((s) => s.predecessor_id))];
    const successors = [...new Set(links.map((s) => s.successor_id))];
    return {
      ...r,
      from: predecessors.map((id) => nameOn(id, before, units, formerNames)).sort((a, b) => a.localeCompare(b, 'vi')),
      to: successors.map((id) => nameOn(id, r.effective_on, units, formerNames)).sort((a, b) => a.localeCompare(b, 'vi')),
    };
  });
}

/** The day after a yyyy-mm-dd day. */
export function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
