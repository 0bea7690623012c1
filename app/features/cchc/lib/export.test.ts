// The results appendix of last year's published departments' index (demo
// data), read as the steering committee through the API, built as Word and
// Excel and opened again.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend } from '../../../../supabase/tests/harness';
import { formulaCells } from '../../../lib/spreadsheet-check';
import { BAND_VI, buildResultsDocx, buildResultsXlsx, pointsVi, rankingCells, RANKING_HEADERS, resultsFileName, type ResultsInput } from './export';

let b: Backend;
let input: ResultsInput;

beforeAll(async () => {
  b = await startBackend({ seed: true });
  const committee = await b.signIn('committee@example.vn');
  const { data: set, error } = await committee
    .from('cchc_sets')
    .select('id, year, target, name, decision_doc, status, published_at, good_min, fair_min, average_min, plan:plans(issuer)')
    .eq('target', 'departments')
    .eq('status', 'published')
    .single();
  expect(error).toBeNull();
  const { data: ranking } = await committee.rpc('cchc_ranking', { p_set_id: set!.id });
  const { data: areas } = await committee.rpc('cchc_area_summary', { p_set_id: set!.id });
  input = {
    set: set as unknown as ResultsInput['set'],
    issuer: (set as unknown as { plan: { issuer: string } }).plan.issuer,
    ranking: ranking!,
    areas: areas!,
  };
}, 120_000);

afterAll(async () => {
  await b?.close();
});

describe('CCHC results appendix', () => {
  it('the Word appendix has the Decree 30 header, every ranked unit with its band, and the bands explained', async () => {
    expect(input.ranking.length).toBe(12);
    const zip = await JSZip.loadAsync(await buildResultsDocx(input));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('ỦY BAN NHÂN DÂN');
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(xml).toContain('PHỤ LỤC');
    expect(xml).toContain(`Kèm theo Quyết định số ${input.set.decision_doc}`);
    for (const row of input.ranking) {
      expect(xml).toContain(row.unit_name);
      expect(xml).toContain(BAND_VI[row.band!]);
    }
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain(`Tốt từ ${pointsVi(input.set.good_min)} điểm`);
  });

  it('the Excel appendix lists the ranking in rank order with numbers as numbers, and the areas', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await buildResultsXlsx(input));
    const sheet = workbook.getWorksheet('Xếp hạng')!;
    expect(RANKING_HEADERS.map((_, i) => sheet.getRow(4).getCell(i + 1).value)).toEqual([...RANKING_HEADERS]);
    input.ranking.forEach((row, i) => {
      const r = sheet.getRow(5 + i);
      expect(r.getCell(2).value).toBe(row.unit_name);
      expect(r.getCell(6).value).toBe(Number(row.final_total));
      expect(r.getCell(8).value).toBe(BAND_VI[row.band!]);
      expect(r.getCell(9).value).toBe(row.rank);
    });
    const ranks = input.ranking.map((r) => r.rank);
    expect(ranks).toEqual([...ranks].sort((a, z) => (a ?? 0) - (z ?? 0)));
    const areas = workbook.getWorksheet('Theo lĩnh vực')!;
    expect(areas.getRow(5).getCell(2).value).toBe(input.areas[0]!.title);
  });

  it('a unit name that looks like a formula stays text in Excel', async () => {
    const tricky = { ...input, ranking: [{ ...input.ranking[0]!, unit_name: '=HYPERLINK("http://x","y")' }] };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await buildResultsXlsx(tricky));
    const cell = workbook.getWorksheet('Xếp hạng')!.getRow(5).getCell(2);
    expect(cell.value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(cell.formula).toBeUndefined();
    expect(formulaCells(workbook)).toEqual([]);
  });

  it('appraised points are the total less the survey points, and the change against last year is signed', () => {
    const cells = rankingCells({ ...input.ranking[0]!, final_total: 80.5, survey_total: 12.25, last_year_total: 82 }, 0);
    expect(cells[3]).toBe('68,25');
    expect(cells[10]).toBe('-1,5');
    expect(resultsFileName('docx', input)).toBe(`ket-qua-chi-so-cchc-departments-${input.set.year}.docx`);
  });
});
