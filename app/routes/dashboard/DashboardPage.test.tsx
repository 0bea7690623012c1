// The dashboard, rendered as the steering committee against the real backend:
// the headline, the areas and the unit ranking on screen are the database's
// figures (plan_figures, unit_figures), today and as of an earlier day.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startRouteWorld, type RouteWorld } from '../route-test';
import { cleanup, screen, within } from '@testing-library/react';
import { formatCount, formatPercent, formatRatio } from '../../lib/format';

let world: RouteWorld;
let DashboardPage: typeof import('./DashboardPage');
let planId: string;

interface Figures {
  area_id: number | null;
  total: number;
  done: number;
  open_overdue: number;
}

beforeAll(async () => {
  world = await startRouteWorld();
  DashboardPage = await import('./DashboardPage');
  const [plan] = await world.backend.sql<{ id: string }>(`select id from public.plans where doc_number = '315/KH-UBND'`);
  planId = plan!.id;
}, 180_000);
afterEach(() => cleanup());
afterAll(async () => world?.close());

const route = () => ({ path: '/dashboard', Component: DashboardPage.Component, loader: DashboardPage.loader });

async function figures(asOf: string | null) {
  const rows = await world.backend.sql<Figures>(`select area_id, total, done, open_overdue from public.plan_figures($1, $2)`, planId, asOf);
  const units = await world.backend.sql<{ rank: number; unit_name: string; done: number; total: number }>(
    `select rank, unit_name, done, total from public.unit_figures($1, $2)`,
    planId,
    asOf,
  );
  return { whole: rows.find((r) => r.area_id === null)!, areas: rows.filter((r) => r.area_id !== null), units };
}

describe('the dashboard', () => {
  for (const asOf of [null, '2024-06-30']) {
    it(`shows the plan's figures from the database${asOf ? ` as of ${asOf}` : ''}: headline, areas and ranking`, async () => {
      const me = await world.signIn('committee@example.vn');
      const { whole, areas, units } = await figures(asOf);
      expect(whole.total).toBeGreaterThan(0);
      // (an earlier day has other figures: the page must ask for that day)
      if (asOf) expect((await figures(null)).whole.done).not.toBe(whole.done);
      await world.render(route(), `/dashboard?plan=${planId}${asOf ? `&asOf=${asOf}` : ''}`, me);
      const done = await screen.findByTestId('dashboard-done', undefined, { timeout: 20_000 });
      expect(done.textContent).toBe(`Đã hoàn thành ${formatCount(whole.done, whole.total, 'vi')} nhiệm vụ (${formatPercent(whole.done, whole.total, 'vi')})`);
      expect(screen.getByTestId('dashboard-overdue').textContent).toContain(`Quá hạn chiếm ${formatPercent(whole.open_overdue, whole.total, 'vi')}`);
      for (const area of areas) {
        expect(screen.getByTestId(`dashboard-area-${area.area_id}`).textContent).toContain(formatCount(area.done, area.total, 'vi'));
      }
      const ranking = screen.getByRole('region', { name: 'Xếp hạng đơn vị chủ trì' });
      const rows = within(ranking).getAllByRole('row').slice(1);
      expect(rows).toHaveLength(units.length);
      // each row: the unit's rank, name and done/total as the database ranks it, best first
      const shown = rows.map((row) => {
        const [rank, name, ratio] = within(row).getAllByRole('cell').map((c) => c.textContent);
        return `${rank} ${name} ${ratio}`;
      });
      const expected = units.map((u) => `${u.rank} ${u.unit_name} ${formatRatio(u.done, u.total, 'vi')}`);
      expect([...shown].sort()).toEqual([...expected].sort());
      const ranks = shown.map((line) => Number(line.split(' ')[0]));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    });
  }

  // The loader asks for the dashboard's one request with the plans, before the page is drawn.
  for (const inAddress of [true, false]) {
    it(`starts the dashboard's data in its loader (plan ${inAddress ? 'named in the address' : 'by default, once the plans are in'})`, async () => {
      await world.signIn('committee@example.vn');
      const { queryClient } = await import('../../providers');
      const { defaultPlan, plansQueryOptions } = await import('../../data/plans/get-plans');
      const { figureKeys } = await import('../../data/figures/keys');
      const target = inAddress ? planId : defaultPlan(await queryClient.fetchQuery(plansQueryOptions()))!.id;
      queryClient.clear();
      const url = `http://127.0.0.1/dashboard${inAddress ? `?plan=${planId}` : ''}`;
      await DashboardPage.loader({ request: new Request(url), params: {}, context: undefined } as never);
      await vi.waitFor(() => expect(queryClient.getQueryData(figureKeys.page(target, null))).toBeDefined(), { timeout: 20_000 });
      expect(queryClient.getQueryState(figureKeys.page(target, null))?.status).toBe('success');
    });
  }
});
