// Made once: building a formatter costs far more than using it (a task's
// history, a list of comments).
const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const isoDateInVietnam = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/** A timestamp as the API sends it ('2026-10-14 09:00:00+00' too: made ISO 8601 first). */
export function parseTimestamp(value: string): Date {
  return new Date(value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'));
}

/** A timestamp in Vietnam time, as both languages write it here: 23/11/2026 14:05. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = parseTimestamp(value);
  if (Number.isNaN(date.getTime())) return value;
  const parts = Object.fromEntries(dateTimeParts.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** The calendar day in Vietnam at a moment, yyyy-mm-dd. */
export function dateInVietnam(at: Date): string {
  return isoDateInVietnam.format(at);
}

/** Today's date in Vietnam, yyyy-mm-dd. */
export function todayInVietnam(now = new Date()): string {
  return dateInVietnam(now);
}

/** Whole days from a to b (yyyy-mm-dd). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
