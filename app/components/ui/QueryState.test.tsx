// @vitest-environment jsdom
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider, useQueries } from '@tanstack/react-query';
import { combine } from '../../data/combine';
import { QueryState } from './QueryState';
import { renderIn } from './test-utils';

afterEach(cleanup);

/** A query function the test answers by hand, counting how often it is asked. */
function answerable<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const fn = Object.assign(
    () => {
      fn.calls += 1;
      return new Promise<T>((ok, fail) => {
        resolve = ok;
        reject = fail;
      });
    },
    { calls: 0 },
  );
  return { fn, resolve: (value: T) => resolve(value), reject: (error: Error) => reject(error) };
}

function PlanPage({ plan, units }: { plan: () => Promise<{ title: string } | null>; units: () => Promise<string[]> }) {
  const page = useQueries({
    queries: [
      { queryKey: ['plan'], queryFn: plan },
      { queryKey: ['units'], queryFn: units },
    ] as const,
    combine: combine(([p, u]) => (p ? { title: p.title, units: u } : null)),
  });
  return (
    <QueryState query={page} empty="Không tìm thấy kế hoạch.">
      {(data) => <p>{`${data.title}: ${data.units.join(', ')}`}</p>}
    </QueryState>
  );
}

function withClient(ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{ui}</QueryClientProvider>;
}

describe('QueryState over several queries (combine)', () => {
  it('waits until every query has answered', async () => {
    const plan = answerable<{ title: string } | null>();
    const units = answerable<string[]>();
    await renderIn('vi', withClient(<PlanPage plan={plan.fn} units={units.fn} />));
    expect(screen.getByRole('status').textContent).toContain('Đang tải');
    plan.resolve({ title: '250/KH-UBND' });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByRole('status').textContent).toContain('Đang tải');
    units.resolve(['Sở Tư pháp', 'Sở Nội vụ']);
    expect(await screen.findByText('250/KH-UBND: Sở Tư pháp, Sở Nội vụ')).toBeTruthy();
  });

  it('shows the error as soon as one fails, and the retry asks every query again', async () => {
    const plan = answerable<{ title: string } | null>();
    const units = answerable<string[]>();
    await renderIn('en', withClient(<PlanPage plan={plan.fn} units={units.fn} />));
    plan.resolve({ title: '250/KH-UBND' });
    units.reject(new Error('network down'));
    expect((await screen.findByRole('alert')).textContent).toContain('network down');
    expect([plan.fn.calls, units.fn.calls]).toEqual([1, 1]);

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect([plan.fn.calls, units.fn.calls]).toEqual([2, 2]);
    plan.resolve({ title: '250/KH-UBND' });
    units.resolve(['Sở Tư pháp']);
    expect(await screen.findByText('250/KH-UBND: Sở Tư pháp')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the empty message when the combined answer is nothing', async () => {
    const plan = answerable<{ title: string } | null>();
    const units = answerable<string[]>();
    await renderIn('vi', withClient(<PlanPage plan={plan.fn} units={units.fn} />));
    plan.resolve(null);
    units.resolve([]);
    expect(await screen.findByText('Không tìm thấy kế hoạch.')).toBeTruthy();
  });
});

describe('QueryState and a null answer', () => {
  const answered = <T,>(data: T) => ({ data, error: null, isPending: false });

  it('with an empty message, shows it for null before asking isEmpty, and never hands null to its children', async () => {
    const asked: unknown[] = [];
    await renderIn(
      'vi',
      <QueryState
        query={answered<string[] | null>(null)}
        empty="Không có."
        isEmpty={(rows) => {
          asked.push(rows);
          return rows.length === 0;
        }}
      >
        {(rows) => <p>{rows.join(', ')}</p>}
      </QueryState>,
    );
    expect(screen.getByText('Không có.')).toBeTruthy();
    expect(asked).toEqual([]);
  });

  it('without one, hands null to its children, which decide', async () => {
    await renderIn('vi', <QueryState query={answered<string | null>(null)}>{(name) => <p>{name ?? 'chưa đặt tên'}</p>}</QueryState>);
    expect(screen.getByText('chưa đặt tên')).toBeTruthy();
  });
});
