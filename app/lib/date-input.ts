// Dates as people type them (dd/mm/yyyy, whatever the browser's language) and
// as the app stores them (ISO yyyy-mm-dd).

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

function real(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Is this a real calendar date written yyyy-mm-dd? */
export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  return !!m && real(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

/**
 * A typed date as yyyy-mm-dd: "31/12/2026", "1/2/2026", "31.12.2026",
 * "31-12-2026" or a pasted "2026-12-31". Day first, always; a date that does
 * not exist (31/02) or anything else is null.
 */
export function parseDmy(text: string): string | null {
  const s = text.trim().replace(/\s+/g, '');
  const iso = ISO.exec(s);
  if (iso) return real(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const m = DMY.exec(s);
  return m ? real(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/** yyyy-mm-dd as dd/mm/yyyy; anything else unchanged (text still being typed). */
export function isoToDmy(value: string | null | undefined): string {
  if (!value) return '';
  const m = ISO.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}
