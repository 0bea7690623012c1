// A periodic report on a ~1,100-task plan, as Home Affairs makes it: create
// the draft (the database prefills it from the figures as of the cut-off),
// fill in number and signer, submit (one transaction freezes every figure
// and task into the snapshot), load the report's data, then build the Word
// document and the Excel appendix with the app's own builders
// (app/features/reports/lib), in Node.  Each run uses another plan or period,
// since a plan has one report per period.
import type { Client } from '../../supabase/tests/harness';
import type { BenchBackend } from './backend';
import { summarize, timed, type Sample } from './stats';

export interface ReportRunReport {
  runs: number;
  tasks: number;
  compile: Sample;
  exportDocs: Sample;
  total: Sample;
  docxBytes: number;
  xlsxBytes: number;
}

const PERIODS = [
  { period: 'annual', month: 12 },
  { period: 'q3', month: 9 },
  { period: 'h1', month: 6 },
  { period: 'q1', month: 3 },
] as const;

export async function measureReports(
  backend: BenchBackend,
  runs: number,
  log: (line: string) => void,
): Promise<ReportRunReport | string> {
  let builders: {
    docx: (input: never) => Promise<ArrayBuffer>;
    xlsx: (input: never) => Promise<ArrayBuffer>;
  };
  try {
    const docx = await import('../../app/features/reports/lib/docx');
    const xlsx = await import('../../app/features/reports/lib/xlsx');
    builders = { docx: docx.buildReportDocx as never, xlsx: xlsx.buildReportXlsx as never };
  } catch (error) {
    return `report builders not available (${error instanceof Error ? error.message : String(error)})`;
  }

  // Plans of the current year with the most tasks, and the periods whose
  // cut-off (the 14th of the period's last month) has passed.
  const plans = await backend.sql<{ id: string; year: number; n: number; today: string }>(
    `select p.id, p.year, count(t.id)::int as n, to_char((now() at time zone 'Asia/Ho_Chi_Minh')::date, 'YYYY-MM-DD') as today
       from public.plans p join public.tasks t on t.plan_id = p.id
      where p.status = 'in_force' and p.year = extract(year from (now() at time zone 'Asia/Ho_Chi_Minh'))
      group by p.id order by count(t.id) desc, p.id limit 20`,
  );
  const today = plans[0]?.today ?? '';
  const jobs: { planId: string; year: number; period: string; tasks: number }[] = [];
  for (const { period, month } of PERIODS) {
    for (const p of plans) {
      const cutoff = `${p.year}-${String(month).padStart(2, '0')}-14`;
      if (cutoff < today && p.n >= plans[0]!.n * 0.9) jobs.push({ planId: p.id, year: p.year, period, tasks: p.n });
    }
  }
  if (jobs.length === 0) return 'no report period of this year has reached its cut-off yet';

  const interior: Client = await backend.signIn('noivu@example.vn');
  const compile: number[] = [];
  const exportDocs: number[] = [];
  const total: number[] = [];
  let docxBytes = 0;
  let xlsxBytes = 0;
  const take = jobs.slice(0, runs + 1); // the first is an untimed warm-up
  for (const [i, job] of take.entries()) {
    const [compileMs, input] = await timed(async () => {
      const created = await interior
        .from('reports')
        .insert({ plan_id: job.planId, period: job.period as never, year: job.year })
        .select('id')
        .single();
      if (created.error) throw new Error(`create report: ${created.error.message}`);
      const id = created.data.id;
      const updated = await interior
        .from('reports')
        .update({ doc_number: `${900 + i}/BC-UBND`, signer_name: 'Nguyễn Văn An' })
        .eq('id', id);
      if (updated.error) throw new Error(`fill report: ${updated.error.message}`);
      const submitted = await interior.rpc('submit_report', { p_report_id: id });
      if (submitted.error) throw new Error(`submit report: ${submitted.error.message}`);
      const [report, data] = await Promise.all([
        interior.from('reports').select('*').eq('id', id).single(),
        interior.rpc('report_data', { p_report_id: id }),
      ]);
      if (report.error || data.error) throw new Error(`load report: ${(report.error ?? data.error)!.message}`);
      return { report: report.data, data: data.data } as never;
    });
    const [exportMs, sizes] = await timed(async () => {
      const [d, x] = [await builders.docx(input), await builders.xlsx(input)];
      return [d.byteLength, x.byteLength] as const;
    });
    if (i === 0) continue;
    compile.push(compileMs);
    exportDocs.push(exportMs);
    total.push(compileMs + exportMs);
    [docxBytes, xlsxBytes] = sizes;
    log(`  report ${job.period}/${job.year} on ${job.tasks} tasks: compile + submit ${compileMs.toFixed(0)} ms, docx + xlsx ${exportMs.toFixed(0)} ms`);
  }
  if (total.length === 0) return 'only one report could be made (no second plan or period)';
  return {
    runs: total.length,
    tasks: take[1]!.tasks,
    compile: summarize(compile),
    exportDocs: summarize(exportDocs),
    total: summarize(total),
    docxBytes,
    xlsxBytes,
  };
}
