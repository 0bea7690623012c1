// Refused statements by the thousand, then the committee reads:
//   npm run bench:refusals [-- --total 20000 --concurrency 8]
//
// Boots the embedded backend (in-memory PGlite, migrations + demo seed; the
// PostgreSQL of TEST_DATABASE_URL when set), serves it on 127.0.0.1 over real
// HTTP and sends refused requests of four kinds (a role-less account's
// inserts, an RLS refusal, a check violation, a rule raised by a trigger):
// see supabase/tests/refusals-run.ts.  Prints the rate, the process's memory
// (RSS) before and after, and how long the committee's reads took afterwards;
// exits non-zero if any request went unanswered or succeeded, a read failed
// or took longer than --read-limit, or a row changed.
//
// PGlite 0.4 (what @supabase/lite 0.10 pins) stopped answering after about
// 12,500 refusals; the project overrides it with PGlite 0.5 (package.json).
import { parseArgs } from 'node:util';
import { formatRefusalReport, quietRefusalLogs, runRefusals } from '../supabase/tests/refusals-run';

process.env.DO_NOT_TRACK = '1';

const { values } = parseArgs({
  options: {
    total: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '8' },
    'time-limit': { type: 'string', default: '900' },
    'read-limit': { type: 'string', default: '10' },
  },
});
const int = (name: keyof typeof values, min: number) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be an integer ≥ ${min}, got "${values[name]}"`);
    process.exit(2);
  }
  return n;
};
const total = int('total', 1);
const concurrency = int('concurrency', 1);
const timeLimitMs = int('time-limit', 1) * 1000;
const readLimitMs = int('read-limit', 1) * 1000;

const driver = process.env.TEST_DATABASE_URL ? 'PostgreSQL (TEST_DATABASE_URL)' : 'PGlite, in memory';
console.log(`Booting the embedded backend (${driver}); ${total} refused requests, ${concurrency} at a time…`);
const restore = quietRefusalLogs();
let exitCode = 1;
try {
  const report = await runRefusals({
    total,
    concurrency,
    timeLimitMs,
    readLimitMs,
    progressEvery: 2_000,
    onProgress: (sent, ms) => console.log(`  ${String(sent).padStart(6)} sent, ${(ms / 1000).toFixed(0)} s`),
  });
  const swallowed = restore();
  console.log();
  console.log(formatRefusalReport(report));
  console.log(`(${swallowed} refusals logged by the server, not shown)`);
  const failures: string[] = [];
  if (report.sent < total) failures.push(`only ${report.sent} of ${total} sent within the time limit`);
  if (report.failedRequests > 0) failures.push(`${report.failedRequests} requests got no answer`);
  if (report.accepted > 0) failures.push(`${report.accepted} requests were accepted`);
  if (report.readErrors.length > 0) failures.push('a read failed');
  if (Math.max(...Object.values(report.reads)) > readLimitMs) failures.push('a read took too long');
  if (JSON.stringify(report.countsBefore) !== JSON.stringify(report.countsAfter)) failures.push('row counts changed');
  if (failures.length) console.log(`\nFAILED:\n  - ${failures.join('\n  - ')}`);
  else {
    console.log('\nok: every request refused and answered; the committee reads afterwards');
    exitCode = 0;
  }
} catch (error) {
  restore();
  console.error(error);
}
process.exit(exitCode);
