// How long a long screen takes to become usable once its data has arrived,
// in headless Debian Chromium, signed in as the steering committee, against
// the built app served with the embedded API (same origin).
//
// Measured from the moment the screen's one request has been answered (the
// Resource Timing `responseEnd` of `rpc/plan_page` or `rpc/task_list_page`)
// to the moment a person can use it: its first task rows are painted AND the
// main thread is free to handle a click.  In the page:
// - "painted": when the first task link is in the DOM, a message posted from
//   the next animation frame runs, i.e. after that frame was produced and
//   after whatever work was queued before it;
// - "free": the end of the last long task (≥ 50 ms, Long Tasks API) after
//   the response, found once the page has been quiet (no long task) for
//   500 ms — Time to Interactive's rule, with a 500 ms quiet window since the
//   screen makes no further request.
// interactive = max(painted, end of that last long task) − responseEnd.
// A click at that moment starts being handled within 50 ms.
//
// Each run reloads the page in one browser context (the app's code from the
// HTTP cache, as on any later visit; the data asked afresh); the first load is
// untimed.
import { chromium, type Browser, type Page } from '@playwright/test';
import { percentile } from './stats';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface InteractiveScreen {
  /** What is measured, for the report. */
  label: string;
  /** Path and query of the page. */
  path: string;
  /** The screen's request, as it appears in the resource's URL. */
  request: string;
  /** A task row's link: "painted" is when the first one is drawn. */
  rowSelector: string;
}

export interface InteractiveRun {
  interactive: number;
  painted: number;
  longTasks: number;
  rowsInDom: number;
}

export interface InteractiveReport {
  label: string;
  runs: InteractiveRun[];
  median: number;
  p95: number;
  paintedMedian: number;
  rowsTotal: number;
  rowsInDom: number;
}

declare global {
  interface Window {
    __interactive: { painted: number | null; longTasks: [number, number][] };
  }
}

function observe(selector: string) {
  window.__interactive = { painted: null, longTasks: [] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__interactive.longTasks.push([e.startTime, e.startTime + e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API: "painted" alone is reported
  }
  let seen = false;
  const watch = new MutationObserver(() => {
    if (seen || !document.querySelector(selector)) return;
    seen = true;
    watch.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        window.__interactive.painted = performance.now();
      };
      channel.port2.postMessage(0);
    });
  });
  watch.observe(document, { childList: true, subtree: true });
}

async function once(page: Page, screen: InteractiveScreen, reload: boolean): Promise<InteractiveRun> {
  if (reload) await page.reload();
  else await page.goto(screen.path);
  await page.waitForFunction(() => window.__interactive?.painted != null, null, { timeout: 60_000 });
  // Wait for a quiet window of 500 ms without a long task (at most 15 s).
  await page.waitForFunction(
    () => {
      const w = window.__interactive;
      const lastEnd = Math.max(w.painted ?? 0, ...w.longTasks.map(([, end]) => end));
      return performance.now() - lastEnd >= 500;
    },
    null,
    { timeout: 15_000, polling: 100 },
  );
  return page.evaluate(({ request, rowSelector }) => {
    const w = window.__interactive;
    const entry = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes(request))
      .at(-1) as PerformanceResourceTiming | undefined;
    if (!entry) throw new Error(`no ${request} request seen`);
    const arrived = entry.responseEnd;
    const after = w.longTasks.filter(([, end]) => end > arrived);
    const free = Math.max(0, ...after.map(([, end]) => end));
    return {
      interactive: Math.max(w.painted!, free) - arrived,
      painted: w.painted! - arrived,
      longTasks: after.length,
      rowsInDom: document.querySelectorAll(rowSelector).length,
    };
  }, screen);
}

export async function measureInteractive(
  baseUrl: string,
  session: unknown,
  screens: InteractiveScreen[],
  runs: number,
  totals: number[],
  log: (line: string) => void,
): Promise<InteractiveReport[]> {
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const reports: InteractiveReport[] = [];
  try {
    for (const [n, screen] of screens.entries()) {
      const context = await browser.newContext({
        baseURL: baseUrl,
        viewport: { width: 1280, height: 800 },
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
        storageState: {
          cookies: [],
          origins: [{ origin: baseUrl, localStorage: [{ name: 'reform-tracker-auth', value: JSON.stringify(session) }] }],
        },
      });
      await context.addInitScript(observe, screen.rowSelector);
      const page = await context.newPage();
      const measured: InteractiveRun[] = [];
      try {
        for (let i = 0; i <= runs; i += 1) {
          const run = await once(page, screen, i > 0);
          if (i === 0) continue; // the first load fills the HTTP cache
          measured.push(run);
          log(
            `  ${screen.label}, run ${i}: interactive ${run.interactive.toFixed(0)} ms after the data ` +
              `(rows painted at ${run.painted.toFixed(0)} ms, ${run.longTasks} long tasks, ${run.rowsInDom} rows in the DOM)`,
          );
        }
      } finally {
        await context.close();
      }
      const values = measured.map((r) => r.interactive);
      reports.push({
        label: screen.label,
        runs: measured,
        median: percentile(values, 50),
        p95: percentile(values, 95),
        paintedMedian: percentile(measured.map((r) => r.painted), 50),
        rowsTotal: totals[n] ?? Number.NaN,
        rowsInDom: measured.at(-1)?.rowsInDom ?? Number.NaN,
      });
    }
  } finally {
    await browser.close();
  }
  return reports;
}
