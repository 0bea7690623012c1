import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n';
import { formatDate } from '../../../lib/format';
import type { ReportDetail } from '../../../data/reports/get-report';
import { areaNarrative, narrativeParagraphs, type ReportData } from '../../../lib/report-model';

const Paragraphs = ({ text }: { text: string | null | undefined }) => {
  const lines = narrativeParagraphs(text);
  return lines.length ? <>{lines.map((line, i) => <p key={i} className="report-text">{line}</p>)}</> : <p className="muted">—</p>;
};

/** The narrative as written (submitted reports, and drafts for those who do not edit them). */
export function NarrativeView({ report, data }: { report: ReportDetail; data: ReportData }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="card report-narrative" aria-labelledby="narrative-title">
      <h2 id="narrative-title" className="card-title">{t('reports.narrative.title')}</h2>
      <dl className="facts">
        <dt>{t('reports.fields.docNumber')}</dt>
        <dd>{report.doc_number ?? '—'}</dd>
        <dt>{t('reports.fields.docDate')}</dt>
        <dd>{formatDate(report.doc_date) || '—'}</dd>
        <dt>{t('reports.fields.signer')}</dt>
        <dd>
          {report.signer_name ?? '—'} · {t(`reports.signer.${report.signer_title === 'chairman' ? 'chairman' : 'vice_chairman'}`)}
        </dd>
      </dl>
      <h3>{t('reports.sections.overview')}</h3>
      <Paragraphs text={report.overview} />
      <h3>{t('reports.sections.areas')}</h3>
      {data.areas.map((area) => (
        <div key={area.id}>
          <h4>
            {area.id}. {lang === 'vi' ? area.name_vi : area.name_en}
          </h4>
          <Paragraphs text={areaNarrative(report, area.id)} />
        </div>
      ))}
      <h3>{t('reports.sections.shortcomings')}</h3>
      <Paragraphs text={report.shortcomings} />
      <h3>{t('reports.sections.proposals')}</h3>
      <Paragraphs text={report.proposals} />
      <h3>{t('reports.recipientsTitle')}</h3>
      <Paragraphs text={report.recipients} />
    </section>
  );
}
