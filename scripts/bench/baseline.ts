// `--baseline`: measure the database as it was before the performance
// migration (20261109000000_performance.sql), for before/after figures in the
// same kind of run.  After the boot, the functions that migration replaced
// are put back exactly as the earlier migrations define them (read from
// those files), so nothing in the tree has to change.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../supabase/tests/boot';

const ORIGINALS: [file: string, fn: string][] = [
  ['20261101000400_write_rules.sql', 'private.local_date'],
  ['20261102000000_timeliness.sql', 'private.timeliness'],
  ['20261102000000_timeliness.sql', 'private.days_late'],
  ['20261106000000_figures.sql', 'private.end_of_day'],
  ['20261106000000_figures.sql', 'public.tasks_as_of'],
  ['20261106000000_figures.sql', 'public.plan_trend'],
];

/** The earlier definitions, as one SQL script. */
export function baselineSql(): string {
  return ORIGINALS.map(([file, fn]) => {
    const text = readFileSync(path.join(projectRoot, 'supabase', 'migrations', file), 'utf8');
    const start = text.indexOf(`create or replace function ${fn}(`);
    if (start < 0) throw new Error(`${fn} not found in ${file}`);
    const end = text.indexOf('$$;', text.indexOf('as $$', start) + 5);
    return `${text.slice(start, end + 3)}\n`;
  }).join('\n');
}
