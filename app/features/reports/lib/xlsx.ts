// The report's Excel appendix: every task of the plan as of the cut-off, with
// Vietnamese headers, and a second sheet with the figures per reform area.
// Text goes in as plain strings in text-formatted cells, never as formulas, and
// text that a spreadsheet would read as a formula is prefixed with an
// apostrophe, so nothing typed into a task can run in someone's spreadsheet.
// exceljs is loaded on demand, so it stays out of the first bundle; no React,
// no browser dependency (tests run it in Node).
import {
  areaFigures,
  dmy,
  evidenceText,
  issuerHeader,
  percentVi,
  reportSubjectVi,
  STATUS_VI,
  TIMELINESS_VI,
  wholeFigures,
  type ReportDocumentInput,
} from '../../../lib/report-model';

import { loadExcel, putText, safeText } from '../../../lib/spreadsheet';

export { safeText };

export const APPENDIX_HEADERS = [
  'STT',
  'Lĩnh vực',
  'Nhiệm vụ',
  'Đơn vị chủ trì',
  'Thời hạn',
  'Trạng thái',
  'Tiến độ so với thời hạn',
  'Ngày hoàn thành',
  'Minh chứng (số, ký hiệu văn bản)',
];

export async function buildReportXlsx({ report, data }: ReportDocumentInput): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = data.plan.issuer;
  workbook.created = new Date(data.computed_at);
  workbook.title = `Phụ lục - Báo cáo ${reportSubjectVi(report.period, report.year)}`;

  type Sheet = ReturnType<typeof workbook.addWorksheet>;
  const areaName = new Map(data.areas.map((a) => [a.id, a.name_vi]));
  const issuer = issuerHeader(data.plan.issuer);
  const docRef = report.doc_number
    ? `(Kèm theo Báo cáo số ${report.doc_number} ngày ${dmy(report.doc_date)} của ${data.plan.issuer})`
    : `(Kèm theo dự thảo Báo cáo ${reportSubjectVi(report.period, report.year).toLowerCase()} — số liệu tạm tính)`;

  const title = (sheet: Sheet, lines: Array<[string, { bold?: boolean; italic?: boolean }]>, width: number) => {
    lines.forEach(([text, font], i) => {
      sheet.mergeCells(i + 1, 1, i + 1, width);
      const c = sheet.getCell(i + 1, 1);
      putText(c, text);
      c.font = { name: 'Times New Roman', size: 13, ...font };
      c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
  };
  const border = { style: 'thin' as const };
  const boxed = { top: border, left: border, bottom: border, right: border };
  const text = (cell: ReturnType<Sheet['getCell']>, value: string | null | undefined) => {
    cell.numFmt = '@';
    putText(cell, value);
  };
  const date = (cell: ReturnType<Sheet['getCell']>, iso: string | null) => {
    if (!iso) return;
    const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
    cell.value = new Date(Date.UTC(y!, m! - 1, d!));
    cell.numFmt = 'dd/mm/yyyy';
  };

  // ---------------------------------------------------------------- sheet 1: every task
  const sheet = workbook.addWorksheet('Phụ lục nhiệm vụ', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  title(sheet, [
    ['PHỤ LỤC', { bold: true }],
    [`DANH MỤC NHIỆM VỤ VÀ KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ ${data.plan.doc_number} ĐẾN NGÀY ${dmy(data.as_of)}`, { bold: true }],
    [docRef, { italic: true }],
  ], APPENDIX_HEADERS.length);
  sheet.getRow(2).height = 33;
  const headerRow = sheet.getRow(5);
  APPENDIX_HEADERS.forEach((h, i) => {
    const c = headerRow.getCell(i + 1);
    putText(c, h);
    c.font = { name: 'Times New Roman', size: 12, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = boxed;
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF3' } };
  });
  headerRow.height = 33;
  sheet.columns = [
    { width: 7 }, { width: 26 }, { width: 60 }, { width: 24 }, { width: 12 }, { width: 16 }, { width: 24 }, { width: 14 }, { width: 34 },
  ];

  data.tasks.forEach((task, i) => {
    const row = sheet.getRow(6 + i);
    text(row.getCell(1), task.ordinal);
    text(row.getCell(2), areaName.get(task.area_id) ?? String(task.area_id));
    text(row.getCell(3), task.title);
    text(row.getCell(4), task.lead_unit_name);
    date(row.getCell(5), task.deadline);
    text(row.getCell(6), STATUS_VI[task.status]);
    text(
      row.getCell(7),
      task.timeliness === 'open_overdue' || task.timeliness === 'done_late'
        ? `${TIMELINESS_VI[task.timeliness]} (${task.days_late} ngày)`
        : TIMELINESS_VI[task.timeliness],
    );
    date(row.getCell(8), task.completed_on);
    text(row.getCell(9), task.evidence.map(evidenceText).filter(Boolean).join('; '));
    for (let col = 1; col <= APPENDIX_HEADERS.length; col += 1) {
      const c = row.getCell(col);
      c.font = { name: 'Times New Roman', size: 12 };
      c.border = boxed;
      c.alignment = { vertical: 'top', wrapText: true, horizontal: [1, 5, 8].includes(col) ? 'center' : 'left' };
    }
  });
  sheet.views = [{ state: 'frozen', ySplit: 5 }];
  sheet.autoFilter = { from: { row: 5, column: 1 }, to: { row: 5 + data.tasks.length, column: APPENDIX_HEADERS.length } };

  // ---------------------------------------------------------------- sheet 2: figures per area
  const totals = workbook.addWorksheet('Tổng hợp theo lĩnh vực', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true } });
  const heads = ['TT', 'Lĩnh vực', 'Tổng số nhiệm vụ', 'Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Chưa hoàn thành, trong hạn', 'Chưa hoàn thành, quá hạn', 'Đã hủy (không tính)', 'Tỷ lệ hoàn thành'];
  title(totals, [
    [`${issuer.lines.join(' ')} — KẾT QUẢ THỰC HIỆN THEO LĨNH VỰC ĐẾN NGÀY ${dmy(data.as_of)}`, { bold: true }],
    [docRef, { italic: true }],
  ], heads.length);
  totals.getRow(1).height = 33;
  totals.columns = [{ width: 6 }, { width: 48 }, { width: 12 }, { width: 13 }, { width: 13 }, { width: 14 }, { width: 14 }, { width: 12 }, { width: 12 }];
  const th = totals.getRow(4);
  heads.forEach((h, i) => {
    const c = th.getCell(i + 1);
    putText(c, h);
    c.font = { name: 'Times New Roman', size: 12, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = boxed;
  });
  th.height = 48;
  const rows = [...areaFigures(data).map((f) => ({ ...f, label: f.name_vi, tt: String(f.area_id) })), { ...wholeFigures(data.figures), label: 'Tổng cộng', tt: '' }];
  rows.forEach((f, i) => {
    const row = totals.getRow(5 + i);
    text(row.getCell(1), f.tt);
    text(row.getCell(2), f.label);
    [f.total, f.done_on_time, f.done_late, f.open_not_due, f.open_overdue, f.cancelled].forEach((n, j) => {
      row.getCell(3 + j).value = n;
    });
    text(row.getCell(9), percentVi(f.done, f.total));
    for (let col = 1; col <= heads.length; col += 1) {
      const c = row.getCell(col);
      c.font = { name: 'Times New Roman', size: 12, bold: i === rows.length - 1 };
      c.border = boxed;
      c.alignment = { vertical: 'middle', wrapText: true, horizontal: col === 2 ? 'left' : 'center' };
    }
  });

  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
