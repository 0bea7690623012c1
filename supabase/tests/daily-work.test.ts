// Daily work through the real API, as the demo users: the task list view and
// its search, a unit's counts ("Đơn vị của tôi"), saved views (owner only)
// and the notifications derived from tasks and their history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldedWords } from '../../app/lib/fold-vi';
import { startBackend, type Backend, type Client } from './harness';
import { makePlan, makeTask, uniq, unitId, userId } from './fixtures';

let b: Backend;
let committee: Client;
let tuphap: Client;
let tttt: Client;
let noivu: Client;
let admin: Client;
let noRole: Client;
let today: string;

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const patterns = (query: string) => foldedWords(query).map((w) => `%${w}%`);
const sqlCount = async (query: string, ...params: unknown[]) =>
  Number((await b.sql<{ n: number }>(`select count(*)::int as n from (${query}) q`, ...params))[0]!.n);

beforeAll(async () => {
  b = await startBackend({ seed: true });
  committee = await b.signIn('committee@example.vn');
  tuphap = await b.signIn('tuphap@example.vn');
  tttt = await b.signIn('tttt@example.vn');
  noivu = await b.signIn('noivu@example.vn');
  admin = await b.signIn('admin@example.vn');
  noRole = await b.signUp('chua.co.vai.tro@example.vn');
  today = (await b.sql<{ today: string }>(`select private.local_date(now())::text as today`))[0]!.today;
});
afterAll(async () => b?.close());

describe('task_list view', () => {
  it('members read every task; anonymous and accounts without a role read nothing', async () => {
    const total = await sqlCount('select 1 from public.tasks');
    for (const c of [committee, tuphap, noivu, admin]) {
      const { count, error } = await c.from('task_list').select('id', { count: 'exact', head: true });
      expect(error).toBeNull();
      expect(count).toBe(total);
    }
    for (const c of [b.anon(), noRole]) {
      const { data } = await c.from('task_list').select('id').limit(5);
      expect(data ?? []).toEqual([]);
    }
  });

  it('search ignores diacritics and case: every folded word must appear, in any order', async () => {
    const expected = await sqlCount(
      `select 1 from public.tasks where search_text like '%chu%' and search_text like '%ky%' and search_text like '%so%'`,
    );
    expect(expected).toBe(3);
    for (const typed of ['chu ky so', 'Chữ KÝ số', 'SO chu ky', 'chữ ký  số']) {
      const { data, error } = await committee.from('task_list').select('title').ilikeAllOf('search_text', patterns(typed));
      expect(error).toBeNull();
      expect(data).toHaveLength(expected);
    }
    const { data } = await committee.from('task_list').select('title').ilikeAllOf('search_text', patterns('thanh toan truc tuyen'));
    expect(data!.map((r) => r.title).sort()).toEqual([
      // last year's plan of the CCHC index demo (seeds/cchc-index.sql)
      'Triển khai thanh toán trực tuyến phí, lệ phí tại Bộ phận Một cửa phường',
      'Tích hợp thanh toán trực tuyến phí, lệ phí và nghĩa vụ tài chính trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh',
    ]);
  });

  it('orders ordinals as numbers (6.9 before 6.10) and work still to do before finished work', async () => {
    const [plan] = await b.sql<{ id: string }>(`select id from public.plans where doc_number = '250/KH-UBND'`);
    const { data } = await committee.from('task_list').select('ordinal').eq('plan_id', plan!.id).eq('area_id', 6).order('ordinal_path');
    const ordinals = data!.map((r) => r.ordinal);
    expect(ordinals.indexOf('6.9')).toBeLessThan(ordinals.indexOf('6.10'));
    expect(ordinals.at(-1)).toBe('6.13');

    const { data: byStatus } = await committee.from('task_list').select('status').order('status_rank').limit(1000);
    const order = ['not_started', 'in_progress', 'returned', 'submitted', 'done', 'cancelled'];
    const ranks = byStatus!.map((r) => order.indexOf(r.status!));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  });

  it('a due-date range is one parameter and keeps both ends', async () => {
    const from = addDays(today, -30);
    const to = addDays(today, 30);
    const { data, error } = await committee.from('task_list').select('id').or(`and(due_date.gte.${from},due_date.lte.${to})`);
    expect(error).toBeNull();
    expect(data).toHaveLength(await sqlCount('select 1 from public.tasks where due_date between $1 and $2', from, to));
  });
});

describe('unit_task_counts', () => {
  let unit: string;
  beforeAll(async () => {
    // A unit of its own, with one task in each situation.
    const [row] = await b.sql<{ id: string }>(
      `insert into public.units (code, name, kind) values ('DW-TEST', 'Đơn vị thử nghiệm việc hằng ngày', 'department') returning id`,
    );
    unit = row!.id;
    const planId = await makePlan(b);
    const task = (f: Parameters<typeof makeTask>[1]) => makeTask(b, { planId, lead: 'DW-TEST', start: '2020-01-01', ...f });
    await task({ status: 'in_progress', due: addDays(today, 0) }); // due soon (today)
    await task({ status: 'not_started', due: addDays(today, 7) }); // due soon (last day of the window)
    await task({ status: 'returned', due: addDays(today, 3) }); // due soon and returned
    await task({ status: 'submitted', due: addDays(today, 5), submittedAt: new Date().toISOString() }); // waiting, not "to do"
    await task({ status: 'in_progress', due: addDays(today, 8) }); // outside the window
    await task({ status: 'in_progress', due: addDays(today, -10) }); // overdue 10
    await task({ status: 'not_started', due: addDays(today, -45) }); // overdue 45
    await task({ status: 'in_progress', due: addDays(today, -100) }); // overdue 100
    await task({ status: 'returned', due: addDays(today, -200) }); // overdue 200, returned
    await task({ status: 'done', due: addDays(today, -50), completedOn: addDays(today, -10) }); // done late: not overdue
    await task({ status: 'cancelled', due: addDays(today, -50) }); // cancelled: nothing
  });

  it('counts each group in SQL for the unit', async () => {
    const { data, error } = await tuphap.rpc('unit_task_counts', { p_unit_id: unit }).single();
    expect(error).toBeNull();
    expect(data).toEqual({
      today,
      due_soon_until: addDays(today, 7),
      total: 11,
      due_soon: 3,
      overdue: 4,
      overdue_30: 3,
      overdue_90: 2,
      overdue_120: 1,
      returned: 2,
      submitted: 1,
    });
  });

  it('each count equals the rows of the task-list filters it links to', async () => {
    for (const code of ['STP', 'SKHCN', 'DW-TEST']) {
      const id = await unitId(b, code);
      const { data: counts } = await tuphap.rpc('unit_task_counts', { p_unit_id: id }).single();
      const list = () => tuphap.from('task_list').select('id', { count: 'exact', head: true }).eq('lead_unit_id', id);
      const n = async (q: PromiseLike<{ count: number | null }>) => (await q).count;
      expect(
        await n(
          list()
            .in('status', ['not_started', 'in_progress', 'returned'])
            .eq('timeliness', 'open_not_due')
            .or(`and(due_date.gte.${counts!.today},due_date.lte.${counts!.due_soon_until})`),
        ),
      ).toBe(counts!.due_soon);
      expect(await n(list().eq('timeliness', 'open_overdue'))).toBe(counts!.overdue);
      for (const days of [30, 90, 120] as const) {
        expect(await n(list().eq('timeliness', 'open_overdue').gt('days_late', days))).toBe(counts![`overdue_${days}`]);
      }
      expect(await n(list().eq('status', 'returned'))).toBe(counts!.returned);
      expect(await n(list().eq('status', 'submitted'))).toBe(counts!.submitted);
      expect(await n(list())).toBe(counts!.total);
    }
  });

  it('a unit without tasks gets one row of zeros; an account without a role counts nothing; anonymous may not call it', async () => {
    const [empty] = await b.sql<{ id: string }>(
      `insert into public.units (code, name, kind) values ('DW-EMPTY', 'Đơn vị chưa có nhiệm vụ', 'agency') returning id`,
    );
    const { data } = await committee.rpc('unit_task_counts', { p_unit_id: empty!.id }).single();
    expect(data).toMatchObject({ total: 0, due_soon: 0, overdue: 0, returned: 0, submitted: 0 });
    const { data: none } = await noRole.rpc('unit_task_counts', { p_unit_id: unit }).single();
    expect(none).toMatchObject({ total: 0, overdue: 0 });
    const { error } = await b.anon().rpc('unit_task_counts', { p_unit_id: unit });
    expect(error).not.toBeNull();
  });
});

describe('saved_views', () => {
  it('a member saves, lists, renames and deletes their own views', async () => {
    const { data: saved, error } = await tuphap
      .from('saved_views')
      .insert({ name: '  Quá hạn của Sở  ', query: 'timeliness=open_overdue&sort=due' })
      .select()
      .single();
    expect(error).toBeNull();
    expect(saved!.name).toBe('Quá hạn của Sở');
    expect(saved!.owner_id).toBe(await userId(b, 'tuphap@example.vn'));
    const { data: list } = await tuphap.from('saved_views').select('name');
    expect(list!.map((v) => v.name)).toContain('Quá hạn của Sở');
    const { data: renamed } = await tuphap.from('saved_views').update({ name: 'Quá hạn' }).eq('id', saved!.id).select();
    expect(renamed).toHaveLength(1);
    const { data: removed } = await tuphap.from('saved_views').delete().eq('id', saved!.id).select();
    expect(removed).toHaveLength(1);
  });

  it("nobody reads, changes or deletes another user's saved views, admin included", async () => {
    const { data: saved } = await tuphap.from('saved_views').insert({ name: `Riêng ${uniq()}`, query: 'status=returned' }).select().single();
    for (const other of [tttt, admin, committee, noivu]) {
      const { data: seen } = await other.from('saved_views').select('id').eq('id', saved!.id);
      expect(seen).toEqual([]);
      const { data: changed } = await other.from('saved_views').update({ name: 'Chiếm dụng' }).eq('id', saved!.id).select();
      expect(changed ?? []).toEqual([]);
      const { data: deleted } = await other.from('saved_views').delete().eq('id', saved!.id).select();
      expect(deleted ?? []).toEqual([]);
    }
    expect(await sqlCount('select 1 from public.saved_views where id = $1 and name like $2', saved!.id, 'Riêng %')).toBe(1);
  });

  it('a view cannot be saved for, or handed to, someone else', async () => {
    const other = await userId(b, 'tttt@example.vn');
    const { error: insertError } = await tuphap.from('saved_views').insert({ owner_id: other, name: 'Cho người khác', query: '' });
    expect(insertError).not.toBeNull();
    expect(await sqlCount(`select 1 from public.saved_views where name = 'Cho người khác'`)).toBe(0);

    const { data: saved } = await tuphap.from('saved_views').insert({ name: `Của tôi ${uniq()}`, query: '' }).select().single();
    const { error } = await tuphap.from('saved_views').update({ owner_id: other }).eq('id', saved!.id);
    expect(error?.hint).toBe('saved_view_fixed_columns');
    expect(await sqlCount('select 1 from public.saved_views where id = $1 and owner_id = $2', saved!.id, other)).toBe(0);
  });

  it('names are required and unique per owner; the same name is fine for two people', async () => {
    const { error: blank } = await tuphap.from('saved_views').insert({ name: '   ', query: '' });
    expect(blank?.message).toMatch(/saved_views_name_length/);
    const { error: long } = await tuphap.from('saved_views').insert({ name: 'x'.repeat(101), query: '' });
    expect(long?.message).toMatch(/saved_views_name_length/);
    const { error: badQuery } = await tuphap.from('saved_views').insert({ name: 'Dòng mới', query: 'a=1\nb=2' });
    expect(badQuery?.message).toMatch(/saved_views_query_format/);

    expect((await tuphap.from('saved_views').insert({ name: 'Trùng tên', query: 'q=a' })).error).toBeNull();
    const { error: twice } = await tuphap.from('saved_views').insert({ name: 'Trùng tên', query: 'q=b' });
    expect(twice?.message).toMatch(/saved_views_owner_name_key/);
    expect((await tttt.from('saved_views').insert({ name: 'Trùng tên', query: 'q=c' })).error).toBeNull();
  });

  it('at most 50 saved views each', async () => {
    const owner = await userId(b, 'admin@example.vn');
    await b.sql(
      `insert into public.saved_views (owner_id, name, query) select $1, 'Bộ lọc ' || g, '' from generate_series(1, 50) g`,
      owner,
    );
    const { error } = await admin.from('saved_views').insert({ name: 'Thứ 51', query: '' });
    expect(error?.hint).toBe('saved_views_limit');
    expect(error?.code).toBe('RT422');
  });

  it('anonymous and accounts without a role cannot save views', async () => {
    for (const c of [b.anon(), noRole]) {
      await c.from('saved_views').insert({ name: 'Không được', query: '' });
    }
    expect(await sqlCount(`select 1 from public.saved_views where name = 'Không được'`)).toBe(0);
  });
});

describe('notifications', () => {
  type Row = { kind: string; task_id: string; lead_unit_id: string; unread: boolean; ordinal: string };
  const feed = async (c: Client) => {
    const { data, error } = await c.from('my_notifications').select('kind, task_id, lead_unit_id, unread, ordinal');
    expect(error).toBeNull();
    return data as Row[];
  };
  const unreadCount = async (c: Client) =>
    (await c.from('my_notifications').select('id', { count: 'exact', head: true }).eq('unread', true)).count;

  it("a department head is told about their own unit's due-soon, overdue and returned tasks, and nothing else", async () => {
    const stp = await unitId(b, 'STP');
    const rows = await feed(tuphap);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.lead_unit_id === stp)).toBe(true);
    const kinds = (kind: string) => rows.filter((r) => r.kind === kind).length;
    expect(kinds('due_soon')).toBe(
      await sqlCount(
        `select 1 from public.task_list where lead_unit_id = $1 and status in ('not_started','in_progress','returned')
           and timeliness = 'open_not_due' and due_date between $2::date and $2::date + 7 and plan_status <> 'closed'`,
        stp, today,
      ),
    );
    expect(kinds('overdue')).toBe(await sqlCount(`select 1 from public.task_list where lead_unit_id = $1 and timeliness = 'open_overdue' and plan_status <> 'closed'`, stp));
    expect(kinds('returned')).toBe(await sqlCount(`select 1 from public.task_list where lead_unit_id = $1 and status = 'returned' and plan_status <> 'closed'`, stp));
    expect(kinds('submitted')).toBe(0);
    expect(rows.every((r) => r.unread)).toBe(true);

    const sttt = await unitId(b, 'SKHCN');
    expect((await feed(tttt)).every((r) => r.lead_unit_id === sttt)).toBe(true);
  });

  it('Home Affairs is told about tasks waiting for confirmation; the committee and admin get nothing', async () => {
    const rows = await feed(noivu);
    // Only tasks that can still be confirmed: a closed plan's are left out (the demo's 2024 plan has some).
    expect(rows.length).toBe(
      await sqlCount(`select 1 from public.tasks t join public.plans p on p.id = t.plan_id where t.status = 'submitted' and p.status <> 'closed'`),
    );
    expect(await sqlCount(`select 1 from public.tasks t join public.plans p on p.id = t.plan_id where t.status = 'submitted' and p.status = 'closed'`)).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['submitted']));
    expect(await feed(committee)).toEqual([]);
    expect(await feed(admin)).toEqual([]);
    expect(await feed(noRole)).toEqual([]);
    const { data } = await b.anon().from('my_notifications').select('id');
    expect(data ?? []).toEqual([]);
  });

  it('tasks newly given to the unit (created, or lead unit changed) in the last 14 days', async () => {
    const stp = await unitId(b, 'STP');
    const planId = await makePlan(b);
    // Created by Home Affairs through the API, led by Sở Tư pháp.
    const { data: created, error } = await noivu
      .from('tasks')
      .insert({ plan_id: planId, area_id: 1, ordinal: '7.1', title: 'Nhiệm vụ mới giao cho Sở Tư pháp', lead_unit_id: stp })
      .select('id')
      .single();
    expect(error).toBeNull();
    // Moved from Sở KH&CN to Sở Tư pháp.
    const moved = await makeTask(b, { planId, lead: 'SKHCN', ordinal: '7.2' });
    const { error: moveError } = await noivu.from('tasks').update({ lead_unit_id: stp, version: moved.version + 1 }).eq('id', moved.id);
    expect(moveError).toBeNull();
    const assigned = (await feed(tuphap)).filter((r) => r.kind === 'assigned').map((r) => r.task_id);
    expect(assigned).toContain(created!.id);
    expect(assigned).toContain(moved.id);
    const otherFeed = (await feed(tttt)).map((r) => r.task_id);
    expect(otherFeed).not.toContain(moved.id);
    expect(otherFeed).not.toContain(created!.id);
  });

  it('a lead-unit change older than 14 days is not news', async () => {
    const stp = await unitId(b, 'STP');
    // A demo task (its history was written by the demo data, long ago) and one
    // more event, 20 days old, giving it to Sở Tư pháp.
    const [row] = await b.sql<{ id: string }>(
      `select id from public.tasks where lead_unit_id = $1 and status = 'done' limit 1`, stp,
    );
    await b.sql(
      `insert into public.task_events (task_id, occurred_at, action, changes)
       values ($1, now() - interval '20 days', 'updated', jsonb_build_object('lead_unit_id', jsonb_build_object('old', null, 'new', $2::text)))`,
      row!.id, stp,
    );
    const assigned = (await feed(tuphap)).filter((r) => r.kind === 'assigned').map((r) => r.task_id);
    expect(assigned).not.toContain(row!.id);
  });

  it('"mark all read" clears the count; what happens afterwards is unread again', async () => {
    expect(await unreadCount(tuphap)).toBeGreaterThan(0);
    const { error } = await tuphap.rpc('mark_notifications_read');
    expect(error).toBeNull();
    expect(await unreadCount(tuphap)).toBe(0);
    expect((await feed(tuphap)).length).toBeGreaterThan(0); // still listed, as read
    expect(await unreadCount(tttt)).toBeGreaterThan(0); // someone else's mark is their own

    // Home Affairs returns a task of Sở Tư pháp that was waiting for confirmation.
    const task = await makeTask(b, { lead: 'STP', status: 'submitted', start: '2020-01-01', due: addDays(today, 20), submittedAt: new Date().toISOString() });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const { error: returnError } = await noivu
      .from('tasks')
      .update({ status: 'returned', status_reason: 'Đề nghị bổ sung minh chứng.', version: task.version + 1 })
      .eq('id', task.id);
    expect(returnError).toBeNull();
    const unread = (await feed(tuphap)).filter((r) => r.unread);
    expect(unread.map((r) => [r.kind, r.task_id])).toContainEqual(['returned', task.id]);
  });

  it('the read mark is never in the future and nobody reads or moves another user\'s mark', async () => {
    const me = await userId(b, 'tttt@example.vn');
    await tttt.rpc('mark_notifications_read');
    await tttt.from('notification_reads').update({ read_until: '2999-01-01T00:00:00Z' }).eq('user_id', me);
    const [mark] = await b.sql<{ future: boolean }>(`select read_until > now() as future from public.notification_reads where user_id = $1`, me);
    expect(mark!.future).toBe(false);

    const { data: seen } = await tuphap.from('notification_reads').select('user_id').eq('user_id', me);
    expect(seen).toEqual([]);
    const { data: moved } = await tuphap.from('notification_reads').update({ read_until: '2000-01-01T00:00:00Z' }).eq('user_id', me).select();
    expect(moved ?? []).toEqual([]);
    const { error } = await b.anon().rpc('mark_notifications_read');
    expect(error).not.toBeNull();
  });
});
