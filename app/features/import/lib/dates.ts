// Dates in an imported file: text written dd/mm/yyyy (or yyyy-mm-dd), real
// Excel dates (a Date from the workbook) and Excel day numbers.  readDate()
// mirrors the database's private.read_date().

export const INVALID = 'invalid' as const;

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(year: number, month: number, day: number): string | typeof INVALID {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return INVALID;
  if (year < 2000 || year > 2100) return INVALID;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** yyyy-mm-dd for a date written dd/mm/yyyy or yyyy-mm-dd; null when empty; 'invalid' otherwise. */
export function readDate(text: string | null | undefined): string | null | typeof INVALID {
  const value = (text ?? '').trim();
  if (!value) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (m) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
  return INVALID;
}

/** A workbook date (exceljs gives it as midnight UTC) as yyyy-mm-dd. */
export function isoFromDate(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** An Excel day number (1900 date system) as yyyy-mm-dd; null when out of any sensible range. */
export function isoFromSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 36526 || serial > 73415) return null; // 2000-01-01 … 2100-12-31
  return isoFromDate(new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000));
}

/** dd/mm/yyyy, as the app writes dates. */
export function displayDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
