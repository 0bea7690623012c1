// The UI kit's date field in a browser whose own language is English (a native
// date input would show mm/dd/yyyy there): the field shows and takes
// dd/mm/yyyy, refuses a date that does not exist in the reader's language, and
// reporting a task done asks first; the evidence form's fields, the date's
// calendar button among them, stay inside their card. Screenshots in
// test-results/screenshots/.
import { expect, test } from '@playwright/test';
import { signIn, switchLanguage } from './helpers';

test.use({ locale: 'en-US' });

const widths = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

for (const size of widths) {
  test(`the task list's date filter reads dd/mm/yyyy and explains a wrong date, both languages, ${size.name} width`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    await signIn(page, 'committee@example.vn');
    await page.goto('/tasks');
    // on a phone the filters are folded behind their button
    if (size.name === 'phone') await page.getByRole('button', { name: /^Bộ lọc \(\d+\)$/ }).click();

    const date = page.getByLabel('Thời hạn từ ngày');
    await expect(date).toHaveAttribute('placeholder', 'dd/mm/yyyy');
    await date.fill('31/02/2026');
    await date.blur();
    const wrong = page.getByText('Nhập ngày theo dạng dd/mm/yyyy, ví dụ 31/12/2026.');
    await expect(wrong).toBeVisible();
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await date.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screenshots/kit-date-error-vi-${size.name}.png` });

    await switchLanguage(page, 'en');
    await expect(page.getByText('Enter a date as dd/mm/yyyy, e.g. 31/12/2026.')).toBeVisible();
    await page.getByLabel('Due from').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screenshots/kit-date-error-en-${size.name}.png` });

    // A right date clears the message and stays day first.
    await page.getByLabel('Due from').fill('5/1/2026');
    await page.getByLabel('Due from').blur();
    await expect(page.getByText('Enter a date as dd/mm/yyyy, e.g. 31/12/2026.')).toHaveCount(0);
    await expect(page.getByLabel('Due from')).toHaveValue('05/01/2026');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await switchLanguage(page, 'vi');
  });
}

for (const size of widths) {
  test(`the evidence form's fields stay inside their card, both languages, ${size.name} width`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    await signIn(page, 'tuphap@example.vn', undefined, { landing: '/tasks?status=in_progress' });
    await page.locator('main a[href^="/tasks/"]').first().click();
    const card = page.getByRole('region', { name: /^(Minh chứng|Evidence)/ });
    for (const lang of ['vi', 'en'] as const) {
      if (lang === 'en') await switchLanguage(page, 'en');
      const date = card.getByLabel(lang === 'vi' ? 'Ngày ban hành' : 'Date issued');
      await expect(date).toBeVisible();
      const outside = await card.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return [...el.querySelectorAll('input, button, select, textarea, label')]
          .filter((c) => (c as HTMLElement).offsetParent !== null)
          .map((c) => ({ c, r: c.getBoundingClientRect() }))
          .filter(({ r }) => r.right > box.right + 0.5 || r.left < box.left - 0.5)
          .map(({ c, r }) => `${c.tagName} ${c.getAttribute('aria-label') ?? c.textContent?.trim()} ${Math.round(r.left)}–${Math.round(r.right)} of ${Math.round(box.left)}–${Math.round(box.right)}`);
      });
      expect(outside).toEqual([]);
      await card.screenshot({ path: `test-results/screenshots/kit-evidence-form-${lang}-${size.name}.png` });
    }
    await switchLanguage(page, 'vi');
  });
}
