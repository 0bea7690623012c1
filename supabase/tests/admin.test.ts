// Administration through the real API, as the pages do it: an administrator
// manages the units tree and gives roles to accounts that signed up; the
// database refuses what would break the tree or lock administration out, with
// a message the app shows in both languages.
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../app/i18n/resources';
import { isUnitInUse } from '../../app/data/units/unit-in-use';
import { dbErrorMessage, explainDbError } from '../../app/lib/db-errors';
import { DEMO_PASSWORD, startBackend, type Backend, type Client } from './harness';
import { unitId, uniq, userId } from './fixtures';

let b: Backend;
let admin: Client;
let vt: typeof i18next.t;
let et: typeof i18next.t;

beforeAll(async () => {
  b = await startBackend({ seed: true });
  admin = await b.signIn('admin@example.vn');
  const vInst = i18next.createInstance();
  await vInst.init({ resources: { vi: resources.vi }, lng: 'vi', interpolation: { escapeValue: false } });
  const eInst = i18next.createInstance();
  await eInst.init({ resources: { en: resources.en }, lng: 'en', interpolation: { escapeValue: false } });
  vt = vInst.t;
  et = eInst.t;
});
afterAll(async () => b?.close());

const code = (prefix: string) => `${prefix}-${uniq()}`.toUpperCase().slice(0, 32);

/** Adds a unit through the API as the administrator; returns its id. */
async function addUnit(values: { code?: string; name?: string; parent?: string | null; kind?: 'department' | 'agency' | 'district' | 'commune' }) {
  const { data, error } = await admin
    .from('units')
    .insert({
      code: values.code ?? code('DV'),
      name: values.name ?? 'Đơn vị thử nghiệm',
      kind: values.kind ?? 'agency',
      parent_id: values.parent ?? null,
    })
    .select('id')
    .single();
  expect(error).toBeNull();
  return data!.id;
}

async function unitRow(id: string) {
  const [row] = await b.sql<{ name: string; parent_id: string | null; is_active: boolean; short_name: string | null }>(
    'select name, parent_id, is_active, short_name from public.units where id = $1',
    id,
  );
  return row!;
}

/** The refusal is readable in both languages: a specific key, never the generic fallback. */
function expectReadable(error: unknown, key: string) {
  expect(explainDbError(error).key).toBe(key);
  for (const t of [vt, et]) {
    const text = dbErrorMessage(error, t);
    expect(text).not.toMatch(/^errors\./);
    expect(text.length).toBeGreaterThan(10);
  }
}

async function signUpWithName(email: string, fullName: string): Promise<Client> {
  const client = b.anon();
  const { data, error } = await client.auth.signUp({ email, password: DEMO_PASSWORD, options: { data: { full_name: fullName } } });
  expect(error).toBeNull();
  expect(data.session).not.toBeNull();
  return client;
}

describe('units tree', () => {
  it('admin adds a unit under a commune, renames it, moves it and reactivates it after deactivating', async () => {
    const district = await unitId(b, 'UBND-BINHAN');
    const id = await addUnit({ name: 'Phòng Văn hóa - Xã hội phường', parent: district });
    expect((await unitRow(id)).parent_id).toBe(district);

    const renamed = await admin.from('units').update({ name: 'Phòng Văn hóa - Xã hội phường Bình An', short_name: 'Phòng VH-XH' }).eq('id', id).select('id');
    expect(renamed.error).toBeNull();
    expect(renamed.data).toHaveLength(1);
    expect(await unitRow(id)).toMatchObject({ name: 'Phòng Văn hóa - Xã hội phường Bình An', short_name: 'Phòng VH-XH' });

    const other = await unitId(b, 'UBND-DONGSON');
    expect((await admin.from('units').update({ parent_id: other }).eq('id', id)).error).toBeNull();
    expect((await unitRow(id)).parent_id).toBe(other);

    expect((await admin.from('units').update({ is_active: false }).eq('id', id)).error).toBeNull();
    expect((await unitRow(id)).is_active).toBe(false);
    expect((await admin.from('units').update({ is_active: true }).eq('id', id)).error).toBeNull();
    expect((await unitRow(id)).is_active).toBe(true);
  });

  it('a unit cannot move under its own sub-unit, however deep', async () => {
    const top = await addUnit({ name: 'Khối thử nghiệm' });
    const child = await addUnit({ name: 'Đơn vị con', parent: top });
    const grandchild = await addUnit({ name: 'Đơn vị cháu', parent: child });
    const { error } = await admin.from('units').update({ parent_id: grandchild }).eq('id', top);
    expect(error?.code).toBe('RT422');
    expect(error?.message).toContain('Không thể chuyển đơn vị vào chính đơn vị cấp dưới của nó.');
    expectReadable(error, 'errors.rules.unit_cycle');
    expect((await unitRow(top)).parent_id).toBeNull();
  });

  it('a unit with active sub-units cannot be deactivated; once they stop, it can', async () => {
    const top = await addUnit({ name: 'Khối có đơn vị con' });
    const child = await addUnit({ name: 'Đơn vị con đang hoạt động', parent: top });
    const refused = await admin.from('units').update({ is_active: false }).eq('id', top);
    expect(refused.error?.code).toBe('RT422');
    expectReadable(refused.error, 'errors.rules.unit_has_active_children');
    expect((await unitRow(top)).is_active).toBe(true);

    expect((await admin.from('units').update({ is_active: false }).eq('id', child)).error).toBeNull();
    expect((await admin.from('units').update({ is_active: false }).eq('id', top)).error).toBeNull();
    expect((await unitRow(top)).is_active).toBe(false);
  });

  it('an active unit cannot be added, moved or reactivated under an inactive unit', async () => {
    const closed = await addUnit({ name: 'Đơn vị đã giải thể' });
    const before = await addUnit({ name: 'Đơn vị sẽ bị tạm dừng', parent: closed });
    await admin.from('units').update({ is_active: false }).eq('id', before);
    expect((await admin.from('units').update({ is_active: false }).eq('id', closed)).error).toBeNull();

    const added = await admin.from('units').insert({ code: code('MOI'), name: 'Đơn vị mới', kind: 'agency', parent_id: closed });
    expect(added.error?.code).toBe('RT422');
    expectReadable(added.error, 'errors.rules.unit_parent_inactive');

    const elsewhere = await addUnit({ name: 'Đơn vị đang hoạt động' });
    const moved = await admin.from('units').update({ parent_id: closed }).eq('id', elsewhere);
    expect(moved.error?.code).toBe('RT422');
    expect((await unitRow(elsewhere)).parent_id).toBeNull();

    const reactivated = await admin.from('units').update({ is_active: true }).eq('id', before);
    expect(reactivated.error?.code).toBe('RT422');
    expect((await unitRow(before)).is_active).toBe(false);

    // An inactive unit may still be filed under an inactive one.
    expect((await admin.from('units').update({ is_active: false }).eq('id', elsewhere)).error).toBeNull();
    expect((await admin.from('units').update({ parent_id: closed }).eq('id', elsewhere)).error).toBeNull();
  });

  it('a unit in use cannot be deleted (the rule names it); an unused one can', async () => {
    const stp = await unitId(b, 'STP');
    const { error } = await admin.from('units').delete().eq('id', stp);
    expect(error).not.toBeNull();
    expect(error?.code).toBe('RT422');
    expect(error?.hint).toBe('unit_in_use');
    expect(JSON.parse(error?.details ?? '{}')).toEqual({ name: 'Sở Tư pháp' });
    expect(isUnitInUse(error)).toBe(true);
    expectReadable(error, 'errors.rules.unit_in_use');
    expect((await b.sql('select 1 from public.units where id = $1', stp)).length).toBe(1);

    // Used only as a parent, or only by an account: refused the same way.
    const parent = await addUnit({ name: 'Đơn vị có cấp dưới' });
    await addUnit({ name: 'Đơn vị cấp dưới', parent });
    const asParent = await admin.from('units').delete().eq('id', parent);
    expect(asParent.error?.hint).toBe('unit_in_use');
    const withAccount = await addUnit({ name: 'Đơn vị có tài khoản' });
    const email = `don.vi.${uniq()}@example.vn`;
    await signUpWithName(email, 'Lê Văn Bình');
    await b.sql('update public.profiles set unit_id = $1 where email = $2', withAccount, email);
    const asAccount = await admin.from('units').delete().eq('id', withAccount);
    expect(asAccount.error?.hint).toBe('unit_in_use');
    expect((await b.sql('select 1 from public.units where id = any($1)', [parent, withAccount])).length).toBe(2);

    const spare = await addUnit({ name: 'Đơn vị tạo nhầm' });
    const removed = await admin.from('units').delete().eq('id', spare).select('id');
    expect(removed.error).toBeNull();
    expect(removed.data).toHaveLength(1);
  });

  it('a head of a unit reads the tree but cannot add or rename units', async () => {
    const head = await b.signIn('tuphap@example.vn');
    const { data } = await head.from('units').select('id').eq('code', 'UBND');
    expect(data).toHaveLength(1);
    const added = await head.from('units').insert({ code: code('LEN'), name: 'Đơn vị tự lập', kind: 'agency' });
    expect(added.error?.code).toBe('42501');
    const stp = await unitId(b, 'STP');
    const renamed = await head.from('units').update({ name: 'Sở Tư pháp mới' }).eq('id', stp).select('id');
    expect(renamed.data ?? []).toHaveLength(0);
    expect((await unitRow(stp)).name).toBe('Sở Tư pháp');
  });
});

describe('accounts and roles', () => {
  it('a new account has its name, no role, and sees nothing but its own profile', async () => {
    const email = `can.bo.${uniq()}@example.vn`;
    const fresh = await signUpWithName(email, 'Đỗ Thị Hạnh');
    const { data: user } = await fresh.auth.getUser();
    const own = await fresh.from('profiles').select('email, full_name, role, unit_id').eq('id', user.user!.id).single();
    expect(own.data).toEqual({ email, full_name: 'Đỗ Thị Hạnh', role: null, unit_id: null });
    expect((await fresh.from('profiles').select('id')).data).toHaveLength(1);
    expect((await fresh.from('units').select('id')).data).toHaveLength(0);
    expect((await fresh.from('plans').select('id')).data).toHaveLength(0);
  });

  it('the administrator lists accounts waiting for a role and approves one as head of a unit, who then reads the plans', async () => {
    const email = `truong.phong.${uniq()}@example.vn`;
    await signUpWithName(email, 'Hoàng Minh Tuấn');
    const waiting = await admin.from('profiles').select('email').is('role', null);
    expect(waiting.data?.map((p) => p.email)).toContain(email);

    const id = await userId(b, email);
    const stc = await unitId(b, 'STC');
    const approved = await admin.from('profiles').update({ role: 'dept_head', unit_id: stc }).eq('id', id).select('role, unit_id').single();
    expect(approved.error).toBeNull();
    expect(approved.data).toEqual({ role: 'dept_head', unit_id: stc });

    const member = await b.signIn(email);
    const plans = await member.from('plans').select('doc_number');
    expect(plans.data?.map((p) => p.doc_number)).toContain('250/KH-UBND');

    // Taking the role away closes the door again.
    const revoked = await admin.from('profiles').update({ role: null, unit_id: null }).eq('id', id).select('role').single();
    expect(revoked.error).toBeNull();
    expect((await member.from('plans').select('id')).data).toHaveLength(0);
  });

  it('a head of unit and Home Affairs staff need a unit; committee members do not', async () => {
    const email = `chuyen.vien.${uniq()}@example.vn`;
    await signUpWithName(email, 'Ngô Thu Trang');
    const id = await userId(b, email);
    for (const role of ['dept_head', 'interior'] as const) {
      const { error } = await admin.from('profiles').update({ role }).eq('id', id);
      expect(error).not.toBeNull();
      expectReadable(error, `errors.constraints.profiles_${role}_has_unit`);
    }
    const [row] = await b.sql<{ role: string | null }>('select role from public.profiles where id = $1', id);
    expect(row!.role).toBeNull();
    expect((await admin.from('profiles').update({ role: 'committee' }).eq('id', id)).error).toBeNull();
  });

  it('an account cannot be placed in an inactive unit', async () => {
    const email = `nhan.vien.${uniq()}@example.vn`;
    await signUpWithName(email, 'Lý Văn Bình');
    const id = await userId(b, email);
    const closed = await addUnit({ name: 'Đơn vị đã sáp nhập' });
    await admin.from('units').update({ is_active: false }).eq('id', closed);
    const { error } = await admin.from('profiles').update({ role: 'dept_head', unit_id: closed }).eq('id', id);
    expect(error?.code).toBe('RT422');
    expectReadable(error, 'errors.rules.unit_unknown');
  });

  it('an administrator cannot change their own role, but another administrator can', async () => {
    const self = await userId(b, 'admin@example.vn');
    const { error } = await admin.from('profiles').update({ role: null }).eq('id', self);
    expect(error?.code).toBe('RT403');
    expect(error?.message).toContain('không thể tự thay đổi vai trò');
    expectReadable(error, 'errors.rules.profile_own_role');
    const [row] = await b.sql<{ role: string }>('select role from public.profiles where id = $1', self);
    expect(row!.role).toBe('admin');

    // A second administrator, appointed by the first, may change the first one's role.
    const email = `quan.tri.${uniq()}@example.vn`;
    await signUpWithName(email, 'Trịnh Công Sơn');
    expect((await admin.from('profiles').update({ role: 'admin' }).eq('id', await userId(b, email))).error).toBeNull();
    const second = await b.signIn(email);
    expect((await second.from('profiles').update({ role: 'committee' }).eq('id', self)).error).toBeNull();
    expect((await second.from('profiles').update({ role: 'admin' }).eq('id', self)).error).toBeNull();
    // …and an administrator may still rename themself.
    expect((await admin.from('profiles').update({ full_name: 'Vũ Đức Thắng' }).eq('id', self)).error).toBeNull();
  });

  it('a head of unit cannot give anyone a role', async () => {
    const email = `nguoi.la.${uniq()}@example.vn`;
    await signUpWithName(email, 'Người lạ');
    const head = await b.signIn('tuphap@example.vn');
    const { error } = await head.from('profiles').update({ role: 'committee' }).eq('id', await userId(b, email));
    // Row-level security hides other accounts from updates: nothing changes.
    expect(error).toBeNull();
    const [row] = await b.sql<{ role: string | null }>('select role from public.profiles where email = $1', email);
    expect(row!.role).toBeNull();
  });
});
