// The task list, rendered against the real backend: the count and the rows on
// screen are what the database answers each person for the filters in the
// address (task_list_page), and a head of unit is not shown a draft plan's
// tasks that Home Affairs sees.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startRouteWorld, type RouteWorld } from '../route-test';
import { cleanup, screen, waitFor, within } from '@testing-library/react';

let world: RouteWorld;
let TaskListPage: typeof import('./TaskListPage');

beforeAll(async () => {
  world = await startRouteWorld();
  TaskListPage = await import('./TaskListPage');
}, 180_000);
afterEach(() => cleanup());
afterAll(async () => world?.close());

const route = () => ({ path: '/tasks', Component: TaskListPage.Component, loader: TaskListPage.loader });

/** The count the page settles on, and the task titles it shows. */
async function shown() {
  const count = await screen.findByTestId('result-count', undefined, { timeout: 20_000 });
  await waitFor(() => expect(count.getAttribute('data-settled')).toBe('true'), { timeout: 20_000 });
  await waitFor(() => expect(count.getAttribute('data-total')).not.toBeNull(), { timeout: 20_000 });
  const table = screen.queryByRole('table');
  const titles = table ? within(table).queryAllByRole('link').map((a) => a.textContent!.trim()) : [];
  return { total: Number(count.getAttribute('data-total')), titles };
}

describe('the task list', () => {
  it('shows the steering committee the tasks in progress or returned, as many as the database counts', async () => {
    const me = await world.signIn('committee@example.vn');
    const tasks = await world.backend.sql<{ title: string }>(`select title from public.tasks where status in ('in_progress', 'returned')`);
    expect(tasks.length).toBeGreaterThan(0);
    await world.render(route(), '/tasks?status=in_progress,returned&sort=due', me);
    const { total, titles } = await shown();
    expect(total).toBe(tasks.length);
    expect(titles.length).toBeGreaterThan(0);
    const expected = new Set(tasks.map((t) => t.title));
    for (const title of titles) expect(expected.has(title), title).toBe(true);
  });

  it('finds tasks by words typed without diacritics', async () => {
    const me = await world.signIn('committee@example.vn');
    // every word, folded (đ → d, no marks), somewhere in the ordinal, title or expected output
    const tasks = await world.backend.sql<{ title: string }>(
      `select title from public.tasks where search_text ilike '%thu%' and search_text ilike '%tuc%'`,
    );
    expect(tasks.length).toBeGreaterThan(0);
    await world.render(route(), '/tasks?q=thu+tuc', me);
    const { total, titles } = await shown();
    expect(total).toBe(tasks.length);
    expect(titles.length).toBeGreaterThan(0);
    const expected = new Set(tasks.map((t) => t.title));
    for (const title of titles) expect(expected.has(title), title).toBe(true);
    expect(titles.some((title) => /thủ tục/i.test(title))).toBe(true);
  });

  it("does not show a head of unit a draft plan's tasks, which Home Affairs sees", async () => {
    // a plan Home Affairs is still drafting, with two tasks led by the head's own unit
    const [plan] = await world.backend.sql<{ id: string; n: number }>(
      `insert into public.plans (doc_number, title, year, issued_on, status)
       values ('99/KH-DT', 'Kế hoạch đang soạn thảo', 2027, null, 'draft') returning id, 2 as n`,
    );
    await world.backend.sql(
      `insert into public.tasks (plan_id, area_id, ordinal, title, lead_unit_id, due_date)
       select $1, 1, o, 'Nhiệm vụ dự thảo số ' || o, p.unit_id, date '2027-06-30'
         from public.profiles p join auth.users u on u.id = p.id, unnest(array['1', '2']) o
        where u.email = 'tuphap@example.vn'`,
      plan!.id,
    );
    const interior = await world.signIn('noivu@example.vn');
    await world.render(route(), `/tasks?plan=${plan!.id}`, interior);
    expect((await shown()).total).toBe(plan!.n);
    cleanup();

    const head = await world.signIn('tuphap@example.vn');
    await world.render(route(), `/tasks?plan=${plan!.id}`, head);
    const { total, titles } = await shown();
    expect(total).toBe(0);
    expect(titles).toEqual([]);
  });
});
