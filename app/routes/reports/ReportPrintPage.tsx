import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading } from '../../components/ui/states';
import { useReport } from '../../data/reports/get-report';
import { useReportData } from '../../data/reports/get-report-data';
import { ReportDocument } from '../../features/reports/components/ReportDocument';
import '../../features/reports/reports.css';
import { reportQueryOptions } from '../../data/reports/get-report';
import { reportDataQueryOptions } from '../../data/reports/get-report-data';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';
import type { LoaderFunctionArgs } from 'react-router';

/** The report as an A4 document, ready for the browser's print (or save as PDF). */
export function Component() {
  const { reportId = '' } = useParams();
  const { t } = useTranslation();
  const report = useReport(reportId);
  const data = useReportData(reportId);

  if (report.isPending || data.isPending) return <Loading />;
  if (report.isError) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  if (data.isError) return <ErrorState error={data.error} onRetry={() => void data.refetch()} />;
  if (!report.data || !data.data) return <Empty>{t('reports.notFound')}</Empty>;

  return (
    <div className="report-print">
      <div className="print-toolbar button-row">
        <Link className="button report-link-button" to={`/reports/${reportId}`}>
          {t('reports.backToReport')}
        </Link>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('reports.export.printNow')}
        </button>
        <span className="muted small">{t('reports.export.printHint')}</span>
      </div>
      <ReportDocument report={report.data} data={data.data} />
    </div>
  );
}

/** Starts this page's queries while its code loads. */
export const loader = ({ params }: LoaderFunctionArgs) => prefetch(queryClient, [reportQueryOptions(params.reportId!), reportDataQueryOptions(params.reportId!)]);
