// A phone (390 px): the header stays one short row with the menu behind a
// button, the task list shows its first task on the first screen, the plan
// page and the report keep every value reachable, and a ranking's unit name
// keeps to one line.  No page scrolls sideways.  On a laptop (1280 px) and a
// tablet (1024 px) Home Affairs' longer menu keeps each label on one line.  It only reads (the one report
// is a draft made and deleted here).  Screenshots: test-results/phone-layout/.
import { expect, test, type Page } from '@playwright/test';
import { signIn, signOut, switchLanguage } from './helpers';
import { withDraftReport } from './draft-report';

test.use({ viewport: { width: 390, height: 844 } });
const shots = 'test-results/phone-layout';
const slow = expect.configure({ timeout: 45_000 });

async function noSidewaysScroll(page: Page) {
  const { scroll, inner } = await page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, inner: window.innerWidth }));
  expect(scroll, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(inner);
}

async function headerHeight(page: Page) {
  return (await page.getByRole('banner').boundingBox())!.height;
}

/** The height of the tallest unit name in a ranking (its text, not its box) and the line height it is set in. */
async function tallestName(names: ReturnType<Page['locator']>) {
  return names.evaluateAll((els) =>
    els.reduce(
      (acc, el) => {
        const text = document.createRange();
        text.selectNodeContents(el);
        return { height: Math.max(acc.height, text.getBoundingClientRect().height), line: parseFloat(getComputedStyle(el).lineHeight) };
      },
      { height: 0, line: 0 },
    ),
  );
}

/** Screenshots of the page at the phone width and at 1280 px, in Vietnamese and English. */
async function capture(page: Page, name: string, ready: (lang: 'vi' | 'en') => Promise<void>) {
  for (const lang of ['vi', 'en'] as const) {
    if (lang === 'en') await switchLanguage(page, 'en');
    await ready(lang);
    await noSidewaysScroll(page);
    await page.screenshot({ path: `${shots}/${name}-${lang}-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    await ready(lang);
    await page.screenshot({ path: `${shots}/${name}-${lang}-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
  }
  await switchLanguage(page, 'vi');
}

test('on a laptop and a tablet the header keeps each menu label on one line (Home Affairs has the most)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'noivu@example.vn');
  const labels = page.getByRole('navigation', { name: /Menu chính|Main menu/ }).getByRole('link');
  for (const lang of ['vi', 'en'] as const) {
    if (lang === 'en') await switchLanguage(page, 'en');
    for (const [width, tallest] of [[1280, 64], [1024, 110]] as const) {
      await page.setViewportSize({ width, height: 800 });
      await expect(labels).toHaveCount(7);
      const lines = await labels.evaluateAll((els) =>
        els.map((el) => {
          const text = document.createRange();
          text.selectNodeContents(el);
          return { label: el.textContent, lines: Math.round(text.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)) };
        }),
      );
      expect(lines.filter((l) => l.lines !== 1), `${lang} ${width}px`).toEqual([]);
      expect(await headerHeight(page)).toBeLessThanOrEqual(tallest);
      await noSidewaysScroll(page);
      await page.screenshot({ path: `${shots}/header-${lang}-${width}.png`, clip: { x: 0, y: 0, width, height: 140 } });
    }
  }
  await switchLanguage(page, 'vi');
});

test('the header is one short row; the menu opens as a disclosure and closes on the next page', async ({ page }) => {
  await signIn(page, 'committee@example.vn');
  expect(await headerHeight(page)).toBeLessThanOrEqual(72);
  await noSidewaysScroll(page);
  const button = page.getByRole('button', { name: 'Menu chính' });
  const nav = page.getByRole('navigation', { name: 'Menu chính' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();
  await page.screenshot({ path: `${shots}/header-closed-vi-390.png` });

  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(nav.getByRole('link', { name: 'Tổng quan' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  await noSidewaysScroll(page);
  await page.screenshot({ path: `${shots}/header-open-vi-390.png` });
  await nav.getByRole('link', { name: 'Tổng quan' }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();

  // Escape closes it and gives the focus back to the button.
  await button.click();
  await expect(nav).toBeVisible();
  await nav.getByRole('link', { name: 'Kế hoạch' }).focus();
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();

  // At 1280 px the menu is always there and the button is not.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(nav.getByRole('link', { name: 'Kế hoạch' })).toBeVisible();
  await expect(button).toBeHidden();
  await page.screenshot({ path: `${shots}/header-vi-1280.png` });

  // Signing out on a phone: through the menu.
  await page.setViewportSize({ width: 390, height: 844 });
  await signOut(page);
});

test('the dashboard ranking gives each unit name one line', async ({ page }) => {
  test.setTimeout(150_000);
  await signIn(page, 'committee@example.vn');
  await page.goto('/dashboard');
  const ranking = page.getByRole('region', { name: 'Xếp hạng đơn vị chủ trì' });
  const names = ranking.getByRole('link');
  await slow(names.first()).toBeVisible();
  const { height, line } = await tallestName(names);
  expect(height).toBeLessThanOrEqual(line);
  expect(await headerHeight(page)).toBeLessThanOrEqual(72);
  await capture(page, 'dashboard', async (lang) => {
    await expect(page.getByRole('region', { name: lang === 'vi' ? 'Xếp hạng đơn vị chủ trì' : 'Lead units ranked' }).getByRole('link').first()).toBeVisible();
  });
});

test('the task list shows its first task on the first screen; the filters fold behind a counted button', async ({ page }) => {
  test.setTimeout(150_000);
  await signIn(page, 'committee@example.vn');
  await page.goto('/tasks');
  const firstTask = page.getByRole('table').getByRole('link').first();
  await slow(firstTask).toBeVisible();
  const box = (await firstTask.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(844);
  await noSidewaysScroll(page);

  const toggle = page.getByRole('button', { name: 'Bộ lọc (0)' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByLabel('Lĩnh vực')).toBeHidden();
  await expect(page.getByLabel('Tìm kiếm')).toBeVisible();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByLabel('Lĩnh vực')).toBeVisible();
  await noSidewaysScroll(page);
  await page.screenshot({ path: `${shots}/task-list-filters-open-vi-390.png`, fullPage: true });

  await page.goto('/tasks?status=in_progress,returned&sort=due');
  await expect(page.getByRole('button', { name: 'Bộ lọc (2)' })).toBeVisible();
  await capture(page, 'task-list', async (lang) => {
    await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();
    if (lang === 'en') await expect(page.getByRole('heading', { level: 1, name: 'Task list' })).toBeVisible();
  });
});

test('the plan page shows each task\'s lead unit and due date', async ({ page }) => {
  test.setTimeout(150_000);
  await signIn(page, 'committee@example.vn');
  await page.getByRole('listitem').filter({ hasText: '315/KH-UBND' }).getByRole('link').click();
  await expect(page.getByTestId('plan-ratio')).toBeVisible();
  const row = page.locator('.plan-task-table tbody tr').first();
  for (const [cell, pattern] of [['td.col-unit', /\S/], ['td.col-date', /\d{2}\/\d{2}\/\d{4}/]] as const) {
    const value = row.locator(cell);
    await expect(value).toBeVisible();
    await expect(value).toHaveText(pattern);
    const box = (await value.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  expect(await headerHeight(page)).toBeLessThanOrEqual(72);
  await capture(page, 'plan', async (lang) => {
    await expect(page.getByRole('heading', { name: lang === 'vi' ? 'Tiến độ theo lĩnh vực' : 'Progress by reform area' })).toBeVisible();
  });
});

test('the CCHC ranking gives each unit name one line, its scores under it', async ({ page }) => {
  test.setTimeout(150_000);
  await signIn(page, 'committee@example.vn');
  await page.goto('/chi-so-cchc');
  await page.getByRole('region', { name: 'Bộ chỉ số theo năm' }).getByRole('link', { name: /sở, ban, ngành tỉnh Bình An năm 2025/ }).click();
  const ranking = page.getByRole('region', { name: 'Bảng xếp hạng' });
  const names = ranking.locator('td.cchc-unit-col a');
  await slow(names.first()).toBeVisible();
  const { height, line } = await tallestName(names);
  expect(height).toBeGreaterThan(0);
  expect(height).toBeLessThanOrEqual(line);
  // every score of the first unit is on the screen, under its name
  const first = ranking.locator('tbody tr').first();
  const name = (await first.locator('td.cchc-unit-col').boundingBox())!;
  for (const cell of await first.locator('td').all()) {
    const box = (await cell.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  const total = (await first.locator('td.cchc-total-col').boundingBox())!;
  expect(total.y).toBeGreaterThan(name.y);
  await noSidewaysScroll(page);
  await capture(page, 'cchc-ranking', async (lang) => {
    await expect(page.getByRole('region', { name: lang === 'vi' ? 'Bảng xếp hạng' : /ranking/i }).locator('td.cchc-unit-col a').first()).toBeVisible();
  });
});

test('the report keeps every column within reach and its ranking names on one line', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'noivu@example.vn');
  await withDraftReport(page, async () => {
    await noSidewaysScroll(page);
    const figures = page.getByRole('table', { name: 'Số nhiệm vụ theo lĩnh vực và tiến độ so với thời hạn' });
    const onTime = figures.getByRole('columnheader', { name: 'HT đúng hạn' });
    const firstColumn = figures.getByRole('rowheader').first();
    const before = (await firstColumn.boundingBox())!;
    // the table scrolls in its own box: its late and not-due columns come into view, the area names stay
    for (const name of ['HT đúng hạn', 'HT quá hạn', 'Chưa HT, trong hạn']) {
      const header = figures.getByRole('columnheader', { name });
      await header.scrollIntoViewIfNeeded();
      const box = (await header.boundingBox())!;
      expect(box.x + box.width, name).toBeLessThanOrEqual(390);
      expect(box.x, name).toBeGreaterThanOrEqual(0);
    }
    await expect(onTime).toBeVisible();
    const after = (await firstColumn.boundingBox())!;
    expect(Math.abs(after.x - before.x)).toBeLessThanOrEqual(1);
    await noSidewaysScroll(page);

    // (laid out as a grid on a phone, the ranking is found by its class)
    const ranking = page.locator('table.ranking-table');
    await ranking.scrollIntoViewIfNeeded();
    const { height, line } = await tallestName(ranking.locator('td.ranking-unit'));
    expect(height).toBeGreaterThan(0);
    expect(height).toBeLessThanOrEqual(line);
    await capture(page, 'report', async (lang) => {
      await expect(page.getByRole('heading', { level: 1, name: lang === 'vi' ? 'Báo cáo 6 tháng đầu năm 2024' : /2024/ })).toBeVisible();
    });
  });
});
