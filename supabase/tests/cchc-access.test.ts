// Every persona × every API function of CCHC index scoring, through the real
// API: allowed calls must return rows or make their change, refused ones must
// return nothing and change nothing.  (The tables are in access-matrix.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend, type Client } from './harness';
import { FUNCTION_MATRIX, PERSONAS, type Persona } from './access-matrix';
import { cchcProbes } from './cchc-probes';

let b: Backend;
const clients = {} as Record<Persona, Client>;
const EMAILS: Partial<Record<Persona, string>> = {
  committee: 'committee@example.vn',
  dept_head: 'tuphap@example.vn',
  other_dept_head: 'tttt@example.vn',
  interior: 'noivu@example.vn',
  admin: 'admin@example.vn',
};
const probes = cchcProbes(() => b).functions;

beforeAll(async () => {
  b = await startBackend({ seed: true });
  clients.anon = b.anon();
  clients.no_role = await b.signUp('cchc.chua.phan.quyen@example.vn');
  for (const [persona, email] of Object.entries(EMAILS)) clients[persona as Persona] = await b.signIn(email);
});
afterAll(async () => b?.close());

describe('CCHC index scoring functions', () => {
  it('every API function of the feature is in the matrix and has a probe', async () => {
    const fns = await b.sql<{ proname: string }>(
      `select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public' and p.proname like 'cchc\\_%' order by 1`);
    expect(fns.map((f) => f.proname).sort()).toEqual(Object.keys(FUNCTION_MATRIX).sort());
    expect(Object.keys(probes).sort()).toEqual(Object.keys(FUNCTION_MATRIX).sort());
  });
  for (const fn of Object.keys(FUNCTION_MATRIX)) {
    describe(fn, () => {
      for (const persona of PERSONAS) {
        const allowed = FUNCTION_MATRIX[fn]!.includes(persona);
        it(`${persona} ${allowed ? 'may' : 'may not'} call it`, async () => {
          expect(await probes[fn]!(clients[persona], persona)).toBe(allowed);
        });
      }
    });
  }
});
