import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { exportFileName, type ReportData, type ReportDocFields } from '../../../lib/report-model';
import { downloadFile } from '../../../lib/download';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Word report, Excel appendix and the print view; built in the browser from the report's figures. */
export function ExportButtons({ reportId, report, data }: { reportId: string; report: ReportDocFields; data: ReportData }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'docx' | 'xlsx' | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  const run = async (kind: 'docx' | 'xlsx') => {
    setBusy(kind);
    setFailed(null);
    try {
      const content =
        kind === 'docx'
          ? await (await import('../lib/docx')).buildReportDocx({ report, data })
          : await (await import('../lib/xlsx')).buildReportXlsx({ report, data });
      downloadFile(content, exportFileName(kind, report), kind === 'docx' ? DOCX : XLSX);
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="report-exports">
      <div className="button-row">
        <button type="button" className="button" disabled={busy !== null} onClick={() => void run('docx')}>
          {busy === 'docx' ? t('reports.export.building') : t('reports.export.word')}
        </button>
        <button type="button" className="button" disabled={busy !== null} onClick={() => void run('xlsx')}>
          {busy === 'xlsx' ? t('reports.export.building') : t('reports.export.excel')}
        </button>
        <Link className="button report-link-button" to={`/reports/${reportId}/print`}>
          {t('reports.export.print')}
        </Link>
      </div>
      {failed ? <p className="form-error" role="alert">{t('reports.export.failed', { message: failed })}</p> : null}
    </div>
  );
}
