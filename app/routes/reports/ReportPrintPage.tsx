import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/ui/QueryState';
import { reportWithDataQueries, useReportWithData } from '../../features/reports/hooks/use-report-with-data';
import { ReportDocument } from '../../features/reports/components/ReportDocument';
import '../../features/reports/reports.css';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';
import type { LoaderFunctionArgs } from 'react-router';

/** The report as an A4 document, ready for the browser's print (or save as PDF). */
export function Component() {
  const { reportId = '' } = useParams();
  const { t } = useTranslation();
  const page = useReportWithData(reportId);
  return (
    <QueryState query={page} empty={t('reports.notFound')}>
      {(found) => (
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
          <ReportDocument report={found.report} data={found.data} />
        </div>
      )}
    </QueryState>
  );
}

/** Starts this page's queries while its code loads. */
export const loader = ({ params }: LoaderFunctionArgs) => prefetch(queryClient, reportWithDataQueries(params.reportId!));
