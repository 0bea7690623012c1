// Largest Contentful Paint of the dashboard in headless Debian Chromium,
// signed in as the steering committee, against the built app served with the
// embedded API (same origin) on the national data set.
//
// Each run opens a fresh browser context (empty cache: a first visit of the
// day) that already holds the committee's session in localStorage, opens
// /dashboard?plan=…, waits until the figures, the ranking and the chart are
// on screen, then reads the last 'largest-contentful-paint' entry that a
// PerformanceObserver in the page recorded.  A second navigation in the same
// context gives the warm-cache figure.
import { chromium, type Browser } from '@playwright/test';
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

export interface LcpRun {
  lcp: number;
  /** When the headline figure appeared (ms from navigation start). */
  figures: number;
  element: string;
}

export interface LcpReport {
  cold: LcpRun[];
  warm: LcpRun[];
  coldMedian: number;
  coldP95: number;
  warmMedian: number;
  warmP95: number;
  figuresMedian: number;
  element: string;
}

declare global {
  interface Window {
    __bench: { lcp: { t: number; el: string }[]; figures: number | null; long: string[] };
  }
}

function observe() {
  window.__bench = { lcp: [], figures: null, long: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const e = entry as PerformanceEntry & { element?: Element | null };
      const el = e.element ? `${e.element.tagName.toLowerCase()}${e.element.className ? `.${String(e.element.className).split(' ')[0]}` : ''}` : '?';
      // the element, its painted area (px²) and the start of its text
      const size = (entry as PerformanceEntry & { size?: number }).size ?? 0;
      window.__bench.lcp.push({ t: entry.startTime, el: `${el} ${size} ${(e.element?.textContent ?? '').trim().slice(0, 30)}` });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.long.push(`${e.startTime.toFixed(0)}+${e.duration.toFixed(0)}`);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (window.__bench.figures === null && document.querySelector('[data-testid="dashboard-done"]')) {
      window.__bench.figures = performance.now();
    }
  }).observe(document, { childList: true, subtree: true });
}

export async function measureLcp(
  baseUrl: string,
  session: unknown,
  planId: string,
  runs: number,
  log: (line: string) => void,
): Promise<LcpReport> {
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const cold: LcpRun[] = [];
  const warm: LcpRun[] = [];
  try {
    const once = async (page: import('@playwright/test').Page): Promise<LcpRun> => {
      await page.goto(`${baseUrl}/dashboard?plan=${planId}`);
      await page.getByTestId('dashboard-done').waitFor({ timeout: 60_000 });
      await page.locator('table').first().waitFor({ timeout: 60_000 });
      await page.locator('.chart-box svg').first().waitFor({ timeout: 60_000 }).catch(() => {});
      await page.waitForTimeout(500);
      const data = await page.evaluate(() => window.__bench);
      // LCP_TRACE=1 prints each visit's timeline: long tasks, paints and every request with its start and end.
      if (process.env.LCP_TRACE) {
        const entries = await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          const res = performance.getEntriesByType('resource').map((e) => {
            const r = e as PerformanceResourceTiming;
            return `${r.startTime.toFixed(0).padStart(5)} → ${r.responseEnd.toFixed(0).padStart(5)}  ${(r.encodedBodySize / 1024).toFixed(1)}K ${r.name.replace(location.origin, '')}`;
          });
          const paints = performance.getEntriesByType('paint').map((e) => `${e.name} ${e.startTime.toFixed(0)}`);
          return [`long tasks (start+duration) ${window.__bench.long.join(' ')}`, `nav responseEnd ${nav.responseEnd.toFixed(0)} domInteractive ${nav.domInteractive.toFixed(0)}`, ...paints, ...res];
        });
        console.log(entries.join('\n'), '\nLCP entries', JSON.stringify(data.lcp));
      }
      const last = data.lcp.at(-1);
      return { lcp: last?.t ?? Number.NaN, figures: data.figures ?? Number.NaN, element: last?.el ?? '?' };
    };
    // One untimed visit: the server's first requests warm its caches.
    for (let i = 0; i <= runs; i += 1) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
        storageState: {
          cookies: [],
          origins: [{ origin: baseUrl, localStorage: [{ name: 'reform-tracker-auth', value: JSON.stringify(session) }] }],
        },
      });
      await context.addInitScript(observe);
      const page = await context.newPage();
      const first = await once(page);
      const second = await once(page);
      await context.close();
      if (i === 0) continue;
      cold.push(first);
      warm.push(second);
      log(`  run ${i}: LCP ${first.lcp.toFixed(0)} ms cold (${first.element}), ${second.lcp.toFixed(0)} ms warm; figures at ${first.figures.toFixed(0)} ms`);
    }
  } finally {
    await browser.close();
  }
  const l = (rs: LcpRun[]) => rs.map((r) => r.lcp);
  const elements = cold.map((r) => r.element);
  return {
    cold,
    warm,
    coldMedian: percentile(l(cold), 50),
    coldP95: percentile(l(cold), 95),
    warmMedian: percentile(l(warm), 50),
    warmP95: percentile(l(warm), 95),
    figuresMedian: percentile(cold.map((r) => r.figures), 50),
    element: elements.sort((a, b) => elements.filter((x) => x === b).length - elements.filter((x) => x === a).length)[0] ?? '?',
  };
}
