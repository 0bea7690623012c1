// The appendix of the decision that publishes a year's CCHC index results:
// the ranking with bands (self-assessed, appraised, survey points, total,
// band, rank, last year) and the average per area, as a Word document laid
// out like the periodic report (Decree 30/2020/NĐ-CP header, Times New Roman,
// A4 landscape for the wide table) and as an Excel workbook.  `docx` and
// `exceljs` (the libraries the periodic report uses) load on demand; no React,
// no browser dependency, so tests build the files in Node.
import { dmy, issuerHeader, placeDateLineVi } from '../../../lib/report-model';
import { loadExcel, putText } from '../../../lib/spreadsheet';
import { numberFormat } from '../../../lib/format';

export interface ResultsInput {
  set: {
    year: number;
    target: 'departments' | 'communes' | 'province';
    name: string;
    decision_doc: string | null;
    status: string;
    published_at: string | null;
    good_min: number;
    fair_min: number;
    average_min: number;
  };
  issuer: string;
  ranking: Array<{
    unit_code: string;
    unit_name: string;
    self_total: number | null;
    final_total: number | null;
    survey_total: number | null;
    max_total: number | null;
    band: string | null;
    rank: number | null;
    last_year_total: number | null;
  }>;
  areas: Array<{ code: string; title: string; max_points: number; avg_self: number | null; avg_final: number | null }>;
}

export const BAND_VI: Record<string, string> = { good: 'Tốt', fair: 'Khá', average: 'Trung bình', weak: 'Yếu' };
const TARGET_VI = {
  departments: 'các sở, ban, ngành',
  communes: 'Ủy ban nhân dân các xã, phường',
  province: 'tỉnh',
} as const;

/** 64,75 — points with up to two decimals and a decimal comma; empty for none. */
export function pointsVi(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return numberFormat('vi', 2).format(Number(value));
}

export function resultsTitleVi(input: Pick<ResultsInput, 'set'>): string {
  return `Kết quả xác định Chỉ số cải cách hành chính năm ${input.set.year} của ${TARGET_VI[input.set.target]}`;
}

export function attachedToVi(input: Pick<ResultsInput, 'set'>): string {
  const s = input.set;
  if (s.status !== 'published') return '(Số liệu tạm tính, chưa công bố)';
  return s.decision_doc
    ? `(Kèm theo Quyết định số ${s.decision_doc} ngày ${dmy(s.published_at)} của Ủy ban nhân dân tỉnh)`
    : `(Công bố ngày ${dmy(s.published_at)})`;
}

export const RANKING_HEADERS = [
  'STT',
  'Đơn vị',
  'Điểm tự đánh giá',
  'Điểm thẩm định',
  'Điểm khảo sát',
  'Tổng điểm',
  'Điểm tối đa',
  'Xếp loại',
  'Xếp hạng',
  'Năm trước',
  'Tăng/giảm',
] as const;

export function rankingCells(row: ResultsInput['ranking'][number], index: number): string[] {
  const appraised = row.final_total !== null ? Number(row.final_total) - Number(row.survey_total ?? 0) : null;
  const change =
    row.final_total !== null && row.last_year_total !== null ? Number(row.final_total) - Number(row.last_year_total) : null;
  return [
    String(index + 1),
    row.unit_name,
    pointsVi(row.self_total),
    pointsVi(appraised),
    pointsVi(row.survey_total),
    pointsVi(row.final_total),
    pointsVi(row.max_total),
    row.band ? (BAND_VI[row.band] ?? row.band) : '',
    row.rank !== null ? String(row.rank) : '',
    pointsVi(row.last_year_total),
    change === null ? '' : `${change > 0 ? '+' : ''}${pointsVi(change)}`,
  ];
}

export function resultsFileName(kind: 'docx' | 'xlsx', input: Pick<ResultsInput, 'set'>): string {
  return `ket-qua-chi-so-cchc-${input.set.target}-${input.set.year}.${kind}`;
}

export async function buildResultsDocx(input: ResultsInput): Promise<ArrayBuffer> {
  const d = await import('docx');
  const { AlignmentType, BorderStyle, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } = d;
  const MM = 56.7;
  // A4 landscape: the ranking has eleven columns
  const PAGE = { width: 16838, height: 11906 };
  const MARGIN = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) };
  const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
  const FONT = 'Times New Roman';
  const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
  const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
    new TextRun({ text, font: FONT, bold: o.bold, italics: o.italics, size: (o.size ?? 14) * 2 });
  const centred = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; before?: number; after?: number } = {}) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: o.before ?? 0, after: o.after ?? 0 }, children: [run(text, o)] });
  const rule = (width: number, space: number) => {
    const side = Math.max(0, Math.round((space - width) / 2));
    return new Paragraph({ indent: { left: side, right: side }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } }, run: { size: 4 }, children: [] });
  };

  const issuer = issuerHeader(input.issuer);
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
          cell(LEFT, [...issuer.lines.map((line) => centred(line, { bold: true, size: 13 })), rule(Math.round(LEFT * 0.35), LEFT)]),
          cell(RIGHT, [
            centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 12.5 }),
            centred('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 13.5 }),
            rule(Math.round(RIGHT * 0.45), RIGHT),
          ]),
        ],
      }),
      new TableRow({
        children: [
          cell(LEFT, []),
          cell(RIGHT, [centred(placeDateLineVi(issuer.place, input.set.published_at), { italics: true, size: 14, before: 120 })]),
        ],
      }),
    ],
  });

  const tcell = (text: string, width: number, o: { bold?: boolean; left?: boolean } = {}) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 40, bottom: 40, left: 60, right: 60 },
      children: [new Paragraph({ alignment: o.left ? AlignmentType.LEFT : AlignmentType.CENTER, children: [run(text, { bold: o.bold, size: 12 })] })],
    });
  const table = (headers: readonly string[], widths: number[], rows: string[][], leftColumn: number) =>
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [
        new TableRow({ tableHeader: true, children: headers.map((h, i) => tcell(h, widths[i]!, { bold: true })) }),
        ...rows.map((cells) => new TableRow({ cantSplit: true, children: cells.map((c, i) => tcell(c, widths[i]!, { left: i === leftColumn })) })),
      ],
    });
  const rankWidths = [600, 0, 1100, 1100, 1000, 1000, 900, 1000, 900, 1000, 1000];
  rankWidths[1] = TEXT_WIDTH - rankWidths.reduce((s, w) => s + w, 0);
  const areaWidths = [700, 0, 1400, 1800, 1800];
  areaWidths[1] = TEXT_WIDTH - areaWidths.reduce((s, w) => s + w, 0);

  const s = input.set;
  const children = [
    headerTable,
    centred('PHỤ LỤC', { bold: true, before: 360 }),
    centred(resultsTitleVi(input).toLocaleUpperCase('vi-VN'), { bold: true }),
    centred(attachedToVi(input), { italics: true, after: 240 }),
    new Paragraph({ spacing: { after: 120 }, children: [run('I. BẢNG XẾP HẠNG', { bold: true })] }),
    table(RANKING_HEADERS, rankWidths, input.ranking.map(rankingCells), 1),
    new Paragraph({
      spacing: { before: 120, after: 240 },
      children: [
        run(
          `Xếp loại: Tốt từ ${pointsVi(s.good_min)} điểm; Khá từ ${pointsVi(s.fair_min)} đến dưới ${pointsVi(s.good_min)} điểm; Trung bình từ ${pointsVi(s.average_min)} đến dưới ${pointsVi(s.fair_min)} điểm; Yếu dưới ${pointsVi(s.average_min)} điểm.`,
          { italics: true, size: 12 },
        ),
      ],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [run('II. ĐIỂM BÌNH QUÂN THEO LĨNH VỰC', { bold: true })] }),
    table(
      ['TT', 'Lĩnh vực', 'Điểm tối đa', 'Bình quân tự đánh giá', 'Bình quân sau thẩm định'],
      areaWidths,
      input.areas.map((a) => [a.code, a.title, pointsVi(a.max_points), pointsVi(a.avg_self), pointsVi(a.avg_final)]),
      1,
    ),
  ];

  const doc = new Document({
    creator: input.issuer,
    title: resultsTitleVi(input),
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.height, height: PAGE.width, orientation: PageOrientation.LANDSCAPE },
            margin: { ...MARGIN, header: Math.round(10 * MM), footer: Math.round(10 * MM) },
          },
        },
        children,
      },
    ],
  });
  return Packer.toArrayBuffer(doc);
}

export async function buildResultsXlsx(input: ResultsInput): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = input.issuer;
  workbook.created = input.set.published_at ? new Date(input.set.published_at) : new Date();
  workbook.title = resultsTitleVi(input);
  const border = { style: 'thin' as const };
  const boxed = { top: border, left: border, bottom: border, right: border };

  const sheetWith = (name: string, headers: readonly string[], widths: number[], rows: Array<Array<string | number | null>>) => {
    const sheet = workbook.addWorksheet(name);
    const titles = [resultsTitleVi(input), attachedToVi(input)];
    titles.forEach((text, i) => {
      sheet.mergeCells(i + 1, 1, i + 1, headers.length);
      const c = sheet.getCell(i + 1, 1);
      putText(c, text);
      c.font = { name: 'Times New Roman', size: 13, bold: i === 0, italic: i === 1 };
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
    const headerRow = sheet.getRow(4);
    headers.forEach((h, i) => {
      const c = headerRow.getCell(i + 1);
      putText(c, h);
      c.font = { name: 'Times New Roman', bold: true };
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      c.border = boxed;
    });
    rows.forEach((values, r) => {
      const row = sheet.getRow(5 + r);
      values.forEach((v, i) => {
        const c = row.getCell(i + 1);
        if (typeof v === 'number') {
          c.value = v;
          c.numFmt = '0.00';
        } else {
          c.numFmt = '@';
          putText(c, v);
        }
        c.font = { name: 'Times New Roman' };
        c.border = boxed;
        c.alignment = { vertical: 'top', wrapText: i === 1 };
      });
    });
    widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
    sheet.views = [{ state: 'frozen', ySplit: 4 }];
    return sheet;
  };

  const num = (v: number | null | undefined) => (v === null || v === undefined ? null : Number(v));
  sheetWith(
    'Xếp hạng',
    RANKING_HEADERS,
    [6, 42, 12, 12, 12, 12, 12, 12, 10, 12, 12],
    input.ranking.map((r, i) => [
      i + 1,
      r.unit_name,
      num(r.self_total),
      r.final_total !== null ? Number(r.final_total) - Number(r.survey_total ?? 0) : null,
      num(r.survey_total),
      num(r.final_total),
      num(r.max_total),
      r.band ? (BAND_VI[r.band] ?? r.band) : null,
      r.rank,
      num(r.last_year_total),
      r.final_total !== null && r.last_year_total !== null ? Number(r.final_total) - Number(r.last_year_total) : null,
    ]),
  );
  sheetWith(
    'Theo lĩnh vực',
    ['TT', 'Lĩnh vực', 'Điểm tối đa', 'Bình quân tự đánh giá', 'Bình quân sau thẩm định'],
    [6, 60, 12, 18, 18],
    input.areas.map((a) => [a.code, a.title, num(a.max_points), num(a.avg_self), num(a.avg_final)]),
  );
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
