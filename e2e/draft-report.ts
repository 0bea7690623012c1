// A draft periodic report made only to be looked at, and deleted again, so a
// spec that must leave the shared database as it found it can open a report.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

const anonKey = /^SUPABASE_PUBLISHABLE_KEY=(.*)$/m.exec(readFileSync('.env', 'utf8'))?.[1]?.trim() ?? '';

/** Signed in as Home Affairs: makes the 6-month 2024 draft, hands its page to `look`, then deletes it. */
export async function withDraftReport(page: Page, look: (reportId: string) => Promise<void>) {
  await page.goto('/reports/new');
  await page.getByLabel('Năm', { exact: true }).selectOption('2024');
  await page.getByLabel('Kế hoạch', { exact: true }).selectOption({ label: '315/KH-UBND — Kế hoạch cải cách hành chính tỉnh Bình An năm 2024' });
  await page.getByRole('radio', { name: /^6 tháng/ }).check();
  await page.getByRole('button', { name: 'Lập dự thảo báo cáo' }).click();
  await expect(page.getByRole('heading', { name: 'Báo cáo 6 tháng đầu năm 2024', level: 1 })).toBeVisible({ timeout: 45_000 });
  const reportId = /\/reports\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  try {
    await look(reportId);
  } finally {
    const body = await page.evaluate(async ([id, key]) => {
      const session = JSON.parse(localStorage.getItem('reform-tracker-auth') ?? '{}') as { access_token?: string };
      const res = await fetch(`/rest/v1/reports?id=eq.${id}`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${session.access_token}`, apikey: key, Prefer: 'return=representation' },
      });
      return res.text();
    }, [reportId, anonKey] as const);
    expect(body, 'the draft report is deleted again').toContain(reportId);
  }
}
