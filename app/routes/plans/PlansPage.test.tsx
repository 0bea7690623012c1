// The plans list and "Đơn vị của tôi", rendered as each person against the
// real backend: the figures on screen are the database's, and what a person
// is offered follows what the database lets them do.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startRouteWorld, type RouteWorld } from '../route-test';
import { cleanup, screen, within } from '@testing-library/react';

let world: RouteWorld;
let PlansPage: typeof import('./PlansPage');
let MyUnitPage: typeof import('../my-unit/MyUnitPage');

beforeAll(async () => {
  world = await startRouteWorld();
  PlansPage = await import('./PlansPage');
  MyUnitPage = await import('../my-unit/MyUnitPage');
}, 180_000);
afterEach(() => cleanup());
afterAll(async () => world?.close());

describe('the plans list', () => {
  it('shows every plan the steering committee reads with its figure from the database, and offers no new plan', async () => {
    const me = await world.signIn('committee@example.vn');
    await world.render({ path: '/plans', Component: PlansPage.Component, loader: PlansPage.loader }, '/plans', me);
    const list = await screen.findByRole('list', undefined, { timeout: 15_000 });
    const plans = await world.backend.sql<{ doc_number: string; done: number; total: number }>(
      `select p.doc_number, coalesce(g.done, 0)::int as done, coalesce(g.total, 0)::int as total
         from public.plans p left join public.plan_progress g on g.plan_id = p.id where p.status <> 'draft'`,
    );
    expect(plans.length).toBeGreaterThan(1);
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(plans.length);
    for (const plan of plans) {
      const item = items.find((li) => li.textContent!.includes(plan.doc_number))!;
      expect(item, plan.doc_number).toBeTruthy();
      expect(item.textContent).toContain(`${plan.done.toLocaleString('vi-VN')}/${plan.total.toLocaleString('vi-VN')}`);
    }
    expect(screen.queryByRole('link', { name: '+ Lập kế hoạch mới' })).toBeNull();
  });

  it('offers Home Affairs a new plan', async () => {
    const me = await world.signIn('noivu@example.vn');
    await world.render({ path: '/plans', Component: PlansPage.Component, loader: PlansPage.loader }, '/plans', me);
    expect(await screen.findByRole('link', { name: '+ Lập kế hoạch mới' }, { timeout: 15_000 })).toBeTruthy();
  });
});

describe('"Đơn vị của tôi"', () => {
  it('a head of unit sees the counts the database gives the unit', async () => {
    const [head] = await world.backend.sql<{ email: string; unit_id: string }>(
      `select u.email, p.unit_id from auth.users u join public.profiles p on p.id = u.id
        where p.role = 'dept_head' and u.email = 'tuphap@example.vn'`,
    );
    const me = await world.signIn(head!.email);
    await world.render({ path: '/my-unit', Component: MyUnitPage.Component }, '/my-unit', me);
    const [counts] = await world.backend.sql<Record<string, number>>(`select * from public.unit_task_counts($1)`, head!.unit_id);
    expect(counts!.total).toBeGreaterThan(0);
    const figure = async (id: string) => (await screen.findByTestId(id, undefined, { timeout: 15_000 })).querySelector('.count-figure')?.textContent;
    expect(await figure('count-overdue')).toBe(String(counts!.overdue));
    expect(await figure('count-dueSoon')).toBe(String(counts!.due_soon));
    expect(await figure('count-returned')).toBe(String(counts!.returned));
    expect(await figure('count-submitted')).toBe(String(counts!.submitted));
    expect((await screen.findByTestId('count-overdue-30')).textContent).toContain(String(counts!.overdue_30));
  });
});
