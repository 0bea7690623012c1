// A report and everything it shows, which its page and its print view both
// need before they can draw anything; each from its entity's own query (the
// routes' loaders prefetch the same ones).
import { useQueries } from '@tanstack/react-query';
import { combine } from '../../../data/combine';
import { reportQueryOptions } from '../../../data/reports/get-report';
import { reportDataQueryOptions } from '../../../data/reports/get-report-data';

export const reportWithDataQueries = (reportId: string) => [reportQueryOptions(reportId), reportDataQueryOptions(reportId)] as const;

/** The report with its data, or null when the report does not exist (or is not visible). */
export function useReportWithData(reportId: string) {
  return useQueries({
    queries: reportWithDataQueries(reportId),
    combine: combine(([report, data]) => (report && data ? { report, data } : null)),
  });
}
