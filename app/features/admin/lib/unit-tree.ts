// The units list as a tree: each unit with its depth, in reading order
// (parents before their sub-units, siblings by sort order then name).
export interface TreeUnit {
  id: string;
  parent_id: string | null;
  sort_order: number;
  name: string;
}

export interface TreeRow<U extends TreeUnit> {
  unit: U;
  depth: number;
  /** Ids of the parent chain, top first (for "Sở Nội vụ › Phòng CCHC"). */
  path: string[];
  childCount: number;
}

const bySortThenName = (a: TreeUnit, b: TreeUnit) => a.sort_order - b.sort_order || a.name.localeCompare(b.name, 'vi');

/**
 * Flattens units into tree order.  A unit whose parent is missing from the
 * list is shown at the top level; a cycle (which the database refuses) cannot
 * make this loop, as every unit is visited once.
 */
export function flattenTree<U extends TreeUnit>(units: readonly U[]): TreeRow<U>[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, U[]>();
  for (const unit of units) {
    const key = unit.parent_id && ids.has(unit.parent_id) ? unit.parent_id : null;
    const list = children.get(key) ?? [];
    list.push(unit);
    children.set(key, list);
  }
  for (const list of children.values()) list.sort(bySortThenName);

  const rows: TreeRow<U>[] = [];
  const seen = new Set<string>();
  const visit = (unit: U, depth: number, path: string[]) => {
    if (seen.has(unit.id)) return;
    seen.add(unit.id);
    const kids = children.get(unit.id) ?? [];
    rows.push({ unit, depth, path, childCount: kids.length });
    for (const kid of kids) visit(kid, depth + 1, [...path, unit.id]);
  };
  for (const root of children.get(null) ?? []) visit(root, 0, []);
  // Units caught in a cycle have no way down from a root: list them last.
  for (const unit of [...units].sort(bySortThenName)) visit(unit, 0, []);
  return rows;
}

/** The unit and every unit below it. */
export function descendantsOf(units: readonly TreeUnit[], id: string): Set<string> {
  const out = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parent_id && out.has(unit.parent_id) && !out.has(unit.id)) {
        out.add(unit.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Lower case without Vietnamese diacritics: "Sở Tư pháp" -> "so tu phap". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
