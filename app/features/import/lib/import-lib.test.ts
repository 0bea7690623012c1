import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerField } from './columns';
import { INVALID, isoFromSerial, readDate } from './dates';
import { matchArea, matchCadence, matchUnit, type AreaRef, type UnitRef } from './match';
import { parseAppendix, type Cell } from './parse-appendix';
import { readCsv, readWorkbook } from './read-file';
import { matchKey } from './text';
import { checkRows, toPayload } from './validate';

const fixtures = path.resolve(__dirname, '../../../../e2e/fixtures');
const fixture = (name: string) => {
  const buf = readFileSync(path.join(fixtures, name));
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
};

const AREAS: AreaRef[] = [
  { id: 1, code: 'institutions', name_vi: 'Cải cách thể chế', name_en: 'Institutional reform' },
  { id: 2, code: 'procedures', name_vi: 'Cải cách thủ tục hành chính', name_en: 'Administrative procedure reform' },
  { id: 3, code: 'apparatus', name_vi: 'Cải cách tổ chức bộ máy hành chính nhà nước', name_en: 'Reform of the state administrative apparatus' },
  { id: 4, code: 'civil_service', name_vi: 'Cải cách chế độ công vụ', name_en: 'Civil service reform' },
  { id: 5, code: 'public_finance', name_vi: 'Cải cách tài chính công', name_en: 'Public finance reform' },
  { id: 6, code: 'digital_government', name_vi: 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', name_en: 'E-government and digital government' },
];
const unit = (code: string, name: string, short_name: string | null = null, is_active = true): UnitRef => ({ id: `id-${code}`, code, name, short_name, is_active });
const UNITS: UnitRef[] = [
  unit('VP-UBND', 'Văn phòng Ủy ban nhân dân tỉnh', 'Văn phòng UBND tỉnh'),
  unit('SNV', 'Sở Nội vụ', 'Sở Nội vụ'),
  unit('STP', 'Sở Tư pháp', 'Sở Tư pháp'),
  unit('STTTT', 'Sở Thông tin và Truyền thông', 'Sở TT&TT'),
  unit('STC', 'Sở Tài chính', 'Sở Tài chính'),
  unit('SGDDT', 'Sở Giáo dục và Đào tạo', 'Sở GD&ĐT'),
  unit('SYT', 'Sở Y tế', 'Sở Y tế'),
  unit('TTRA', 'Thanh tra tỉnh', 'Thanh tra tỉnh'),
  unit('TTPVHCC', 'Trung tâm Phục vụ hành chính công tỉnh', 'TT Phục vụ HCC'),
  unit('UBND-TP', 'Ủy ban nhân dân thành phố Bình An', 'UBND TP Bình An'),
  unit('UBND-DS', 'Ủy ban nhân dân huyện Đông Sơn', 'UBND huyện Đông Sơn'),
  unit('SDL', 'Sở Du lịch', null, false),
  // Today's units the appendix fixtures name (after the 2025 mergers).
  unit('SKHCN', 'Sở Khoa học và Công nghệ', 'Sở KH&CN'),
  unit('UBND-BINHAN', 'Ủy ban nhân dân phường Bình An', 'UBND phường Bình An'),
  unit('UBND-DONGSON', 'Ủy ban nhân dân xã Đông Sơn', 'UBND xã Đông Sơn'),
];
const ref = { areas: AREAS, units: UNITS, existingOrdinals: new Set<string>() };

describe('matching text without diacritics', () => {
  it('folds Vietnamese letters, capitals included, and keeps letters and digits only', () => {
    expect(matchKey('Sở Tư pháp')).toBe('sotuphap');
    expect(matchKey('SỞ TƯ PHÁP')).toBe('sotuphap');
    expect(matchKey('Sở TT&TT')).toBe('sotttt');
    expect(matchKey('Ủy ban nhân dân huyện Đông Sơn')).toBe('uybannhandanhuyendongson');
    // decomposed input (as some keyboards type it) gives the same key
    expect(matchKey('Sở Tư pháp'.normalize('NFD'))).toBe('sotuphap');
  });

  it('finds a unit by code, full name or short name, typed with or without diacritics', () => {
    expect(matchUnit('stp', UNITS)?.code).toBe('STP');
    expect(matchUnit('so tu phap', UNITS)?.code).toBe('STP');
    expect(matchUnit('SỞ TƯ PHÁP', UNITS)?.code).toBe('STP');
    expect(matchUnit('Sở TT&TT', UNITS)?.code).toBe('STTTT');
    expect(matchUnit('Van phong UBND tinh', UNITS)?.code).toBe('VP-UBND');
    expect(matchUnit('UBND-DS', UNITS)?.code).toBe('UBND-DS');
    expect(matchUnit('ubnd ds', UNITS)?.code).toBe('UBND-DS');
  });

  it('does not guess: unknown, inactive and ambiguous names match nothing', () => {
    expect(matchUnit('Sở Văn hóa', UNITS)).toBeNull();
    expect(matchUnit('Sở Du lịch', UNITS)).toBeNull();
    expect(matchUnit('', UNITS)).toBeNull();
    const twins = [...UNITS, unit('STP2', 'Sở Tư pháp')];
    expect(matchUnit('Sở Tư pháp', twins)).toBeNull();
  });

  it('finds a reform area by number, Roman numeral or name', () => {
    expect(matchArea('2', AREAS)).toBe(2);
    expect(matchArea('IV', AREAS)).toBe(4);
    expect(matchArea('vi.', AREAS)).toBe(6);
    expect(matchArea('Cải cách thể chế', AREAS)).toBe(1);
    expect(matchArea('III. CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC', AREAS)).toBe(3);
    expect(matchArea('Tài chính công', AREAS)).toBe(5);
    expect(matchArea('Chính phủ số', AREAS)).toBe(6);
    expect(matchArea('cai cach thu tuc hanh chinh', AREAS)).toBe(2);
    expect(matchArea('7', AREAS)).toBeNull();
    expect(matchArea('Cải cách giáo dục', AREAS)).toBeNull();
    expect(matchArea('hành chính', AREAS)).toBeNull();
  });

  it('reads the cadence from Vietnamese labels', () => {
    expect(matchCadence('')).toBe('once');
    expect(matchCadence('Hằng quý')).toBe('quarterly');
    expect(matchCadence('Hàng tháng')).toBe('monthly');
    expect(matchCadence('6 tháng')).toBe('biannual');
    expect(matchCadence('hang nam')).toBe('annual');
    expect(matchCadence('thỉnh thoảng')).toBeNull();
  });

  it('recognises column headers written in different ways', () => {
    expect(headerField('STT')).toBe('ordinal');
    expect(headerField('Lĩnh vực (1–6 hoặc tên)')).toBe('area');
    expect(headerField('Nội dung nhiệm vụ')).toBe('title');
    expect(headerField('ĐƠN VỊ CHỦ TRÌ')).toBe('lead_unit');
    expect(headerField('Cơ quan phối hợp')).toBe('coordinators');
    expect(headerField('Thời hạn (dd/mm/yyyy)')).toBe('due_date');
    expect(headerField('Thời gian hoàn thành')).toBe('due_date');
    expect(headerField('Tần suất')).toBe('cadence');
    expect(headerField('PHỤ LỤC DANH MỤC NHIỆM VỤ')).toBeNull();
  });
});

describe('dates', () => {
  it('reads dd/mm/yyyy and yyyy-mm-dd, and refuses dates that do not exist', () => {
    expect(readDate('30/06/2027')).toBe('2027-06-30');
    expect(readDate('1/2/2027')).toBe('2027-02-01');
    expect(readDate('01.02.2027')).toBe('2027-02-01');
    expect(readDate('2027-02-01')).toBe('2027-02-01');
    expect(readDate('  ')).toBeNull();
    expect(readDate('31/02/2027')).toBe(INVALID);
    expect(readDate('29/02/2028')).toBe('2028-02-29');
    expect(readDate('29/02/2027')).toBe(INVALID);
    expect(readDate('06/30/2027')).toBe(INVALID);
    expect(readDate('tháng 6/2027')).toBe(INVALID);
    expect(readDate('01/01/1999')).toBe(INVALID);
  });

  it('reads Excel day numbers', () => {
    expect(isoFromSerial(45658)).toBe('2025-01-01');
    expect(isoFromSerial(46387)).toBe('2026-12-31');
    expect(isoFromSerial(12)).toBeNull();
  });
});

describe('reading an appendix', () => {
  it('skips the letterhead, merged title rows, the two-row header, column numbers and area headings', async () => {
    const cells = await readWorkbook(fixture('ke-hoach-cchc-2027.xlsx'));
    const parsed = parseAppendix(cells, AREAS);
    expect(parsed.problem).toBeNull();
    expect(parsed.headerLine).toBe(7);
    expect(parsed.rows.map((r) => [r.ordinal, r.area])).toEqual([
      ['1.1', '1'], ['1.2', '1'], ['2.1', '2'], ['2.2', '2'], ['3.1', '3'], ['4.1', '4'],
      ['4.2', '4'], ['5.1', '5'], ['5.2', '5'], ['6.1', '6'], ['6.2', 'Chính phủ số'],
    ]);
    const first = parsed.rows[0]!;
    expect(first).toMatchObject({ line: 11, start_date: '2027-01-04', due_date: '2027-02-26', lead_unit: 'STP' });
    const recruit = parsed.rows.find((r) => r.ordinal === '4.1')!;
    expect(recruit.coordinators).toEqual(['Sở Giáo dục và Đào tạo', 'Sở Y tế']);
    expect(recruit.start_date).toBe('01/04/2027');
  });

  it('every row of the good appendix passes; the payload carries dates as yyyy-mm-dd', async () => {
    const parsed = parseAppendix(await readWorkbook(fixture('ke-hoach-cchc-2027.xlsx')), AREAS);
    const checked = checkRows(parsed.rows, ref);
    expect(checked.filter((c) => c.problems.length).map((c) => [c.row.line, c.problems])).toEqual([]);
    const payload = toPayload(checked);
    expect(payload.find((p) => p.ordinal === '4.1')).toMatchObject({ start_date: '2027-04-01', due_date: '2027-10-31' });
    const twoOne = checked.find((c) => c.row.ordinal === '2.1')!;
    expect(twoOne.lead?.code).toBe('VP-UBND');
    expect(twoOne.coordinators.map((u) => u.code)).toEqual(['SNV', 'STP']);
  });

  it('lists every bad row of the faulty appendix with its reason', async () => {
    const parsed = parseAppendix(await readWorkbook(fixture('ke-hoach-cchc-2027-loi.xlsx')), AREAS);
    const bad = checkRows(parsed.rows, ref).filter((c) => c.problems.length);
    expect(bad.map((c) => [c.row.ordinal, c.problems.map((p) => p.code)])).toEqual([
      ['1.2', ['area_unknown']],
      ['2.2', ['lead_unit_unknown']],
      ['3.1', ['due_date_invalid']],
      ['4.2', ['due_before_start']],
      ['5.1', ['ordinal_duplicate']],
      ['6.1', ['title_missing']],
    ]);
  });

  it('an ordinal already in the plan is a problem', async () => {
    const parsed = parseAppendix(await readWorkbook(fixture('ke-hoach-cchc-2027.xlsx')), AREAS);
    const checked = checkRows(parsed.rows, { ...ref, existingOrdinals: new Set(['2.2']) });
    expect(checked.filter((c) => c.problems.length).map((c) => c.problems)).toEqual([[{ code: 'ordinal_exists', value: '2.2' }]]);
  });

  it('reads the same tasks from the CSV file', async () => {
    const fromCsv = parseAppendix(readCsv(readFileSync(path.join(fixtures, 'ke-hoach-cchc-2027.csv'), 'utf8')), AREAS);
    const fromXlsx = parseAppendix(await readWorkbook(fixture('ke-hoach-cchc-2027.xlsx')), AREAS);
    expect(fromCsv.headerLine).toBe(1);
    const norm = (rows: typeof fromCsv.rows) => checkRows(rows, ref).map((c) => [c.row.ordinal, c.areaId, c.title, c.lead?.code, c.coordinators.map((u) => u.code), c.start, c.due, c.cadence]);
    expect(norm(fromCsv.rows)).toEqual(norm(fromXlsx.rows));
  });

  it('a file without the column headers, or without task rows, says so', () => {
    const none: Cell[][] = [['Báo cáo tháng'], ['a', 'b', 'c']];
    expect(parseAppendix(none, AREAS).problem).toEqual({ code: 'no_header' });
    const onlyHeader: Cell[][] = [['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn']];
    expect(parseAppendix(onlyHeader, AREAS).problem).toEqual({ code: 'no_rows' });
    const noLead: Cell[][] = [['STT', 'Nhiệm vụ', 'Sản phẩm', 'Thời hạn'], ['1.1', 'Nhiệm vụ một', 'Báo cáo', '01/01/2027']];
    expect(parseAppendix(noLead, AREAS).problem).toEqual({ code: 'missing_columns', columns: ['lead_unit'] });
  });

  it('reads a cell a spreadsheet guarded against formulas as its text', () => {
    const rows = readCsv("STT,Nhiệm vụ\r\n1.1,'=Tính tỷ lệ hồ sơ\r\n");
    expect(rows[1]).toEqual(['1.1', '=Tính tỷ lệ hồ sơ']);
  });
});

describe('bundle', () => {
  it('exceljs is only ever loaded on demand (dynamic import), never in the first download', () => {
    const appDir = path.resolve(__dirname, '../../..');
    const sources = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
      });
    const staticImports = sources(appDir).filter((file) => /^import\s+(?!type\b)[^;]*from\s+['"]exceljs['"]/m.test(readFileSync(file, 'utf8')));
    expect(staticImports).toEqual([]);
    expect(readFileSync(path.join(__dirname, 'read-file.ts'), 'utf8')).toContain("await import('exceljs')");
  });
});
