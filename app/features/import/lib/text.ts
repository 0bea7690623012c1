// The key that units, areas, cadences and column headers are matched on:
// lower-case letters and digits only, without Vietnamese diacritics
// ("Sở TT&TT" -> "sotttt", "SỞ TƯ PHÁP" -> "sotuphap").  The database computes
// the same key (private.match_key), so the preview and the import agree.
const FROM =
  'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ' +
  'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
const TO =
  'AAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD' +
  'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd';

const FOLD = new Map<string, string>([...FROM].map((ch, i) => [ch, TO[i]!]));

export function matchKey(input: string | null | undefined): string {
  let out = '';
  for (const ch of (input ?? '').normalize('NFC')) out += FOLD.get(ch) ?? ch;
  return out.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** Whitespace runs become one space; ends trimmed. */
export function squash(input: string): string {
  return input.replace(/\s+/g, ' ').trim();
}

/** Length in characters (code points), as the database counts it. */
export function charLength(input: string): number {
  return [...input].length;
}
