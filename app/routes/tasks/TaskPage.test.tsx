// The task page, rendered as each person against the real backend: what it
// says about the task (lateness by the rule every figure uses) and which
// actions it offers (the permissions the database enforces).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startRouteWorld, type RouteWorld } from '../route-test';
import { cleanup, screen, within } from '@testing-library/react';
import { byId } from '../by-id';

let world: RouteWorld;
// Loaded once the app's client points at the test backend.
// The page as the router loads it: behind the guard of addresses by id.
let route: Awaited<ReturnType<ReturnType<typeof byId>>> & { path: string };
let overdue: { id: string; title: string; days_late: number; lead_unit_id: string };
let notDue: { id: string; title: string };

beforeAll(async () => {
  world = await startRouteWorld();
  route = { path: '/tasks/:taskId', ...(await byId('taskId', () => import('./TaskPage'))()) };
  [overdue] = await world.backend.sql<typeof overdue>(
    `select o.id, o.title, o.days_late, t.lead_unit_id from public.task_overview o join public.tasks t on t.id = o.id
       join public.plans p on p.id = o.plan_id
      where o.timeliness = 'open_overdue' and p.status = 'in_force' order by o.days_late desc, o.id limit 1`,
  ) as [typeof overdue];
  [notDue] = await world.backend.sql<typeof notDue>(
    `select o.id, o.title from public.task_overview o join public.plans p on p.id = o.plan_id
      where o.timeliness = 'open_not_due' and o.status = 'in_progress' and p.status = 'in_force' order by o.id limit 1`,
  ) as [typeof notDue];
}, 180_000);
afterEach(() => cleanup());
afterAll(async () => {
  await world?.close();
});

describe('the task page', () => {
  it('says an overdue task is late, by as many days as the database counts, and offers Home Affairs an extension', async () => {
    const me = await world.signIn('noivu@example.vn');
    await world.render(route, `/tasks/${overdue.id}`, me);
    expect(await screen.findByRole('heading', { level: 1, name: overdue.title }, { timeout: 15_000 })).toBeTruthy();
    expect(screen.getByTestId('task-timeliness').textContent).toBe(`Quá hạn ${overdue.days_late.toLocaleString('vi-VN')} ngày`);
    expect(screen.getByRole('button', { name: 'Gia hạn nhiệm vụ' })).toBeTruthy();
  });

  it('in English, a task not yet due says so', async () => {
    const me = await world.signIn('noivu@example.vn');
    await world.render(route, `/tasks/${notDue.id}`, me, 'en');
    await screen.findByRole('heading', { level: 1, name: notDue.title }, { timeout: 15_000 });
    expect(screen.getByTestId('task-timeliness').textContent).toBe('Not yet due');
  });

  it('the steering committee reads and comments, and is offered no change', async () => {
    const me = await world.signIn('committee@example.vn');
    await world.render(route, `/tasks/${overdue.id}`, me);
    await screen.findByRole('heading', { level: 1, name: overdue.title }, { timeout: 15_000 });
    expect(screen.queryByRole('button', { name: 'Gia hạn nhiệm vụ' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Sửa nhiệm vụ' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Cập nhật trạng thái' })).toBeNull();
    expect(screen.getByRole('textbox', { name: /Bình luận|Ý kiến/ })).toBeTruthy();
  });

  it('a head of another unit reads the task but cannot work on it', async () => {
    const [head] = await world.backend.sql<{ email: string }>(
      `select u.email from auth.users u join public.profiles p on p.id = u.id
        where p.role = 'dept_head' and p.unit_id <> $1 and u.email like '%@example.vn' order by u.email limit 1`,
      overdue.lead_unit_id,
    );
    const me = await world.signIn(head!.email);
    await world.render(route, `/tasks/${overdue.id}`, me);
    const main = await screen.findByRole('article', undefined, { timeout: 15_000 });
    expect(within(main).getByRole('heading', { level: 1 }).textContent).toBe(overdue.title);
    expect(within(main).queryByRole('button', { name: /Báo cáo hoàn thành|Bắt đầu thực hiện/ })).toBeNull();
  });

  it('an address whose id cannot be a task is "not found" at once, without asking the server', async () => {
    const me = await world.signIn('committee@example.vn');
    const passOn = globalThis.fetch;
    const asked: string[] = [];
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      asked.push(String(input instanceof Request ? input.url : input));
      return passOn(input, init);
    };
    try {
      for (const url of ['/tasks/%25', '/tasks/abc', `/tasks/${overdue.id}x`]) {
        await world.render(route, url, me);
        expect((await screen.findByRole('heading', { level: 1 }, { timeout: 15_000 })).textContent).toBe('Không tìm thấy trang');
        cleanup();
      }
      expect(asked).toEqual([]);
    } finally {
      globalThis.fetch = passOn;
    }
  });
});
