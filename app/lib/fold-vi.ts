// Vietnamese text folded for search, exactly as the database folds it
// (private.fold_vi): Unicode NFC, lower case, diacritics removed, đ -> d.
// "Cải cách THỦ TỤC" -> "cai cach thu tuc".  supabase/tests/fold-vi.test.ts
// checks that both give the same result.
const FROM = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
const TO = 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd';

const MAP = new Map<string, string>(Array.from(FROM, (ch, i) => [ch, TO[i]!]));

export function foldVi(input: string): string {
  let out = '';
  for (const ch of input.normalize('NFC').toLowerCase()) out += MAP.get(ch) ?? ch;
  return out;
}

/** The words of a search box, folded: "  Cải   CÁCH " -> ["cai", "cach"] (at most 8, no repeats). */
export function foldedWords(query: string): string[] {
  const words = foldVi(query).split(/\s+/).filter(Boolean);
  return [...new Set(words)].slice(0, 8);
}
