// The report as a Word document laid out like a Vietnamese administrative
// document (Decree 30/2020/NĐ-CP): the two-column header (issuing body and
// national motto, each with a short rule under it), number and place/date
// line, the title, the body in Times New Roman 14 pt on A4 with the decree's
// margins, the figures table, then "Nơi nhận" and the signature block.
// `docx` is loaded on demand, so it stays out of the first bundle; this module
// has no React and no browser dependency (tests run it in Node).
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

const MM = 56.7; // twips per millimetre
const PAGE = { width: 11906, height: 16838 }; // A4
const MARGIN = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const FONT = 'Times New Roman';
const pt = (size: number) => size * 2; // docx sizes are half-points

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

export async function buildReportDocx({ report, data }: ReportDocumentInput): Promise<ArrayBuffer> {
  const d = await import('docx');
  const {
    AlignmentType, BorderStyle, Document, Header, LineRuleType, Packer, PageNumber, Paragraph, Table, TableCell,
    TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType,
  } = d;

  type Run = InstanceType<typeof TextRun>;
  const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
  const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

  const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}): Run =>
    new TextRun({ text, font: FONT, bold: o.bold, italics: o.italics, size: pt(o.size ?? 14) });

  const centred = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; before?: number; after?: number } = {}) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: o.before ?? 0, after: o.after ?? 0 },
      children: [run(text, o)],
    });

  /** A short horizontal rule of `width` twips, centred in a space of `space` twips. */
  const rule = (width: number, space: number, before = 20) => {
    const side = Math.max(0, Math.round((space - width) / 2));
    return new Paragraph({
      indent: { left: side, right: side },
      border: { bottom: { ...LINE, space: 1 } },
      spacing: { before, after: 0, line: 240, lineRule: LineRuleType.AUTO },
      run: { size: 4 },
      children: [],
    });
  };

  const body = (text: string, o: { bold?: boolean; italics?: boolean; indent?: boolean } = {}) =>
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: o.indent === false ? undefined : { firstLine: Math.round(10 * MM) },
      spacing: { before: 0, after: 120, line: 288, lineRule: LineRuleType.AUTO },
      children: [run(text, { bold: o.bold, italics: o.italics })],
    });

  const heading = (text: string) =>
    new Paragraph({
      indent: { firstLine: Math.round(10 * MM) },
      spacing: { before: 120, after: 120 },
      keepNext: true,
      children: [run(text, { bold: true })],
    });

  const narrative = (text: string | null | undefined, fallback = '…') => {
    const lines = narrativeParagraphs(text);
    return (lines.length ? lines : [fallback]).map((line) => body(line));
  };

  const issuer = issuerHeader(data.plan.issuer);
  const subject = reportSubjectVi(report.period, report.year);
  const whole = wholeFigures(data.figures);
  const isDraft = report.status === 'draft';

  // ---------------------------------------------------------------- header block
  const LEFT = Math.round(TEXT_WIDTH * 0.4);
  const RIGHT = TEXT_WIDTH - LEFT;
  const cell = (width: number, children: InstanceType<typeof Paragraph>[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS, children });
  const headerTable = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(LEFT, [
            ...issuer.lines.map((line) => centred(line, { bold: true, size: 13 })),
            rule(Math.round(LEFT * 0.35), LEFT),
          ]),
          cell(RIGHT, [
            centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 12.5 }),
            centred('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 13.5 }),
            rule(Math.round(RIGHT * 0.58), RIGHT),
          ]),
        ],
      }),
      new TableRow({
        children: [
          cell(LEFT, [centred(`Số: ${report.doc_number ?? '      /BC-UBND'}`, { size: 13, before: 120 })]),
          cell(RIGHT, [centred(placeDateLineVi(issuer.place, report.doc_date), { italics: true, size: 14, before: 120 })]),
        ],
      }),
    ],
  });

  // ---------------------------------------------------------------- figures table
  const COLS = [520, 2835, 1000, 1000, 1000, 1000, 1000, 1000];
  COLS[1] = TEXT_WIDTH - COLS.reduce((s, w, i) => (i === 1 ? s : s + w), 0);
  // Every row but the last keeps with the next, so the table stays on one page.
  const tcell = (text: string, width: number, o: { bold?: boolean; align?: 'left' | 'center'; last?: boolean } = {}) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 40, bottom: 40, left: 60, right: 60 },
      children: [
        new Paragraph({
          keepNext: !o.last,
          alignment: o.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
          children: [run(text, { bold: o.bold, size: 12 })],
        }),
      ],
    });
  const headerCells = ['TT', 'Lĩnh vực', 'Tổng số nhiệm vụ', 'Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Chưa hoàn thành, trong hạn', 'Chưa hoàn thành, quá hạn', 'Tỷ lệ hoàn thành'];
  const rowCells = (f: { total: number; done: number; done_on_time: number; done_late: number; open_not_due: number; open_overdue: number }) => [
    String(f.total), String(f.done_on_time), String(f.done_late), String(f.open_not_due), String(f.open_overdue), percentVi(f.done, f.total),
  ];
  const figuresTable = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: COLS,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: headerCells.map((h, i) => tcell(h, COLS[i]!, { bold: true })) }),
      ...areaFigures(data).map(
        (f) =>
          new TableRow({
            cantSplit: true,
            children: [String(f.area_id), f.name_vi, ...rowCells(f)].map((text, i) => tcell(text, COLS[i]!, { align: i === 1 ? 'left' : 'center' })),
          }),
      ),
      new TableRow({
        cantSplit: true,
        children: ['', 'Tổng cộng', ...rowCells(whole)].map((text, i) => tcell(text, COLS[i]!, { bold: true, last: true, align: i === 1 ? 'left' : 'center' })),
      }),
    ],
  });

  // ---------------------------------------------------------------- closing block
  const recipients = narrativeParagraphs(report.recipients).map((line) => (line.startsWith('-') ? line : `- ${line}`));
  const signLines = signatureLinesVi(issuer.body, report.signer_title);
  const closingTable = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [Math.round(TEXT_WIDTH * 0.5), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.5)],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(Math.round(TEXT_WIDTH * 0.5), [
            new Paragraph({ spacing: { before: 120 }, children: [run('Nơi nhận:', { bold: true, italics: true, size: 12 })] }),
            ...recipients.map((line) => new Paragraph({ children: [run(line, { size: 11 })] })),
          ]),
          cell(TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.5), [
            ...signLines.map((line, i) => centred(line, { bold: true, size: 14, before: i === 0 ? 120 : 0 })),
            ...(isDraft ? [centred('(Dự thảo, chưa ký)', { italics: true, size: 13, before: 240 })] : []),
            centred(report.signer_name ?? '', { bold: true, size: 14, before: isDraft ? 960 : 1560 }),
          ]),
        ],
      }),
    ],
  });

  // ---------------------------------------------------------------- body
  const children: Array<InstanceType<typeof Paragraph> | InstanceType<typeof Table>> = [
    headerTable,
    centred('BÁO CÁO', { bold: true, size: 14, before: 360 }),
    centred(subject, { bold: true, size: 14 }),
    rule(Math.round(TEXT_WIDTH * 0.3), TEXT_WIDTH, 60),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
    body(
      `Thực hiện Kế hoạch số ${data.plan.doc_number}${data.plan.issued_on ? ` ngày ${dmy(data.plan.issued_on)}` : ''} của ${data.plan.issuer} về ${data.plan.title.replace(/^Kế hoạch\s+/i, '')}, ${data.plan.issuer} báo cáo ${subject.charAt(0).toLowerCase()}${subject.slice(1)} (số liệu tính từ ngày ${dmy(data.data_from)} đến ngày ${dmy(data.data_to)}) như sau:`,
    ),
    heading(`${ROMAN[0]}. TÌNH HÌNH THỰC HIỆN KẾ HOẠCH`),
    body(
      `Tính đến ngày ${dmy(data.as_of)}, ${headlineVi(whole)}; ${whole.done_on_time} nhiệm vụ hoàn thành đúng hạn, ${whole.done_late} nhiệm vụ hoàn thành quá hạn; ${whole.open_not_due} nhiệm vụ chưa hoàn thành, còn trong hạn; ${whole.open_overdue} nhiệm vụ chưa hoàn thành, quá hạn (chiếm ${percentVi(whole.open_overdue, whole.total)}).`,
      { bold: true },
    ),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 60, after: 80 },
      keepNext: true,
      children: [run(`Bảng 1. Kết quả thực hiện nhiệm vụ theo lĩnh vực (đến ngày ${dmy(data.as_of)})`, { bold: true, size: 13 })],
    }),
    figuresTable,
    new Paragraph({ spacing: { after: 120 }, children: [] }),
    ...narrative(report.overview),
    ...(comparisonSentenceVi(data) ? [body(comparisonSentenceVi(data)!)] : []),
    heading(`${ROMAN[1]}. KẾT QUẢ THỰC HIỆN THEO TỪNG LĨNH VỰC`),
    ...areaFigures(data).flatMap((area) => [
      heading(`${area.area_id}. ${area.name_vi}`),
      ...narrative(areaNarrative(report, area.area_id!), `${headlineVi(area).replace(/^đ/, 'Đ')}.`),
    ]),
    heading(`${ROMAN[2]}. TỒN TẠI, HẠN CHẾ`),
    ...narrative(report.shortcomings),
    heading(`${ROMAN[3]}. ĐỀ XUẤT, KIẾN NGHỊ`),
    ...narrative(report.proposals),
    body(`Trên đây là báo cáo ${subject.charAt(0).toLowerCase()}${subject.slice(1)} của ${data.plan.issuer}./.`),
    closingTable,
  ];

  const pageNumberHeader = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })],
      }),
    ],
  });
  const firstHeader = new Header({
    children: isDraft
      ? [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run('DỰ THẢO', { bold: true, size: 12 })] })]
      : [new Paragraph({ children: [] })],
  });

  const doc = new Document({
    creator: data.plan.issuer,
    title: `Báo cáo ${subject}`,
    description: `Báo cáo số ${report.doc_number ?? '(dự thảo)'}; số liệu đến ngày ${dmy(data.as_of)}`,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGIN, header: Math.round(10 * MM), footer: Math.round(10 * MM) },
          },
        },
        headers: { default: pageNumberHeader, first: firstHeader },
        children,
      },
    ],
  });
  return Packer.toArrayBuffer(doc);
}
