// Finding the reform area, unit and cadence a row of the file names.  Each
// mirrors the database function of the same purpose (private.match_area,
// private.match_unit, private.match_cadence) so that the preview lists exactly
// the rows the import would refuse.
import type { Enums, Tables } from '../../../lib/database.types';
import { matchKey } from './text';

export type AreaRef = Pick<Tables<'reform_areas'>, 'id' | 'code' | 'name_vi' | 'name_en'>;
export type UnitRef = Pick<Tables<'units'>, 'id' | 'code' | 'name' | 'short_name' | 'is_active'>;
export type Cadence = Enums<'task_cadence'>;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6 };

/** The area's number for "2", "II", "2. Cải cách thủ tục hành chính", "Thủ tục hành chính"…; null when unknown. */
export function matchArea(input: string | null | undefined, areas: readonly AreaRef[]): number | null {
  let text = (input ?? '').trim();
  if (!text) return null;
  const numbered = /^([1-6]|i|ii|iii|iv|v|vi)[.)]?$/.exec(text.toLowerCase());
  if (numbered) return ROMAN[numbered[1]!] ?? Number(numbered[1]);
  text = text.replace(/^\s*([0-9]+|[IVXivx]+)\s*[.)/:-]\s*/, '');
  const key = matchKey(text);
  if (!key) return null;
  const exact = areas.filter(
    (a) => [matchKey(a.name_vi), matchKey(a.name_en), matchKey(a.code)].includes(key) || matchKey(a.name_vi) === `caicach${key}`,
  );
  if (exact.length === 1) return exact[0]!.id;
  if (key.length >= 10) {
    const tail = areas.filter((a) => matchKey(a.name_vi).endsWith(key));
    if (tail.length === 1) return tail[0]!.id;
  }
  return null;
}

/** The one active unit whose code, name or short name gives the same key; null when none or several. */
export function matchUnit(input: string | null | undefined, units: readonly UnitRef[]): UnitRef | null {
  const key = matchKey(input);
  if (!key) return null;
  const hits = units.filter((u) => u.is_active && [matchKey(u.code), matchKey(u.name), matchKey(u.short_name)].includes(key));
  return hits.length === 1 ? hits[0]! : null;
}

const CADENCE_WORDS: Record<Cadence, readonly string[]> = {
  once: ['', 'once', 'motlan', '1lan', 'khongdinhky'],
  monthly: ['monthly', 'thang', 'hangthang', 'theothang', 'moithang', '1thang1lan', 'thang1lan'],
  quarterly: ['quarterly', 'quy', 'hangquy', 'theoquy', 'moiquy', '1quy1lan', 'quy1lan'],
  biannual: ['biannual', '6thang', 'sauthang', 'nuanam', '6thang1lan', 'theo6thang', 'hang6thang', '2lannam', 'bannien'],
  annual: ['annual', 'nam', 'hangnam', 'theonam', 'moinam', '1nam1lan', 'nam1lan'],
};

/** "Hằng quý" -> quarterly; empty -> once; null when not recognised. */
export function matchCadence(input: string | null | undefined): Cadence | null {
  const key = matchKey(input);
  for (const [cadence, words] of Object.entries(CADENCE_WORDS) as Array<[Cadence, readonly string[]]>) {
    if (words.includes(key)) return cadence;
  }
  return null;
}
