// The second case of the administration rules: a unit brought back into
// service under a unit that has stopped working, an account's e-mail and a
// stopped unit given to an account, and the creation time of a saved view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend, type Client } from './harness';
import { userId } from './fixtures';

let b: Backend;
let admin: Client;
let head: Client;
beforeAll(async () => {
  b = await startBackend({ seed: true });
  admin = await b.signIn('admin@example.vn');
  head = await b.signIn('tuphap@example.vn');
});
afterAll(async () => b?.close());

describe('units tree', () => {
  it('a stopped unit is not brought back under a parent that has stopped too', async () => {
    const [parent] = await b.sql<{ id: string }>(
      `insert into public.units (code, name, kind) values ('MUT-CHA', 'Đơn vị cha thử nghiệm', 'agency') returning id`,
    );
    const [child] = await b.sql<{ id: string }>(
      `insert into public.units (code, name, kind, parent_id, is_active) values ('MUT-CON', 'Đơn vị con thử nghiệm', 'agency', $1, false) returning id`,
      parent!.id,
    );
    await b.sql('update public.units set is_active = false where id = $1', parent!.id);
    const { error } = await admin.from('units').update({ is_active: true }).eq('id', child!.id);
    expect(error?.hint).toBe('unit_parent_inactive');
    expect((await b.sql<{ is_active: boolean }>('select is_active from public.units where id = $1', child!.id))[0]!.is_active).toBe(false);
    // once the parent works again, so may the child
    await b.sql('update public.units set is_active = true where id = $1', parent!.id);
    expect((await admin.from('units').update({ is_active: true }).eq('id', child!.id)).error).toBeNull();
  });
});

describe('accounts', () => {
  it('nobody changes the e-mail of an account through the API, not even its owner', async () => {
    const self = await userId(b, 'tuphap@example.vn');
    for (const client of [head, admin]) {
      const { error } = await client.from('profiles').update({ email: 'khac@example.vn' }).eq('id', self);
      expect(error?.hint).toBe('profile_fixed_columns');
    }
    expect((await b.sql<{ email: string }>('select email from public.profiles where id = $1', self))[0]!.email).toBe('tuphap@example.vn');
  });

  it('only an administrator gives a role or a unit, also to their own account', async () => {
    const self = await userId(b, 'tuphap@example.vn');
    for (const change of [{ role: 'interior' as const }, { unit_id: null }]) {
      const { error } = await head.from('profiles').update(change).eq('id', self);
      expect(error?.hint).toBe('profile_role_admin_only');
    }
    const [row] = await b.sql<{ role: string; unit_id: string | null }>('select role, unit_id from public.profiles where id = $1', self);
    expect(row!.role).toBe('dept_head');
    expect(row!.unit_id).not.toBeNull();
  });

  it('an account is not given a unit that has stopped working', async () => {
    const [unit] = await b.sql<{ id: string }>(
      `insert into public.units (code, name, kind, is_active) values ('MUT-DUNG', 'Đơn vị đã ngừng', 'agency', false) returning id`,
    );
    const target = await userId(b, 'tttt@example.vn');
    const { error } = await admin.from('profiles').update({ unit_id: unit!.id }).eq('id', target);
    expect(error?.hint).toBe('unit_unknown');
  });
});

describe('saved views', () => {
  it('keep their creation time', async () => {
    const { data: view, error } = await head.from('saved_views').insert({ name: 'Bộ lọc thử thời gian', query: 'status=returned' }).select('id, created_at').single();
    expect(error).toBeNull();
    const { error: editError } = await head.from('saved_views').update({ created_at: '2020-01-01T00:00:00Z' }).eq('id', view!.id);
    expect(editError?.hint).toBe('saved_view_fixed_columns');
    const { data: after } = await head.from('saved_views').select('created_at').eq('id', view!.id).single();
    expect(after!.created_at).toBe(view!.created_at);
  });
});
