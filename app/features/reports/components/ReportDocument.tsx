import {
  areaFigures,
  areaNarrative,
  comparisonSentenceVi,
  dmy,
  headlineVi,
  issuerHeader,
  narrativeParagraphs,
  percentVi,
  placeDateLineVi,
  reportSubjectVi,
  signatureLinesVi,
  wholeFigures,
  type ReportDocumentInput,
} from '../../../lib/report-model';

const ROMAN = ['I', 'II', 'III', 'IV'];

function Text({ value, fallback = '…' }: { value: string | null | undefined; fallback?: string }) {
  const lines = narrativeParagraphs(value);
  return <>{(lines.length ? lines : [fallback]).map((line, i) => <p key={i} className="doc-p">{line}</p>)}</>;
}

/**
 * The report as the printed administrative document (the same layout as the
 * Word file): always in Vietnamese, whatever the interface language.
 */
export function ReportDocument({ report, data }: ReportDocumentInput) {
  const issuer = issuerHeader(data.plan.issuer);
  const subject = reportSubjectVi(report.period, report.year);
  const lower = `${subject.charAt(0).toLowerCase()}${subject.slice(1)}`;
  const whole = wholeFigures(data.figures);
  const comparison = comparisonSentenceVi(data);
  const recipients = narrativeParagraphs(report.recipients).map((line) => (line.startsWith('-') ? line : `- ${line}`));

  return (
    <div className="report-paper" lang="vi">
      {report.status === 'draft' ? <p className="doc-draft-mark">DỰ THẢO</p> : null}
      <div className="doc-head">
        <div className="doc-head-col doc-head-left">
          {issuer.lines.map((line) => <p key={line} className="doc-strong">{line}</p>)}
          <hr className="doc-rule doc-rule-issuer" />
          <p className="doc-number">Số: {report.doc_number ?? '      /BC-UBND'}</p>
        </div>
        <div className="doc-head-col doc-head-right">
          <p className="doc-strong doc-nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
          <p className="doc-strong doc-motto">Độc lập - Tự do - Hạnh phúc</p>
          <hr className="doc-rule doc-rule-motto" />
          <p className="doc-place-date">{placeDateLineVi(issuer.place, report.doc_date)}</p>
        </div>
      </div>

      <h1 className="doc-title">BÁO CÁO</h1>
      <p className="doc-subject">{subject}</p>
      <hr className="doc-rule doc-rule-subject" />

      <p className="doc-p">
        Thực hiện Kế hoạch số {data.plan.doc_number}
        {data.plan.issued_on ? ` ngày ${dmy(data.plan.issued_on)}` : ''} của {data.plan.issuer} về{' '}
        {data.plan.title.replace(/^Kế hoạch\s+/i, '')}, {data.plan.issuer} báo cáo {lower} (số liệu tính từ ngày {dmy(data.data_from)} đến ngày{' '}
        {dmy(data.data_to)}) như sau:
      </p>

      <h2 className="doc-h">{ROMAN[0]}. TÌNH HÌNH THỰC HIỆN KẾ HOẠCH</h2>
      <p className="doc-p doc-strong-p">
        Tính đến ngày {dmy(data.as_of)}, {headlineVi(whole)}; {whole.done_on_time} nhiệm vụ hoàn thành đúng hạn, {whole.done_late} nhiệm vụ hoàn
        thành quá hạn; {whole.open_not_due} nhiệm vụ chưa hoàn thành, còn trong hạn; {whole.open_overdue} nhiệm vụ chưa hoàn thành, quá hạn
        (chiếm {percentVi(whole.open_overdue, whole.total)}).
      </p>
      <p className="doc-caption">Bảng 1. Kết quả thực hiện nhiệm vụ theo lĩnh vực (đến ngày {dmy(data.as_of)})</p>
      <table className="doc-table">
        <thead>
          <tr>
            <th scope="col">TT</th>
            <th scope="col">Lĩnh vực</th>
            <th scope="col">Tổng số nhiệm vụ</th>
            <th scope="col">Hoàn thành đúng hạn</th>
            <th scope="col">Hoàn thành quá hạn</th>
            <th scope="col">Chưa hoàn thành, trong hạn</th>
            <th scope="col">Chưa hoàn thành, quá hạn</th>
            <th scope="col">Tỷ lệ hoàn thành</th>
          </tr>
        </thead>
        <tbody>
          {[...areaFigures(data).map((f) => ({ ...f, tt: String(f.area_id), label: f.name_vi })), { ...whole, tt: '', label: 'Tổng cộng' }].map((f) => (
            <tr key={f.tt || 'total'} className={f.tt ? undefined : 'doc-total'}>
              <td>{f.tt}</td>
              <td className="doc-left">{f.label}</td>
              <td>{f.total}</td>
              <td>{f.done_on_time}</td>
              <td>{f.done_late}</td>
              <td>{f.open_not_due}</td>
              <td>{f.open_overdue}</td>
              <td>{percentVi(f.done, f.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Text value={report.overview} />
      {comparison ? <p className="doc-p">{comparison}</p> : null}

      <h2 className="doc-h">{ROMAN[1]}. KẾT QUẢ THỰC HIỆN THEO TỪNG LĨNH VỰC</h2>
      {areaFigures(data).map((area) => (
        <section key={area.area_id}>
          <h3 className="doc-h">
            {area.area_id}. {area.name_vi}
          </h3>
          <Text value={areaNarrative(report, area.area_id!)} fallback={`${headlineVi(area).replace(/^đ/, 'Đ')}.`} />
        </section>
      ))}

      <h2 className="doc-h">{ROMAN[2]}. TỒN TẠI, HẠN CHẾ</h2>
      <Text value={report.shortcomings} />
      <h2 className="doc-h">{ROMAN[3]}. ĐỀ XUẤT, KIẾN NGHỊ</h2>
      <Text value={report.proposals} />
      <p className="doc-p">
        Trên đây là báo cáo {lower} của {data.plan.issuer}./.
      </p>

      <div className="doc-closing">
        <div className="doc-recipients">
          <p className="doc-recipients-title">Nơi nhận:</p>
          {recipients.map((line) => <p key={line}>{line}</p>)}
        </div>
        <div className="doc-signature">
          {signatureLinesVi(issuer.body, report.signer_title).map((line) => <p key={line} className="doc-strong">{line}</p>)}
          {report.status === 'draft' ? <p className="doc-unsigned">(Dự thảo, chưa ký)</p> : null}
          <p className="doc-strong doc-signer">{report.signer_name ?? ''}</p>
        </div>
      </div>
    </div>
  );
}
