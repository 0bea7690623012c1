/**
 * True when the database refused to delete a unit because something still
 * points at it: the rule `unit_in_use` (raised by a trigger, whatever server
 * answers), or a bare foreign-key refusal (23503 from PostgREST; the embedded
 * server may send it with a generic code, so the message counts too).
 */
export function isUnitInUse(error: unknown): boolean {
  const e = error as { code?: string; message?: string; hint?: string | null } | null;
  if (!e) return false;
  return e.hint === 'unit_in_use' || e.code === '23503' || /violates foreign key constraint/.test(e.message ?? '');
}
