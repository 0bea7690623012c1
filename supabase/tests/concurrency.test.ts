// Optimistic concurrency under contention, small: 20 clients × 5 updates on 3
// tasks, in-process through supabase-js (the full-size run over HTTP is
// `npm run bench:concurrency`).  Conflicts are refused (RT409) and retried;
// no successful update is lost and each one leaves exactly one history row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend } from './harness';
import {
  DEFAULT_OPTIONS,
  formatReport,
  prepareFixture,
  runConcurrency,
  signInAll,
  type ConcurrencyOptions,
  type ConcurrencyReport,
} from './concurrency-run';

const OPTIONS: ConcurrencyOptions = {
  ...DEFAULT_OPTIONS,
  clients: 20,
  updates: 5,
  tasks: 3,
  interiorEvery: 5,
  maxRetries: 200,
  backoffMs: 5,
  timeLimitMs: 40_000,
  requestTimeoutMs: 30_000,
};

let backend: Backend;
let report: ConcurrencyReport;
beforeAll(async () => {
  backend = await startBackend({ seed: true });
  const fixture = await prepareFixture(backend.sql, OPTIONS);
  const clients = await signInAll(fixture.accounts, (email) => backend.signIn(email), OPTIONS.signInConcurrency);
  report = await runConcurrency(backend.sql, fixture, clients, OPTIONS);
  console.log(formatReport(report));
});
afterAll(async () => {
  await backend?.close();
});

describe('20 clients × 5 updates on 3 tasks', () => {
  it('every update is made, none errors', () => {
    expect(report.errorSamples).toEqual([]);
    expect(report.serverErrors).toBe(0);
    expect(report.unfinished).toBe(0);
    expect(report.successful).toBe(OPTIONS.clients * OPTIONS.updates);
  });

  it('clients really contend: stale versions are refused and retried', () => {
    expect(report.conflicts).toBeGreaterThan(0);
    expect(report.requests).toBe(report.successful + report.conflicts);
  });

  it('no update is lost: versions moved once per success, the last writer’s note stands', () => {
    expect(report.failures).toEqual([]);
    expect(report.lostUpdates).toBe(0);
  });

  it('one history row per successful update', () => {
    expect(report.historyRows).toBe(report.successful);
  });
});
