import type { TFunction } from 'i18next';
import { formatNumber, type Lang } from './format';
import type { Timeliness } from './task-filters';

/**
 * How a task stands against its deadline, in words (private.timeliness): one
 * wording for the task page, the task list and its export, the report
 * appendix, the CCHC evidence and the public page. `daysLate` turns "overdue"
 * and "done late" into "overdue by N days" / "done N days late".
 */
export function timelinessText(t: TFunction, value: Timeliness | string, lang: Lang, daysLate?: number | null): string {
  const count = daysLate ?? 0;
  const days = formatNumber(count, lang);
  if (value === 'open_overdue' && count > 0) return t('timeliness.overdueBy', { count, days });
  if (value === 'done_late' && count > 0) return t('timeliness.doneLateBy', { count, days });
  return t(`timeliness.${value}`);
}
