// The pages addressed by a plan's id, for an id that could be a plan's but is
// not (or is not visible): each asks the server and says "not found", as Home
// Affairs sees them.  Then the same pages for a real plan draw it.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
// The route world first: it sets up the DOM that Testing Library binds to.
import { startRouteWorld, type RouteWorld } from '../route-test';
import { cleanup, screen } from '@testing-library/react';
import { byId, type RouteModule } from '../by-id';

let world: RouteWorld;
type Route = Awaited<ReturnType<ReturnType<typeof byId>>> & { path: string };
const pages: Record<string, Route> = {};
const load = async (path: string, module: () => Promise<RouteModule>): Promise<Route> => ({ path, ...(await byId('planId', module)()) });
let plan: { id: string; title: string };

beforeAll(async () => {
  world = await startRouteWorld();
  pages.plan = await load('/plans/:planId', () => import('./PlanPage'));
  pages.newTask = await load('/plans/:planId/tasks/new', () => import('./NewTaskPage'));
  pages.import = await load('/plans/:planId/import', () => import('./ImportPage'));
  pages.carryOver = await load('/plans/:planId/carry-over', () => import('./CarryOverPage'));
  [plan] = (await world.backend.sql<typeof plan>(`select id, title from public.plans where status = 'in_force' order by year desc, id limit 1`)) as [
    typeof plan,
  ];
}, 180_000);
afterEach(() => cleanup());
afterAll(async () => {
  await world?.close();
});

// The pages addressed by a plan's id, and what follows the id in their address.
const BY_PLAN_ID = [
  ['plan', ''],
  ['newTask', '/tasks/new'],
  ['import', '/import'],
  ['carryOver', '/carry-over'],
] as const;

describe('a page of a plan that does not exist', () => {
  for (const [name, suffix] of BY_PLAN_ID) {
    it(`${name}: says the plan was not found`, async () => {
      const me = await world.signIn('noivu@example.vn');
      await world.render(pages[name]!, `/plans/${randomUUID()}${suffix}`, me);
      expect(await screen.findByText('Không tìm thấy kế hoạch.', undefined, { timeout: 15_000 })).toBeTruthy();
      expect(screen.queryByRole('alert')).toBeNull();
    });
  }
});

describe('the same pages for a plan in force', () => {
  for (const [name, suffix] of BY_PLAN_ID) {
    it(`${name}: draws the plan`, async () => {
      const me = await world.signIn('noivu@example.vn');
      await world.render(pages[name]!, `/plans/${plan.id}${suffix}`, me);
      const named = await screen.findAllByText((text) => text.includes(plan.title), undefined, { timeout: 15_000 });
      expect(named.length).toBeGreaterThan(0);
      expect(screen.queryByRole('alert')).toBeNull();
    });
  }
});
