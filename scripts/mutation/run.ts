// npm run test:mutation [-- --only a,b] [--list] [--report] [--postgres] [--fresh]
//
// Breaks the SQL rules on purpose, one at a time (scripts/mutation/mutations.ts),
// and runs the database tests against each broken copy:
//   killed    a test failed (good: the suite notices the broken rule)
//   survived  every test passed (a rule no test really checks)
//   broken    the edit could not be applied or the migrations no longer apply
//             (rewrite the mutation: it says nothing about the tests)
// Each mutation is applied to a copy of supabase/migrations in a temporary
// folder; the tests boot on it through RT_MIGRATIONS_ROOT
// (supabase/tests/boot.ts), so the real migration files are never touched.
// Results accumulate in test-results/mutation/results.json (so the list can be
// run in chunks with --only); the report covers every mutation of the list and
// goes to test-results/mutation/report.md.  Exit status 1 when the score,
// killed / (killed + survived), is under 90% or a mutation is broken.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootDatabase } from '../../supabase/tests/boot';
import { applyMutation, mutations, type Mutation } from './mutations';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const migrationsDir = path.join(root, 'supabase', 'migrations');
const testsDir = path.join(root, 'supabase', 'tests');
const outDir = path.join(root, 'test-results', 'mutation');
const resultsFile = path.join(outDir, 'results.json');
const reportFile = path.join(outDir, 'report.md');
const TARGET = 0.9;

type Outcome = 'killed' | 'survived' | 'broken' | 'equivalent' | 'timeout';
interface Result {
  name: string;
  key: string;
  outcome: Outcome;
  /** first failing test (killed) or why it is broken */
  detail: string;
  seconds: number;
  at: string;
  postgres: boolean;
}

// ------------------------------------------------------------ arguments
const args = process.argv.slice(2);
const flag = (f: string) => args.includes(f);
const only = args
  .flatMap((a, i) => (args[i - 1] === '--only' ? a.split(',') : []))
  .map((s) => s.trim())
  .filter(Boolean);

if (flag('--postgres') && !process.env.TEST_DATABASE_URL) {
  // Run this whole script again inside a throwaway PostgreSQL cluster.
  const r = spawnSync('bash', [path.join(root, 'scripts/with-postgres.sh'), process.execPath, ...process.execArgv, fileURLToPath(import.meta.url), ...args], {
    stdio: 'inherit',
    cwd: root,
  });
  process.exit(r.status ?? 1);
}
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/** Identifies a mutation's content: a result recorded for other text is stale. */
const keyOf = (m: Mutation) => createHash('sha256').update(JSON.stringify([m.file, m.find, m.replace])).digest('hex').slice(0, 16);

function checkList(): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const m of mutations) {
    if (names.has(m.name)) problems.push(`duplicate name ${m.name}`);
    names.add(m.name);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(m.name)) problems.push(`${m.name}: name must be kebab-case`);
    if (m.find === m.replace) problems.push(`${m.name}: replacement equals the find-text`);
  }
  return problems;
}

// ------------------------------------------------------------ running
let child: ChildProcess | undefined;
let tmpRoot: string | undefined;
const cleanup = () => {
  if (child?.pid) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  if (tmpRoot) rmSync(tmpRoot, { recursive: true, force: true });
  tmpRoot = undefined;
};
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    cleanup();
    process.exit(130);
  });
}

/**
 * Runs a command in its own process group, logging its output.  `stopOn`
 * picks a line out of the output; when it matches, the group is stopped at
 * once.  `limit` (ms) stops a run that hangs.
 */
function run(
  cmd: string,
  argv: string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
  opts: { stopOn?: RegExp; limit?: number } = {},
): Promise<{ code: number; match?: string; hung?: boolean }> {
  return new Promise((resolve) => {
    const out = [] as Buffer[];
    let match: string | undefined;
    let hung = false;
    let text = '';
    const proc = spawn(cmd, argv, { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    const stop = () => {
      try {
        process.kill(-proc.pid!, 'SIGTERM');
      } catch {
        /* gone */
      }
      setTimeout(() => {
        try {
          process.kill(-proc.pid!, 'SIGKILL');
        } catch {
          /* gone */
        }
      }, 5000).unref();
    };
    const timer = opts.limit ? setTimeout(() => ((hung = true), stop()), opts.limit) : undefined;
    proc.stdout!.on('data', (d: Buffer) => {
      out.push(d);
      if (!opts.stopOn || match) return;
      text += d.toString('utf8');
      const m = opts.stopOn.exec(text);
      if (m) {
        match = m[1] ?? m[0];
        stop();
      }
      text = text.slice(-4000);
    });
    proc.stderr!.on('data', (d: Buffer) => out.push(d));
    proc.on('close', (code) => {
      if (timer) clearTimeout(timer);
      writeFileSync(logFile, Buffer.concat(out));
      child = undefined;
      resolve({ code: match ? 1 : (code ?? 1), match, hung });
    });
  });
}

const vitestBin = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const reporter = path.join(root, 'scripts', 'mutation', 'first-failure-reporter.ts');
const MARKER_LINE = /MUTATION-FAILED::([^\n]+)\n/;

async function vitest(files: string[], env: NodeJS.ProcessEnv, logBase: string): Promise<{ code: number; detail: string }> {
  const r = await run(
    process.execPath,
    [
      vitestBin, 'run', ...files, '--bail=1', '--reporter=dot', `--reporter=${reporter}`,
      // a busy machine must not pass for a failing test
      '--hookTimeout=600000', '--testTimeout=300000',
    ],
    { ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
    `${logBase}.log`,
    { stopOn: MARKER_LINE, limit: 30 * 60_000 },
  );
  if (r.hung) return { code: 1, detail: 'timed out: the test run took over 30 minutes' };
  if (r.code === 0) return { code: 0, detail: '' };
  return { code: r.code, detail: r.match ?? `vitest exited with ${r.code} (see ${path.relative(root, logBase)}.log)` };
}

const timedOut = (detail: string) => /timed out/i.test(detail);

/** Runs the files; a failure that is only a time-out is tried once more. */
async function vitestTwice(files: string[], env: NodeJS.ProcessEnv, logBase: string) {
  const first = await vitest(files, env, logBase);
  if (first.code === 0 || !timedOut(first.detail)) return first;
  return vitest(files, env, `${logBase}.retry`);
}

/** Boots the mutated migrations once (in this process): do they still apply? */
async function migrationsApply(migrationsRoot: string): Promise<string | null> {
  const expected = readdirSync(migrationsDir).filter((f) => f.endsWith('.sql')).length;
  const saved = process.env.RT_MIGRATIONS_ROOT;
  const errors: string[] = [];
  const consoleError = console.error;
  console.error = (...a: unknown[]) => void errors.push(a.map(String).join(' '));
  process.env.RT_MIGRATIONS_ROOT = migrationsRoot;
  try {
    const db = await bootDatabase();
    try {
      const [row] = await db.query<{ n: number }>('select count(*)::int as n from supabase_migrations.schema_migrations');
      if (row?.n !== expected) return `migrations do not apply: ${row?.n ?? 0} of ${expected} applied. ${errors.join(' ').slice(0, 200)}`;
      if (errors.some((e) => /migration/i.test(e))) return `migrations do not apply: ${errors.join(' ').slice(0, 200)}`;
      return null;
    } finally {
      await db.close();
    }
  } catch (e) {
    return `migrations do not apply: ${String(e).split('\n')[0]!.slice(0, 200)}`;
  } finally {
    console.error = consoleError;
    if (saved === undefined) delete process.env.RT_MIGRATIONS_ROOT;
    else process.env.RT_MIGRATIONS_ROOT = saved;
  }
}

async function runMutation(m: Mutation): Promise<Result> {
  const allTests = committedTests();
  const started = Date.now();
  const done = (outcome: Outcome, detail: string): Result => ({
    name: m.name,
    key: keyOf(m),
    outcome,
    detail,
    seconds: Math.round((Date.now() - started) / 1000),
    at: new Date().toISOString(),
    postgres: onPostgres,
  });
  if (m.equivalent) return done('equivalent', m.equivalent);
  const file = path.join(migrationsDir, m.file);
  if (!existsSync(file)) return done('broken', `no migration ${m.file}`);
  const applied = applyMutation(m, readFileSync(file, 'utf8'));
  if ('error' in applied) return done('broken', applied.error);

  tmpRoot = mkdtempSync(path.join(os.tmpdir(), 'rt-mutation-'));
  try {
    const copy = path.join(tmpRoot, 'supabase', 'migrations');
    cpSync(migrationsDir, copy, { recursive: true });
    if (existsSync(path.join(root, 'supabase', 'config.toml'))) {
      cpSync(path.join(root, 'supabase', 'config.toml'), path.join(tmpRoot, 'supabase', 'config.toml'));
    }
    writeFileSync(path.join(copy, m.file), applied.text);
    const env = { ...process.env, RT_MIGRATIONS_ROOT: tmpRoot, DO_NOT_TRACK: '1' };
    const logBase = path.join(outDir, 'logs', m.name);

    const notApplied = await migrationsApply(tmpRoot);
    if (notApplied) return done('broken', notApplied);

    // test files that existed when the run started (one being written meanwhile is left out)
    const killers = (m.killers ?? []).filter((f) => allTests.includes(f));
    if (killers.length) {
      const first = await vitestTwice(killers, env, `${logBase}.killers`);
      if (first.code !== 0) return done(timedOut(first.detail) ? 'timeout' : 'killed', first.detail);
    }
    const rest = allTests.filter((f) => !killers.includes(f));
    const second = await vitestTwice(rest, env, `${logBase}.rest`);
    if (second.code !== 0) return done(timedOut(second.detail) ? 'timeout' : 'killed', second.detail);
    return done('survived', 'every database test passed');
  } finally {
    cleanup();
  }
}

/**
 * The database test files git knows about, read again before each mutation:
 * a test file being written while the list runs is left out until committed
 * (a half-written test would otherwise "kill" mutations).  Untracked files
 * count only when RT_MUTATION_UNTRACKED=1.
 */
function committedTests(): string[] {
  const onDisk = readdirSync(testsDir).filter((f) => f.endsWith('.test.ts')).map((f) => `supabase/tests/${f}`);
  if (process.env.RT_MUTATION_UNTRACKED === '1') return onDisk.sort();
  const tracked = spawnSync('git', ['ls-files', '--', 'supabase/tests'], { cwd: root, encoding: 'utf8' });
  if (tracked.status !== 0) return onDisk.sort();
  const known = new Set(tracked.stdout.split('\n'));
  return onDisk.filter((f) => known.has(f)).sort();
}

// ------------------------------------------------------------ report
function loadResults(): Record<string, Result> {
  try {
    return JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, Result>;
  } catch {
    return {};
  }
}

function report(results: Record<string, Result>): { text: string; score: number; broken: number; missing: number } {
  const rows = mutations.map((m) => {
    const r = results[m.name];
    return { m, r: r && r.key === keyOf(m) ? r : undefined };
  });
  const count = (o: Outcome) => rows.filter((x) => x.r?.outcome === o).length;
  const killed = count('killed');
  const survived = count('survived');
  const broken = count('broken');
  const equivalent = count('equivalent');
  const timeouts = count('timeout');
  const missing = rows.filter((x) => !x.r).length;
  const score = killed + survived ? killed / (killed + survived) : 0;
  const timed = rows.filter((x) => x.r && x.r.outcome !== 'equivalent');
  const total = timed.reduce((s, x) => s + x.r!.seconds, 0);
  const lines = [
    '# Mutation score',
    '',
    `Score: **${(score * 100).toFixed(1)}%** (killed ${killed} / (killed ${killed} + survived ${survived})); ` +
      `broken ${broken}, equivalent ${equivalent}, timed out ${timeouts}, not run ${missing}; target ${TARGET * 100}%.`,
    `Time: ${total} s over ${timed.length} mutations (${timed.length ? Math.round(total / timed.length) : 0} s each on average).`,
    '',
    '| # | mutation | family | file | outcome | seconds | detail |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      ({ m, r }, i) =>
        `| ${i + 1} | ${m.name} | ${m.family} | ${m.file.replace(/^\d+_/, '')} | ${r?.outcome ?? 'not run'} | ${r?.seconds ?? ''} | ${(r?.detail ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ').slice(0, 160)} |`,
    ),
    '',
  ];
  return { text: lines.join('\n'), score, broken, missing };
}

function printTable(results: Record<string, Result>) {
  const width = Math.max(...mutations.map((m) => m.name.length));
  for (const m of mutations) {
    const r = results[m.name];
    const outcome = r && r.key === keyOf(m) ? r.outcome : 'not run';
    console.log(`${m.name.padEnd(width)}  ${outcome.padEnd(10)} ${r && r.key === keyOf(m) ? `${String(r.seconds).padStart(4)} s  ${r.detail.slice(0, 100)}` : ''}`);
  }
}

// ------------------------------------------------------------ main
async function main() {
  const problems = checkList();
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(2);
  }
  if (flag('--list')) {
    for (const m of mutations) console.log(`${m.name.padEnd(44)} ${m.family.padEnd(22)} ${m.file}${m.equivalent ? '  (equivalent)' : ''}`);
    console.log(`${mutations.length} mutations`);
    return;
  }
  if (flag('--report')) {
    // only rewrite the report from the results recorded so far
    const rep = report(loadResults());
    mkdirSync(outDir, { recursive: true });
    writeFileSync(reportFile, rep.text);
    printTable(loadResults());
    console.log(rep.text.split('\n').slice(2, 4).join('\n').replace(/\*\*/g, ''));
    return;
  }
  const unknown = only.filter((n) => !mutations.some((m) => m.name === n));
  if (unknown.length) {
    console.error(`unknown mutation(s): ${unknown.join(', ')} (see --list)`);
    process.exit(2);
  }
  // One family after another, round robin: a run stopped early has still
  // tried every family.  Mutations already recorded (same text) are skipped
  // unless named with --only or --fresh is given.
  const results = flag('--fresh') ? {} : loadResults();
  const pool = only.length
    ? mutations.filter((m) => only.includes(m.name))
    : mutations.filter((m) => results[m.name]?.key !== keyOf(m) || results[m.name]?.outcome === 'timeout');
  const families = [...new Set(pool.map((m) => m.family))].map((f) => pool.filter((m) => m.family === f));
  const selected: Mutation[] = [];
  for (let i = 0; selected.length < pool.length; i += 1) for (const f of families) if (f[i]) selected.push(f[i]!);
  mkdirSync(path.join(outDir, 'logs'), { recursive: true });

  console.log(`${selected.length} mutation(s)${onPostgres ? ' on PostgreSQL' : ' on PGlite'}; logs in ${path.relative(root, outDir)}/logs`);
  for (const [i, m] of selected.entries()) {
    process.stdout.write(`[${i + 1}/${selected.length}] ${m.name} … `);
    const r = await runMutation(m);
    results[m.name] = r;
    // merge with what another run may have recorded meanwhile
    writeFileSync(resultsFile, JSON.stringify({ ...loadResults(), [m.name]: r }, null, 2));
    Object.assign(results, { ...loadResults(), [m.name]: r });
    console.log(`${r.outcome} (${r.seconds} s)${r.detail ? `: ${r.detail.slice(0, 140)}` : ''}`);
  }

  const rep = report(results);
  writeFileSync(reportFile, rep.text);
  console.log('');
  printTable(results);
  console.log('');
  console.log(rep.text.split('\n').slice(2, 4).join('\n').replace(/\*\*/g, ''));
  console.log(`Report: ${path.relative(root, reportFile)}`);

  const clean = spawnSync('git', ['diff', '--quiet', '--', 'supabase/migrations'], { cwd: root });
  if (clean.status !== 0) {
    console.error('supabase/migrations has uncommitted changes after the run: check `git diff supabase/migrations`');
    process.exit(1);
  }
  if (rep.broken > 0 || rep.score < TARGET) process.exit(1);
}

await main();
