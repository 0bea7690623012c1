// Indicators (chỉ tiêu) through the real API: who reads and who records, the
// rate and "achieved" worked out by hand, the periods, and the bad inputs the
// database refuses with a message the app shows in both languages.
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../app/i18n/resources';
import { dbErrorMessage, explainDbError } from '../../app/lib/db-errors';
import { startBackend, type Backend, type Client } from './harness';
import { uniq, unitId, userId } from './fixtures';

let b: Backend;
let interior: Client;
let committee: Client;
let deptHead: Client;
let admin: Client;
let vt: typeof i18next.t;
let et: typeof i18next.t;
const thisYear = new Date().getFullYear();

beforeAll(async () => {
  b = await startBackend({ seed: true });
  interior = await b.signIn('noivu@example.vn');
  committee = await b.signIn('committee@example.vn');
  deptHead = await b.signIn('tuphap@example.vn');
  admin = await b.signIn('admin@example.vn');
  const vInst = i18next.createInstance();
  await vInst.init({ resources: { vi: resources.vi }, lng: 'vi', interpolation: { escapeValue: false } });
  const eInst = i18next.createInstance();
  await eInst.init({ resources: { en: resources.en }, lng: 'en', interpolation: { escapeValue: false } });
  vt = vInst.t;
  et = eInst.t;
});
afterAll(async () => b?.close());

/** A fresh indicator written as the database owner. */
async function makeIndicator(opts: { target?: number; direction?: 'at_least' | 'at_most'; isRate?: boolean; active?: boolean } = {}) {
  const [row] = await b.sql<{ id: string }>(
    `insert into public.indicators (code, area_id, name_vi, name_en, target, direction, is_rate, is_active)
     values ($1, 2, 'Chỉ tiêu thử nghiệm', 'Test indicator', $2, $3::public.indicator_direction, $4, $5) returning id`,
    `T-${uniq()}`.toUpperCase().slice(0, 32),
    opts.target ?? 80,
    opts.direction ?? 'at_least',
    opts.isRate ?? true,
    opts.active ?? true,
  );
  return row!.id;
}

async function fingerprint(): Promise<string> {
  const [row] = await b.sql<{ h: string }>(
    `select concat_ws(',',
       (select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from public.indicators x),
       (select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from public.indicator_values x)) as h`,
  );
  return row!.h;
}

/** The refusal is readable in both languages: a specific key, never the generic fallback. */
function expectReadable(error: unknown, key: string) {
  expect(error).not.toBeNull();
  expect(explainDbError(error).key).toBe(key);
  for (const t of [vt, et]) {
    const text = dbErrorMessage(error, t);
    expect(text).not.toMatch(/^errors\./);
    expect(text.length).toBeGreaterThan(10);
  }
}

async function rates(indicatorId: string) {
  const { data, error } = await committee
    .from('indicator_value_rates')
    .select('numerator, denominator, rate, achieved, period_code, unit_id')
    .eq('indicator_id', indicatorId)
    .order('period_order');
  expect(error).toBeNull();
  return data!.map((r) => ({ ...r, numerator: Number(r.numerator), denominator: Number(r.denominator), rate: Number(r.rate) }));
}

/**
 * Numeric columns as numbers.  Hosted PostgREST sends numeric as a JSON
 * number; the embedded server may send it as a string ("98.00").  The app
 * reads both (Number()), and so do these tests.
 */
function numbers<T extends Record<string, unknown>>(row: T): T {
  const out: Record<string, unknown> = { ...row };
  for (const [key, value] of Object.entries(out)) {
    if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) out[key] = Number(value);
  }
  return out as T;
}

describe('who reads and who records', () => {
  it('every role reads the indicators and their values; anonymous and role-less accounts read nothing', async () => {
    for (const client of [committee, deptHead, interior, admin]) {
      const { data: indicators } = await client.from('indicators').select('code');
      expect(indicators!.map((i) => i.code)).toEqual(expect.arrayContaining(['TTHC-01', 'TTHC-02', 'TTHC-03', 'CDS-01', 'CDS-02']));
      const { data: values } = await client.from('indicator_values').select('id').limit(5);
      expect(values!.length).toBe(5);
    }
    const stranger = await b.signUp(`nguoi.la.${uniq()}@example.vn`);
    for (const client of [b.anon(), stranger]) {
      for (const relation of ['indicators', 'indicator_values', 'indicator_value_rates', 'indicator_overview'] as const) {
        const { data } = await client.from(relation as 'indicators').select('*').limit(3);
        expect(data ?? [], relation).toEqual([]);
      }
    }
  });

  it('Home Affairs records a value: the database stamps who and when, and the rate follows', async () => {
    const indicator = await makeIndicator();
    const stp = await unitId(b, 'STP');
    const { data, error } = await interior
      .from('indicator_values')
      .insert({ indicator_id: indicator, unit_id: stp, year: 2024, period: 'q3', numerator: 1565, denominator: 1858, note: 'Số liệu quý III' })
      .select('id, recorded_by, recorded_at, version')
      .single();
    expect(error).toBeNull();
    expect(data!.recorded_by).toBe(await userId(b, 'noivu@example.vn'));
    expect(Date.now() - new Date(data!.recorded_at).getTime()).toBeLessThan(60_000);
    expect(data!.version).toBe(1);
    expect(await rates(indicator)).toEqual([
      { numerator: 1565, denominator: 1858, rate: 84.23, achieved: true, period_code: '2024-Q3', unit_id: stp },
    ]);
  });

  it('Home Affairs corrects a value with the version it saw; a stale edit is refused', async () => {
    const indicator = await makeIndicator();
    const { data: row } = await interior
      .from('indicator_values')
      .insert({ indicator_id: indicator, year: 2024, period: 'annual', numerator: 70, denominator: 100 })
      .select('id, version')
      .single();
    const edited = await interior
      .from('indicator_values')
      .update({ numerator: 85, version: row!.version + 1 })
      .eq('id', row!.id)
      .select('numerator, version')
      .single();
    expect(edited.error).toBeNull();
    expect(numbers(edited.data!)).toEqual({ numerator: 85, version: 2 });
    const before = await fingerprint();
    const stale = await interior.from('indicator_values').update({ numerator: 90, version: 2 }).eq('id', row!.id);
    expectReadable(stale.error, 'errors.rules.indicator_value_stale');
    expect(explainDbError(stale.error).stale).toBe(true);
    expect(await fingerprint()).toBe(before);
  });

  it('the steering committee, a department head and the administrator cannot record, edit or delete values', async () => {
    const indicator = await makeIndicator();
    const [value] = await b.sql<{ id: string }>(
      `insert into public.indicator_values (indicator_id, year, period, numerator, denominator) values ($1, 2024, 'q1', 5, 10) returning id`,
      indicator,
    );
    const before = await fingerprint();
    for (const client of [committee, deptHead, admin]) {
      const added = await client.from('indicator_values').insert({ indicator_id: indicator, year: 2024, period: 'h1', numerator: 1, denominator: 2 });
      expect(added.error?.code).toBe('42501');
      const edited = await client.from('indicator_values').update({ numerator: 9, version: 2 }, { count: 'exact' }).eq('id', value!.id);
      expect(edited.count ?? 0).toBe(0);
      const removed = await client.from('indicator_values').delete({ count: 'exact' }).eq('id', value!.id);
      expect(removed.count ?? 0).toBe(0);
      const newIndicator = await client.from('indicators').insert({ code: 'KHONG-DUOC', area_id: 2, name_vi: 'Chỉ tiêu lạ', name_en: 'Stray one', target: 50 });
      expect(newIndicator.error?.code).toBe('42501');
    }
    expect(await fingerprint()).toBe(before);
  });

  it('Home Affairs manages indicators: adds, edits and deactivates one', async () => {
    const code = `MOI-${uniq()}`.toUpperCase().slice(0, 32);
    const { data, error } = await interior
      .from('indicators')
      .insert({ code, area_id: 6, name_vi: 'Tỷ lệ văn bản điện tử có ký số', name_en: 'Share of e-documents digitally signed', target: 90, sort_order: 9 })
      .select('id, is_active, direction, unit_label')
      .single();
    expect(error).toBeNull();
    expect(data).toMatchObject({ is_active: true, direction: 'at_least', unit_label: '%' });
    const edit = await interior.from('indicators').update({ target: 95, is_active: false }).eq('id', data!.id).select('target, is_active').single();
    expect(numbers(edit.data!)).toEqual({ target: 95, is_active: false });
  });
});

describe('rate and achieved, worked out by hand', () => {
  it('rate = numerator / denominator × 100 rounded to two decimals', async () => {
    const indicator = await makeIndicator({ target: 80 });
    await b.sql(
      `insert into public.indicator_values (indicator_id, year, period, numerator, denominator) values
         ($1, 2023, 'q1', 1565, 1858), ($1, 2023, 'h1', 2, 3), ($1, 2023, 'q3', 4, 5), ($1, 2023, 'annual', 1, 3)`,
      indicator,
    );
    // 1565/1858 = 84.2303… → 84.23; 2/3 = 66.666… → 66.67; 4/5 = 80 (the target itself: achieved); 1/3 → 33.33
    expect(await rates(indicator)).toEqual([
      { numerator: 1565, denominator: 1858, rate: 84.23, achieved: true, period_code: '2023-Q1', unit_id: null },
      { numerator: 2, denominator: 3, rate: 66.67, achieved: false, period_code: '2023-H1', unit_id: null },
      { numerator: 4, denominator: 5, rate: 80, achieved: true, period_code: '2023-Q3', unit_id: null },
      { numerator: 1, denominator: 3, rate: 33.33, achieved: false, period_code: '2023', unit_id: null },
    ]);
  });

  it('"at most" targets are met at or below the target', async () => {
    const indicator = await makeIndicator({ target: 5, direction: 'at_most' });
    await b.sql(
      `insert into public.indicator_values (indicator_id, year, period, numerator, denominator) values
         ($1, 2024, 'q1', 1, 20), ($1, 2024, 'h1', 1, 19), ($1, 2024, 'q3', 0, 40)`,
      indicator,
    );
    // 1/20 = 5.00 ≤ 5 achieved; 1/19 = 5.26 > 5 not; 0/40 = 0 achieved
    expect((await rates(indicator)).map((r) => [r.rate, r.achieved])).toEqual([[5, true], [5.26, false], [0, true]]);
  });

  it('the target is compared with the rate as shown (two decimals)', async () => {
    const indicator = await makeIndicator({ target: 98 });
    // 19599/20000 = 97.995 → shown 98.00 → achieved; 19598/20000 = 97.99 → not
    await b.sql(
      `insert into public.indicator_values (indicator_id, year, period, numerator, denominator) values
         ($1, 2024, 'q1', 19599, 20000), ($1, 2024, 'h1', 19598, 20000)`,
      indicator,
    );
    expect((await rates(indicator)).map((r) => [r.rate, r.achieved])).toEqual([[98, true], [97.99, false]]);
  });

  it('periods run from the report cut-off of 15/12 the year before and sort Q1 < 6 months < 9 months < year', async () => {
    const indicator = await makeIndicator();
    await b.sql(
      `insert into public.indicator_values (indicator_id, year, period, numerator, denominator) values
         ($1, 2024, 'annual', 1, 2), ($1, 2024, 'q3', 1, 2), ($1, 2024, 'q1', 1, 2), ($1, 2024, 'h1', 1, 2), ($1, 2023, 'annual', 1, 2)`,
      indicator,
    );
    const { data } = await committee
      .from('indicator_value_rates')
      .select('period_code, period_start, period_end')
      .eq('indicator_id', indicator)
      .order('period_order');
    expect(data).toEqual([
      { period_code: '2023', period_start: '2022-12-15', period_end: '2023-12-14' },
      { period_code: '2024-Q1', period_start: '2023-12-15', period_end: '2024-03-14' },
      { period_code: '2024-H1', period_start: '2023-12-15', period_end: '2024-06-14' },
      { period_code: '2024-Q3', period_start: '2023-12-15', period_end: '2024-09-14' },
      { period_code: '2024', period_start: '2023-12-15', period_end: '2024-12-14' },
    ]);
  });

  it('the overview shows each indicator with its latest province-wide value, not a unit\'s', async () => {
    const indicator = await makeIndicator({ target: 90 });
    await b.sql(
      `insert into public.indicator_values (indicator_id, unit_id, year, period, numerator, denominator) values
         ($1, null, 2024, 'h1', 45, 50), ($1, null, 2024, 'q1', 10, 50), ($1, $2, 2024, 'q3', 1, 50)`,
      indicator,
      await unitId(b, 'STP'),
    );
    const { data } = await committee.from('indicator_overview').select('*').eq('id', indicator).single();
    expect(numbers(data!)).toMatchObject({ latest_period_code: '2024-H1', latest_numerator: 45, latest_denominator: 50, latest_rate: 90, latest_achieved: true, value_count: 3 });
  });

  it('a province-wide value and a unit\'s value for the same period live side by side', async () => {
    const indicator = await makeIndicator();
    for (const unit of [null, await unitId(b, 'STP'), await unitId(b, 'SKHCN')]) {
      const { error } = await interior.from('indicator_values').insert({ indicator_id: indicator, unit_id: unit, year: 2024, period: 'q1', numerator: 3, denominator: 4 });
      expect(error).toBeNull();
    }
  });

  it('an indicator that is not a share may exceed 100%', async () => {
    const indicator = await makeIndicator({ isRate: false, target: 120 });
    const { error } = await interior.from('indicator_values').insert({ indicator_id: indicator, year: 2024, period: 'annual', numerator: 250, denominator: 200 });
    expect(error).toBeNull();
    expect((await rates(indicator)).map((r) => [r.rate, r.achieved])).toEqual([[125, true]]);
  });
});

describe('demo data', () => {
  it('has the on-time dossier rate (≥ 98%) and the SIPAS example 1.565/1.858 = 84,23%, not achieved', async () => {
    const { data } = await committee.from('indicator_overview').select('*').in('code', ['TTHC-01', 'TTHC-03']).order('code');
    expect(numbers(data![0]!)).toMatchObject({ code: 'TTHC-01', target: 98, direction: 'at_least', latest_period_code: `${thisYear}-Q3`, latest_achieved: true });
    expect(numbers(data![1]!)).toMatchObject({
      code: 'TTHC-03', latest_period_code: `${thisYear}-Q3`, latest_numerator: 1565, latest_denominator: 1858, latest_rate: 84.23, latest_achieved: false,
    });
  });

  it('has province-wide values for 2023, 2024 and this year\'s Q1, 6 and 9 months for the five headline indicators', async () => {
    for (const code of ['TTHC-01', 'TTHC-02', 'TTHC-03', 'CDS-01', 'CDS-02']) {
      const rows = await b.sql<{ code: string }>(
        `select private.period_code(v.year, v.period) as code from public.indicator_values v
           join public.indicators i on i.id = v.indicator_id where i.code = $1 and v.unit_id is null`,
        code,
      );
      const codes = rows.map((r) => r.code);
      expect(codes, code).toEqual(expect.arrayContaining(['2023-Q1', '2023', '2024-H1', '2024', `${thisYear}-Q1`, `${thisYear}-H1`, `${thisYear}-Q3`]));
    }
    const [units] = await b.sql<{ n: number }>('select count(*)::int as n from public.indicator_values where unit_id is not null');
    expect(units!.n).toBeGreaterThanOrEqual(5);
  });

  it('running the demo data again adds nothing', async () => {
    const count = async () => (await b.sql<{ n: string }>(
      'select (select count(*) from public.indicators) || \',\' || (select count(*) from public.indicator_values) as n'))[0]!.n;
    const before = await count();
    await b.runSeed();
    expect(await count()).toBe(before);
  });
});

describe('bad input is refused with a clear message and changes nothing', () => {
  type Act = () => PromiseLike<{ error: unknown }>;
  const refuse = async (act: Act, key: string) => {
    const before = await fingerprint();
    const { error } = await act();
    expectReadable(error, key);
    expect(await fingerprint()).toBe(before);
  };

  it('a denominator of zero', async () => {
    const indicator = await makeIndicator();
    await refuse(
      () => interior.from('indicator_values').insert({ indicator_id: indicator, year: 2024, period: 'q1', numerator: 0, denominator: 0 }),
      'errors.constraints.indicator_values_denominator_positive',
    );
  });

  it('a numerator larger than the denominator of a rate', async () => {
    const indicator = await makeIndicator();
    await refuse(
      () => interior.from('indicator_values').insert({ indicator_id: indicator, year: 2024, period: 'q1', numerator: 1859, denominator: 1858 }),
      'errors.rules.indicator_value_over_denominator',
    );
  });

  it('a numerator raised above the denominator by an edit', async () => {
    const indicator = await makeIndicator();
    const [value] = await b.sql<{ id: string; version: number }>(
      `insert into public.indicator_values (indicator_id, year, period, numerator, denominator) values ($1, 2024, 'q1', 5, 10) returning id, version`,
      indicator,
    );
    await refuse(
      () => interior.from('indicator_values').update({ numerator: 11, version: value!.version + 1 }).eq('id', value!.id),
      'errors.rules.indicator_value_over_denominator',
    );
  });

  it('a negative numerator', async () => {
    const indicator = await makeIndicator();
    await refuse(
      () => interior.from('indicator_values').insert({ indicator_id: indicator, year: 2024, period: 'q1', numerator: -5, denominator: 10 }),
      'errors.constraints.indicator_values_numerator_nonnegative',
    );
  });

  it('a negative denominator', async () => {
    const indicator = await makeIndicator({ isRate: false });
    await refuse(
      () => interior.from('indicator_values').insert({ indicator_id: indicator, year: 2024, period: 'q1', numerator: 5, denominator: -10 }),
      'errors.constraints.indicator_values_denominator_positive',
    );
  });

  it('a second province-wide value for the same period', async () => {
    const indicator = await makeIndicator();
    await b.sql(`insert into public.indicator_values (indicator_id, year, period, numerator, denominator) values ($1, 2024, 'h1', 1, 2)`, indicator);
    await refuse(
      () => interior.from('indicator_values').insert({ indicator_id: indicator, year: 2024, period: 'h1', numerator: 1, denominator: 4 }),
      'errors.constraints.indicator_values_period_key',
    );
  });

  it('a second value of the same unit for the same period', async () => {
    const indicator = await makeIndicator();
    const stp = await unitId(b, 'STP');
    await b.sql(`insert into public.indicator_values (indicator_id, unit_id, year, period, numerator, denominator) values ($1, $2, 2024, 'q3', 1, 2)`, indicator, stp);
    await refuse(
      () => interior.from('indicator_values').insert({ indicator_id: indicator, unit_id: stp, year: 2024, period: 'q3', numerator: 3, denominator: 4 }),
      'errors.constraints.indicator_values_period_key',
    );
  });

  it('a period that has not started yet', async () => {
    const indicator = await makeIndicator();
    await refuse(
      () => interior.from('indicator_values').insert({ indicator_id: indicator, year: thisYear + 2, period: 'q1', numerator: 1, denominator: 2 }),
      'errors.rules.indicator_period_future',
    );
  });

  it('a year outside 2000–2100', async () => {
    const indicator = await makeIndicator();
    await refuse(
      () => interior.from('indicator_values').insert({ indicator_id: indicator, year: 1999, period: 'annual', numerator: 1, denominator: 2 }),
      'errors.constraints.indicator_values_year_range',
    );
  });

  it('a value for an indicator no longer tracked', async () => {
    const indicator = await makeIndicator({ active: false });
    await refuse(
      () => interior.from('indicator_values').insert({ indicator_id: indicator, year: 2024, period: 'q1', numerator: 1, denominator: 2 }),
      'errors.rules.indicator_inactive',
    );
  });

  it('a value for an inactive unit', async () => {
    const indicator = await makeIndicator();
    const [unit] = await b.sql<{ id: string }>(
      `insert into public.units (code, name, kind, is_active) values ($1, 'Đơn vị đã sáp nhập', 'agency', false) returning id`,
      `CU-${uniq()}`.toUpperCase().slice(0, 30),
    );
    await refuse(
      () => interior.from('indicator_values').insert({ indicator_id: indicator, unit_id: unit!.id, year: 2024, period: 'q1', numerator: 1, denominator: 2 }),
      'errors.rules.unit_unknown',
    );
  });

  it('moving a value to another indicator', async () => {
    const [from, to] = [await makeIndicator(), await makeIndicator()];
    const [value] = await b.sql<{ id: string }>(
      `insert into public.indicator_values (indicator_id, year, period, numerator, denominator) values ($1, 2024, 'q1', 1, 2) returning id`,
      from,
    );
    await refuse(
      () => interior.from('indicator_values').update({ indicator_id: to, version: 2 }).eq('id', value!.id),
      'errors.rules.indicator_value_fixed_columns',
    );
  });

  it('a note longer than 1.000 characters', async () => {
    const indicator = await makeIndicator();
    await refuse(
      () => interior.from('indicator_values').insert({ indicator_id: indicator, year: 2024, period: 'q1', numerator: 1, denominator: 2, note: 'Ghi chú '.repeat(130) }),
      'errors.constraints.indicator_values_note_length',
    );
  });

  it('a rate indicator with a target above 100%', async () => {
    await refuse(
      () => interior.from('indicators').insert({ code: 'VUOT-100', area_id: 2, name_vi: 'Tỷ lệ vượt trần', name_en: 'Rate above the ceiling', target: 120 }),
      'errors.constraints.indicators_target_range',
    );
  });

  it('a negative target', async () => {
    await refuse(
      () => interior.from('indicators').insert({ code: 'AM', area_id: 2, name_vi: 'Chỉ tiêu âm', name_en: 'Negative target', target: -1, is_rate: false }),
      'errors.constraints.indicators_target_range',
    );
  });

  it('an indicator code in the wrong form', async () => {
    await refuse(
      () => interior.from('indicators').insert({ code: 'mã có dấu', area_id: 2, name_vi: 'Chỉ tiêu sai mã', name_en: 'Bad code', target: 50 }),
      'errors.constraints.indicators_code_format',
    );
  });

  it('an indicator code that is already used', async () => {
    await refuse(
      () => interior.from('indicators').insert({ code: 'TTHC-01', area_id: 2, name_vi: 'Chỉ tiêu trùng mã', name_en: 'Duplicate code', target: 50 }),
      'errors.constraints.indicators_code_key',
    );
  });

  it('an indicator name too short', async () => {
    await refuse(
      () => interior.from('indicators').insert({ code: 'NGAN', area_id: 2, name_vi: 'Tỷ', name_en: 'Short name ok', target: 50 }),
      'errors.constraints.indicators_name_vi_length',
    );
  });

  it('turning an indicator into a rate while a value is above its denominator', async () => {
    const indicator = await makeIndicator({ isRate: false, target: 50 });
    await b.sql(`insert into public.indicator_values (indicator_id, year, period, numerator, denominator) values ($1, 2024, 'q1', 30, 20)`, indicator);
    await refuse(
      () => interior.from('indicators').update({ is_rate: true }).eq('id', indicator),
      'errors.rules.indicator_rate_values_over',
    );
  });

  it('deleting an indicator that has values (deactivate it instead)', async () => {
    const indicator = await makeIndicator();
    await b.sql(`insert into public.indicator_values (indicator_id, year, period, numerator, denominator) values ($1, 2024, 'q1', 1, 2)`, indicator);
    await refuse(() => interior.from('indicators').delete().eq('id', indicator), 'errors.rules.indicator_has_values');
  });
});
