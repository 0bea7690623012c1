// The downloadable template for a plan's task appendix: an Excel workbook
// (the columns, three example rows, and a sheet listing the areas, units and
// cadences the import recognises) or the same columns as CSV.
import { loadExcel, putRow, putText, writeCsv } from '../../../lib/spreadsheet';
import { FIELDS, TEMPLATE_HEADERS, type Field } from './columns';
import type { AreaRef, UnitRef } from './match';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const CADENCE_LABELS = ['(để trống): một lần', 'Hằng tháng', 'Hằng quý', '6 tháng', 'Hằng năm'];

function pickUnit(units: readonly UnitRef[], code: string, fallback: number): UnitRef | undefined {
  const active = units.filter((u) => u.is_active);
  return active.find((u) => u.code === code) ?? active[fallback] ?? active[0];
}

/** Example rows (texts as a person would type them) for the template. */
export function exampleRows(units: readonly UnitRef[], year: number): Array<Record<Field, string>> {
  const justice = pickUnit(units, 'STP', 0);
  const office = pickUnit(units, 'VP-UBND', 1);
  const interior = pickUnit(units, 'SNV', 2);
  return [
    {
      ordinal: '1.1',
      area: '1',
      title: 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành',
      expected_output: 'Quyết định công bố của Chủ tịch UBND tỉnh',
      lead_unit: justice?.code ?? '',
      coordinators: office?.code ?? '',
      start_date: `02/01/${year}`,
      due_date: `31/03/${year}`,
      cadence: '',
    },
    {
      ordinal: '2.1',
      area: 'Cải cách thủ tục hành chính',
      title: 'Rà soát, đánh giá thủ tục hành chính; đề xuất phương án cắt giảm, đơn giản hóa',
      expected_output: 'Quyết định phê duyệt phương án đơn giản hóa',
      lead_unit: office?.name ?? '',
      coordinators: [justice?.code, interior?.code].filter(Boolean).join('; '),
      start_date: `01/02/${year}`,
      due_date: `30/09/${year}`,
      cadence: '',
    },
    {
      ordinal: '4.1',
      area: '4',
      title: 'Kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại các cơ quan, đơn vị',
      expected_output: 'Báo cáo kết quả kiểm tra',
      lead_unit: interior?.code ?? '',
      coordinators: '',
      start_date: `02/01/${year}`,
      due_date: `15/12/${year}`,
      cadence: 'Hằng quý',
    },
  ];
}

export async function templateCsv(units: readonly UnitRef[], year: number): Promise<string> {
  return writeCsv([FIELDS.map((f) => TEMPLATE_HEADERS[f]), ...exampleRows(units, year).map((row) => FIELDS.map((f) => row[f]))]);
}

const WIDTHS: Record<Field, number> = {
  ordinal: 7,
  area: 16,
  title: 55,
  expected_output: 30,
  lead_unit: 24,
  coordinators: 28,
  start_date: 14,
  due_date: 14,
  cadence: 12,
};

export async function templateWorkbook(areas: readonly AreaRef[], units: readonly UnitRef[], year: number): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Theo dõi CCHC';
  const ws = wb.addWorksheet('Phụ lục nhiệm vụ', { views: [{ state: 'frozen', ySplit: 4 }] });
  ws.columns = FIELDS.map((f) => ({ key: f, width: WIDTHS[f] }));
  const last = String.fromCharCode(64 + FIELDS.length);

  ws.mergeCells(`A1:${last}1`);
  putText(ws.getCell('A1'), `DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM ${year}`);
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.mergeCells(`A2:${last}2`);
  putText(ws.getCell('A2'), '(Kèm theo Kế hoạch số       /KH-UBND ngày     /     /       của Ủy ban nhân dân tỉnh)');
  ws.getCell('A2').font = { italic: true };
  ws.getCell('A2').alignment = { horizontal: 'center' };

  const header = ws.getRow(4);
  FIELDS.forEach((f, i) => {
    const cell = header.getCell(i + 1);
    putText(cell, TEMPLATE_HEADERS[f]);
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2DCDB' } };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
  header.height = 32;
  exampleRows(units, year).forEach((row, r) => {
    const excelRow = ws.getRow(5 + r);
    FIELDS.forEach((f, i) => {
      const cell = excelRow.getCell(i + 1);
      putText(cell, row[f]);
      cell.alignment = { vertical: 'top', wrapText: true };
    });
  });
  // Ordinals such as 1.10 stay text, not numbers.
  ws.getColumn(1).numFmt = '@';

  const help = wb.addWorksheet('Danh mục');
  help.columns = [{ width: 14 }, { width: 60 }];
  const line = (values: Array<string | number | null>) => putRow(help.addRow([]), values);
  line(['Hướng dẫn']).font = { bold: true };
  line(['', 'Mỗi dòng là một nhiệm vụ; giữ nguyên dòng tiêu đề cột. Ngày ghi dd/mm/yyyy.']);
  line(['', 'Đơn vị phối hợp: nhiều đơn vị cách nhau bằng dấu ; hoặc dấu phẩy.']);
  line([]);
  line(['Lĩnh vực', 'Tên lĩnh vực']).font = { bold: true };
  for (const area of areas) line([area.id, area.name_vi]);
  line([]);
  line(['Mã đơn vị', 'Tên đơn vị']).font = { bold: true };
  for (const unit of units.filter((u) => u.is_active)) line([unit.code, unit.name]);
  line([]);
  line(['Tần suất', CADENCE_LABELS.join('; ')]).font = { bold: true };

  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}
