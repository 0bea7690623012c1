// A rate indicator's value may reach 100 % (numerator equal to the
// denominator) but never exceed it; an indicator that is not a rate may.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend, type Client } from './harness';
import { uniq } from './fixtures';

let b: Backend;
let interior: Client;
beforeAll(async () => {
  b = await startBackend({ seed: true });
  interior = await b.signIn('noivu@example.vn');
});
afterAll(async () => b?.close());

async function indicator(isRate: boolean): Promise<string> {
  const [row] = await b.sql<{ id: string }>(
    `insert into public.indicators (code, area_id, name_vi, name_en, target, is_rate)
     values ($1, 2, 'Chỉ tiêu thử giới hạn', 'Bound test indicator', 90, $2) returning id`,
    `B-${uniq()}`.toUpperCase().slice(0, 32),
    isRate,
  );
  return row!.id;
}

const record = (indicatorId: string, numerator: number, denominator: number) =>
  interior.from('indicator_values').insert({ indicator_id: indicatorId, year: 2024, period: 'annual', numerator, denominator }).select('numerator').single();

describe('rate values', () => {
  it('100 % is accepted and read back as 100', async () => {
    const id = await indicator(true);
    expect((await record(id, 250, 250)).error).toBeNull();
    const { data } = await interior.from('indicator_value_rates').select('rate, achieved').eq('indicator_id', id).single();
    expect({ rate: Number(data!.rate), achieved: data!.achieved }).toEqual({ rate: 100, achieved: true });
  });

  it('over 100 % is refused', async () => {
    const id = await indicator(true);
    expect((await record(id, 251, 250)).error?.hint).toBe('indicator_value_over_denominator');
    expect(await b.sql('select 1 from public.indicator_values where indicator_id = $1', id)).toHaveLength(0);
  });

  it('an indicator that is not a rate takes a numerator above its denominator', async () => {
    const id = await indicator(false);
    expect((await record(id, 251, 250)).error).toBeNull();
  });
});
