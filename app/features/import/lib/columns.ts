// The columns of a plan's task appendix, as the template writes them and as
// the parser recognises them in files people already have.
import { matchKey } from './text';

export const FIELDS = [
  'ordinal',
  'area',
  'title',
  'expected_output',
  'lead_unit',
  'coordinators',
  'start_date',
  'due_date',
  'cadence',
] as const;
export type Field = (typeof FIELDS)[number];

/** Header texts of the template, in column order (Vietnamese, as the files are). */
export const TEMPLATE_HEADERS: Record<Field, string> = {
  ordinal: 'STT',
  area: 'Lĩnh vực (1–6 hoặc tên)',
  title: 'Nhiệm vụ',
  expected_output: 'Sản phẩm',
  lead_unit: 'Đơn vị chủ trì',
  coordinators: 'Đơn vị phối hợp',
  start_date: 'Ngày bắt đầu',
  due_date: 'Thời hạn (dd/mm/yyyy)',
  cadence: 'Tần suất',
};

/** Other ways people head the same column (compared by matchKey). */
const ALIASES: Record<Field, readonly string[]> = {
  ordinal: ['stt', 'tt', 'sothutu', 'sott'],
  area: ['linhvuc', 'linhvuccaicach', 'area'],
  title: ['nhiemvu', 'noidung', 'noidungnhiemvu', 'tennhiemvu', 'noidungcongviec', 'congviec', 'task', 'title'],
  expected_output: ['sanpham', 'ketqua', 'sanphamdaura', 'ketquasanpham', 'hinhthucsanpham', 'output', 'expectedoutput'],
  lead_unit: ['donvichutri', 'chutri', 'coquanchutri', 'donvithuchien', 'coquanthuchien', 'leadunit', 'lead'],
  coordinators: ['donviphoihop', 'phoihop', 'coquanphoihop', 'coordinators', 'coordinatingunits'],
  start_date: ['ngaybatdau', 'batdau', 'thoigianbatdau', 'tungay', 'start', 'startdate'],
  due_date: ['thoihan', 'thoihanhoanthanh', 'hanhoanthanh', 'thoigianhoanthanh', 'ngayhoanthanh', 'denngay', 'ketthuc', 'hoanthanh', 'due', 'duedate'],
  cadence: ['tansuat', 'chuky', 'dinhky', 'tansuatthuchien', 'cadence'],
};

/** The field a header cell names, or null.  Long aliases also match as a prefix ("Thời hạn (dd/mm/yyyy)"). */
export function headerField(text: string): Field | null {
  const key = matchKey(text);
  if (!key) return null;
  let best: { field: Field; length: number } | null = null;
  for (const field of FIELDS) {
    for (const alias of ALIASES[field]) {
      const hit = key === alias || (alias.length >= 5 && key.startsWith(alias));
      if (hit && (!best || alias.length > best.length)) best = { field, length: alias.length };
    }
  }
  return best?.field ?? null;
}

/** Columns the file must have. */
export const REQUIRED: readonly Field[] = ['ordinal', 'title', 'lead_unit'];
