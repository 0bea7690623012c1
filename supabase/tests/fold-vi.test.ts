// The app folds the search box (app/lib/fold-vi.ts) and the database folds the
// task text (private.fold_vi, behind tasks.search_text).  Search only works if
// both fold every string the same way: checked here on the demo data and on
// thousands of generated strings, on both database engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldVi } from '../../app/lib/fold-vi';
import { startBackend, type Backend } from './harness';

let b: Backend;
beforeAll(async () => {
  b = await startBackend({ seed: true });
});
afterAll(async () => b?.close());

async function sqlFold(inputs: string[]): Promise<string[]> {
  const rows = await b.sql<{ i: number; folded: string }>(
    `select (e.ord - 1)::int as i, private.fold_vi(e.value) as folded
       from jsonb_array_elements_text(($1::text)::jsonb) with ordinality as e(value, ord) order by e.ord`,
    JSON.stringify(inputs),
  );
  return rows.map((r) => r.folded);
}

const LOWER = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵfjwz';
const ALPHABET = `${LOWER}${LOWER.toUpperCase()}0123456789 .,;:/-()%"'&?!–…“”`;

// A small deterministic generator, so a failure can be reproduced.
function* strings(count: number, seed = 20261103): Generator<string> {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
  const chars = Array.from(ALPHABET);
  for (let n = 0; n < count; n += 1) {
    const length = 1 + (next() % 40);
    let s = '';
    for (let i = 0; i < length; i += 1) s += chars[next() % chars.length];
    yield n % 3 === 0 ? s.normalize('NFD') : s;
  }
}

describe('foldVi agrees with private.fold_vi', () => {
  it('on every task title, expected output, unit and plan name of the demo data, as written, upper-cased and decomposed', async () => {
    const rows = await b.sql<{ text: string }>(
      `select title as text from public.tasks
       union select expected_output from public.tasks where expected_output is not null
       union select name from public.units
       union select title from public.plans
       union select name_vi from public.reform_areas`,
    );
    const inputs = rows.flatMap(({ text }) => [text, text.toUpperCase(), text.normalize('NFD'), text.toUpperCase().normalize('NFD')]);
    expect(inputs.length).toBeGreaterThan(500);
    const expected = await sqlFold(inputs);
    const mismatches = inputs.filter((input, i) => foldVi(input) !== expected[i]);
    expect(mismatches).toEqual([]);
  });

  it('on 5.000 generated strings of Vietnamese letters in both cases, digits and punctuation', async () => {
    const inputs = [...strings(5000)];
    const expected = await sqlFold(inputs);
    const mismatches = inputs
      .map((input, i) => ({ input, app: foldVi(input), db: expected[i] }))
      .filter((m) => m.app !== m.db);
    expect(mismatches).toEqual([]);
  });

  it('search_text of a task is the fold of its ordinal, title and expected output', async () => {
    const rows = await b.sql<{ ordinal: string; title: string; expected_output: string | null; search_text: string }>(
      'select ordinal, title, expected_output, search_text from public.tasks',
    );
    for (const r of rows) expect(r.search_text).toBe(foldVi(`${r.ordinal} ${r.title} ${r.expected_output ?? ''}`));
  });
});
