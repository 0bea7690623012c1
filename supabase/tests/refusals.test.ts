// More refused statements than PGlite 0.4 survived (it stopped answering after
// about 12,500 in one process), over real HTTP, then the committee reads.
// 13,000 here; `npm run bench:refusals` sends 20,000 and prints the figures.
// On PostgreSQL (scripts/with-postgres.sh) the leak never existed, so a
// smaller count checks the same behaviour there.  REFUSALS_TOTAL overrides.
import { describe, expect, it } from 'vitest';
import { formatRefusalReport, quietRefusalLogs, REFUSAL_KINDS, runRefusals } from './refusals-run';

const total = 4 * Math.ceil(Number(process.env.REFUSALS_TOTAL ?? (process.env.TEST_DATABASE_URL ? 2_000 : 13_000)) / 4);
const READ_LIMIT_MS = 10_000;

describe('refused statements by the thousand', () => {
  it(`${total} refusals of four kinds leave the server answering and nothing changed`, { timeout: 1_800_000 }, async () => {
    const restore = quietRefusalLogs();
    let report;
    try {
      report = await runRefusals({ total, concurrency: 8, timeLimitMs: 1_700_000, readLimitMs: READ_LIMIT_MS });
    } finally {
      restore();
    }
    console.log(formatRefusalReport(report));

    expect(report.sent).toBe(total);
    expect(report.failedRequests).toBe(0);
    expect(report.accepted).toBe(0);
    expect(report.refused).toBe(total);
    // Each kind was refused as often as it was sent, with a client error or the
    // rule's own answer (a check violation is still a 500 on the embedded server).
    for (const kind of REFUSAL_KINDS) {
      const answers = report.byKind[kind];
      expect(Object.values(answers).reduce((a, b) => a + b, 0)).toBe(Math.floor(total / REFUSAL_KINDS.length));
      for (const key of Object.keys(answers)) expect(key).toMatch(/^(4\d\d|500) /);
    }
    expect(Object.keys(report.byKind.roleless_insert)).toEqual(expect.arrayContaining([expect.stringMatching(/^4\d\d /)]));
    expect(Object.keys(report.byKind.trigger_rule)).toEqual(['422 RT422']);

    expect(report.readErrors).toEqual([]);
    for (const ms of Object.values(report.reads)) expect(ms).toBeLessThan(READ_LIMIT_MS);
    expect(report.countsAfter).toEqual(report.countsBefore);
  });
});
