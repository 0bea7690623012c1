// A periodic report and the reports list, rendered against the real backend:
// a draft Home Affairs starts shows the plan's figures as the database computes
// them for the report's cut-off day, Home Affairs is offered to submit it and
// the steering committee (who reads it) is not, and the list shows every
// report the database has.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startRouteWorld, type RouteWorld } from '../route-test';
import { cleanup, screen, within } from '@testing-library/react';
import { byId } from '../by-id';
import { formatPercent } from '../../lib/format';

let world: RouteWorld;
let reportId: string;
let reportRoute: Awaited<ReturnType<ReturnType<typeof byId>>> & { path: string };
let ReportsPage: typeof import('./ReportsPage');

beforeAll(async () => {
  world = await startRouteWorld();
  reportRoute = { path: '/reports/:reportId', ...(await byId('reportId', () => import('./ReportPage'))()) };
  ReportsPage = await import('./ReportsPage');
  const [plan] = await world.backend.sql<{ id: string }>(`select id from public.plans where doc_number = '315/KH-UBND' and year = 2024`);
  await world.signIn('noivu@example.vn');
  const { createReport } = await import('../../data/reports/create-report');
  reportId = await createReport({ plan_id: plan!.id, period: 'h1', year: 2024 });
}, 180_000);
afterEach(() => cleanup());
afterAll(async () => world?.close());

describe('a periodic report', () => {
  it("shows Home Affairs the plan's figures at the report's cut-off day, and offers to submit the draft", async () => {
    const me = await world.signIn('noivu@example.vn');
    const [whole] = await world.backend.sql<{ done: number; total: number }>(
      `select f.done, f.total from public.reports r, public.plan_figures(r.plan_id, r.data_to) f where r.id = $1 and f.area_id is null`,
      reportId,
    );
    expect(whole!.total).toBeGreaterThan(0);
    await world.render(reportRoute, `/reports/${reportId}`, me);
    const headline = await screen.findByTestId('report-headline', undefined, { timeout: 20_000 });
    expect(headline.textContent).toBe(`Đã hoàn thành ${whole!.done}/${whole!.total} nhiệm vụ (${formatPercent(whole!.done, whole!.total, 'vi')})`);
    expect(screen.getByRole('button', { name: 'Gửi báo cáo' })).toBeTruthy();
  });

  it('the steering committee reads the same figures and is offered no submit', async () => {
    const me = await world.signIn('committee@example.vn');
    await world.render(reportRoute, `/reports/${reportId}`, me);
    const headline = await screen.findByTestId('report-headline', undefined, { timeout: 20_000 });
    expect(headline.textContent).toMatch(/^Đã hoàn thành \d+\/\d+ nhiệm vụ/);
    expect(screen.queryByRole('button', { name: 'Gửi báo cáo' })).toBeNull();
  });

  it('the reports list shows every report the database has, with its plan', async () => {
    const me = await world.signIn('committee@example.vn');
    const reports = await world.backend.sql<{ doc_number: string }>(
      `select p.doc_number from public.reports r join public.plans p on p.id = r.plan_id`,
    );
    expect(reports.length).toBeGreaterThan(0);
    await world.render({ path: '/reports', Component: ReportsPage.Component, loader: ReportsPage.loader }, '/reports', me);
    const table = await screen.findByRole('table', undefined, { timeout: 20_000 });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(reports.length);
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]!.textContent).sort()).toEqual(reports.map((r) => r.doc_number).sort());
  });
});
