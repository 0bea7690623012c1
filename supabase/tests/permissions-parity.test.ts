// The app's permissions (app/lib/permissions.ts) against what the database
// actually lets each persona do: every capability is tried through the real
// API as every persona, and the answer the app would give must be the
// database's.  A change on either side alone fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALL_STATUSES,
  NEEDS_REASON,
  canAdminister,
  canComment,
  canConfirm,
  canEditIndicators,
  canEditPlans,
  canRunCchcIndex,
  canWorkOn,
  canWriteReports,
  nextStatuses,
  type Actor,
  type AppRole,
  type TaskStatus,
} from '../../app/lib/permissions';
import { startBackend, type Backend, type Client } from './harness';
import { addEvidence, makePlan, makeTask, uniq, unitId } from './fixtures';

const PERSONAS = ['no_role', 'committee', 'dept_head', 'other_dept_head', 'interior', 'admin'] as const;
type Persona = (typeof PERSONAS)[number];
const EMAILS: Record<Persona, string> = {
  no_role: 'quyen.chua.co@example.vn',
  committee: 'committee@example.vn',
  dept_head: 'tuphap@example.vn', // Sở Tư pháp (STP), the lead unit of the fixture tasks
  other_dept_head: 'tttt@example.vn',
  interior: 'noivu@example.vn',
  admin: 'admin@example.vn',
};

let b: Backend;
const clients = {} as Record<Persona, Client>;
const actors = {} as Record<Persona, Actor>;
let planNo = 0;

beforeAll(async () => {
  b = await startBackend({ seed: true });
  for (const persona of PERSONAS) {
    clients[persona] = persona === 'no_role' ? await b.signUp(EMAILS[persona]) : await b.signIn(EMAILS[persona]);
    const [p] = await b.sql<{ role: AppRole | null; unit_id: string | null }>('select role, unit_id from public.profiles where email = $1', EMAILS[persona]);
    actors[persona] = { role: p!.role, unitId: p!.unit_id };
  }
});
afterAll(async () => b?.close());

const count = async (query: string, ...params: unknown[]) =>
  Number((await b.sql<{ n: number }>(`select count(*)::int as n from (${query}) q`, ...params))[0]!.n);

interface Row { capability: string; persona: Persona; app: boolean; db: boolean }
function mismatches(rows: Row[]) {
  return rows.filter((r) => r.app !== r.db).map((r) => `${r.capability} as ${r.persona}: app ${r.app}, database ${r.db}`);
}
/** Every capability is allowed to someone and refused to someone, or its probe proves nothing. */
function bothWays(rows: Row[]) {
  const names = [...new Set(rows.map((r) => r.capability))];
  return names.filter((n) => {
    const db = rows.filter((r) => r.capability === n).map((r) => r.db);
    return !(db.includes(true) && db.includes(false));
  });
}

// Capabilities that depend on the role alone, each with the write the
// database must accept exactly when the app says yes (true = it took effect).
const BY_ROLE: Array<{ name: string; app: (role: AppRole | null) => boolean; db: (c: Client) => Promise<boolean> }> = [
  {
    name: 'canEditPlans',
    app: canEditPlans,
    db: async (c) => {
      const title = `Kế hoạch quyền ${uniq()}`;
      await c.from('plans').insert({ doc_number: `${(planNo += 1)}/KH-QUYEN`, title, year: 2098 });
      return (await count('select 1 from public.plans where title = $1', title)) === 1;
    },
  },
  {
    name: 'canConfirm',
    app: canConfirm,
    db: async (c) => {
      const task = await makeTask(b, { status: 'submitted' });
      await addEvidence(b, task.id);
      await c.from('tasks').update({ status: 'done', version: task.version + 1 }).eq('id', task.id);
      return (await count(`select 1 from public.tasks where id = $1 and status = 'done'`, task.id)) === 1;
    },
  },
  {
    name: 'canEditIndicators',
    app: canEditIndicators,
    db: async (c) => {
      const code = `Q-${uniq()}`.toUpperCase().slice(0, 30);
      await c.from('indicators').insert({ code, area_id: 2, name_vi: 'Chỉ tiêu thử quyền', name_en: 'Permission indicator', target: 90 });
      return (await count('select 1 from public.indicators where code = $1', code)) === 1;
    },
  },
  {
    name: 'canWriteReports',
    app: canWriteReports,
    db: async (c) => {
      const planId = await makePlan(b, 'in_force');
      await c.from('reports').insert({ plan_id: planId, period: 'q3', year: 2099 });
      return (await count('select 1 from public.reports where plan_id = $1', planId)) === 1;
    },
  },
  {
    name: 'canRunCchcIndex',
    app: canRunCchcIndex,
    db: async (c) => {
      const [free] = await b.sql<{ year: number }>(
        `select min(y)::int as year from generate_series(2030, 2100) as y
          where not exists (select 1 from public.cchc_sets s where s.year = y and s.target = 'communes')`);
      const year = free!.year;
      await c.from('cchc_sets').insert({ year, target: 'communes', name: 'Bộ chỉ số thử quyền', cut_off: '2099-12-31', self_from: '2099-01-01', self_to: '2099-01-31' });
      return (await count(`select 1 from public.cchc_sets where year = $1 and target = 'communes'`, year)) === 1;
    },
  },
  {
    name: 'canAdminister',
    app: canAdminister,
    db: async (c) => {
      const code = `QU-${uniq()}`.toUpperCase().slice(0, 30);
      await c.from('units').insert({ code, name: 'Đơn vị thử quyền', kind: 'department' });
      return (await count('select 1 from public.units where code = $1', code)) === 1;
    },
  },
];

describe('the app asks app/lib/permissions.ts, and the database agrees for every persona', () => {
  it('capabilities of a role', async () => {
    const rows: Row[] = [];
    for (const cap of BY_ROLE) {
      for (const persona of PERSONAS) {
        rows.push({ capability: cap.name, persona, app: cap.app(actors[persona].role), db: await cap.db(clients[persona]) });
      }
    }
    expect(mismatches(rows)).toEqual([]);
    expect(bothWays(rows)).toEqual([]);
  });

  it('working on a task (status, progress): its lead unit and Home Affairs, never on a closed plan', async () => {
    const rows: Row[] = [];
    for (const planStatus of ['in_force', 'closed'] as const) {
      for (const persona of PERSONAS) {
        const planId = await makePlan(b, planStatus);
        const task = await makeTask(b, { planId, status: 'in_progress' });
        const [t] = await b.sql<{ lead_unit_id: string }>('select lead_unit_id from public.tasks where id = $1', task.id);
        await clients[persona].from('tasks').update({ progress: 30, version: task.version + 1 }).eq('id', task.id);
        const db = (await count('select 1 from public.tasks where id = $1 and progress = 30', task.id)) === 1;
        rows.push({ capability: `canWorkOn (${planStatus} plan)`, persona, app: canWorkOn(actors[persona], t!, planStatus), db });
      }
    }
    expect(mismatches(rows)).toEqual([]);
    expect(bothWays(rows.filter((r) => r.capability.includes('in_force')))).toEqual([]);
  });

  it('commenting: the committee, Home Affairs, and the heads of the lead and coordinating units', async () => {
    const rows: Row[] = [];
    const tttt = actors.other_dept_head.unitId!;
    for (const coordinated of [false, true]) {
      for (const persona of PERSONAS) {
        // led by a third unit and coordinated by Sở TT&TT, or led by Sở Tư pháp alone
        const task = await makeTask(b, coordinated ? { lead: 'STC' } : {});
        if (coordinated) await b.sql('insert into public.task_coordinators (task_id, unit_id) values ($1, $2)', task.id, tttt);
        const [t] = await b.sql<{ lead_unit_id: string }>('select lead_unit_id from public.tasks where id = $1', task.id);
        await clients[persona].from('comments').insert({ task_id: task.id, body: 'Đề nghị báo cáo tiến độ.' });
        const db = (await count('select 1 from public.comments where task_id = $1', task.id)) === 1;
        const app = canComment(actors[persona], { lead_unit_id: t!.lead_unit_id, coordinatorUnitIds: coordinated ? [tttt] : [] });
        rows.push({ capability: `canComment (${coordinated ? 'coordinated' : 'led'})`, persona, app, db });
      }
    }
    expect(mismatches(rows)).toEqual([]);
    expect(bothWays(rows)).toEqual([]);
  });

  it('the status buttons: every move from "in progress" and from "reported done" is one the database takes', async () => {
    expect(await unitId(b, 'STP')).toBe(actors.dept_head.unitId);
    const rows: Row[] = [];
    for (const from of ['in_progress', 'submitted'] as const satisfies readonly TaskStatus[]) {
      for (const persona of PERSONAS) {
        for (const to of ALL_STATUSES.filter((s) => s !== from)) {
          const task = await makeTask(b, { status: from });
          await addEvidence(b, task.id);
          const [t] = await b.sql<{ lead_unit_id: string }>('select lead_unit_id from public.tasks where id = $1', task.id);
          const change = { status: to, version: task.version + 1, ...(NEEDS_REASON.has(to) ? { status_reason: 'Lý do thử quyền' } : {}) };
          await clients[persona].from('tasks').update(change).eq('id', task.id);
          const db = (await count('select 1 from public.tasks where id = $1 and status = $2::public.task_status', task.id, to)) === 1;
          const app = nextStatuses(actors[persona], { lead_unit_id: t!.lead_unit_id, status: from }, 'in_force').includes(to);
          rows.push({ capability: `nextStatuses ${from} → ${to}`, persona, app, db });
        }
      }
    }
    expect(mismatches(rows)).toEqual([]);
    expect(rows.some((r) => r.db)).toBe(true);
  });
});
