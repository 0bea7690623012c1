// Administration: sign-up and approval, the units tree, and the door that
// keeps other roles out.  Screenshots of the pages go to test-results/screenshots/.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, signIn, signOut } from './helpers';

const NEW_EMAIL = 'dang.van.moi@example.vn';
const NEW_NAME = 'Đặng Văn Mới';

/** Chooses the option whose text contains `text` (unit options are indented by depth). */
async function selectByText(select: Locator, text: string) {
  const value = await select.locator('option').filter({ hasText: text }).first().getAttribute('value');
  expect(value, `option ${text}`).not.toBeNull();
  await select.selectOption(value!);
}

async function noHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

const unitTree = (page: Page) => page.getByRole('list', { name: 'Cây đơn vị' });
const unitRow = (page: Page, code: string) => unitTree(page).getByRole('listitem').filter({ hasText: code });

test('someone signs up, waits for a role, is approved as head of a unit and then sees the plans', async ({ page }) => {
  test.slow(); // a long journey through several pages
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Đăng ký' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng ký tài khoản' })).toBeVisible();

  // Mistakes are caught at the fields, in Vietnamese.
  await page.getByLabel('Họ và tên').fill('Đ');
  await page.getByLabel('Thư điện tử').fill('dang.van.moi');
  await page.getByLabel('Mật khẩu', { exact: true }).fill('ngan');
  await page.getByLabel('Nhập lại mật khẩu').fill('khac');
  await page.getByRole('button', { name: 'Đăng ký' }).click();
  await expect(page.getByText('Vui lòng nhập họ và tên (ít nhất 2 ký tự).')).toBeVisible();
  await expect(page.getByText('Thư điện tử không hợp lệ.')).toBeVisible();
  await expect(page.getByText('Mật khẩu phải có ít nhất 10 ký tự.')).toBeVisible();
  await expect(page.getByText('Hai mật khẩu không khớp nhau.')).toBeVisible();

  await page.getByLabel('Họ và tên').fill(NEW_NAME);
  await page.getByLabel('Thư điện tử').fill(NEW_EMAIL);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel('Nhập lại mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng ký' }).click();
  await expect(page.getByRole('heading', { name: 'Tài khoản đang chờ phân quyền' })).toBeVisible();
  await expect(page.getByText(NEW_EMAIL)).toBeVisible();
  await signOut(page);

  // The same email a second time is refused readably.
  await page.goto('/sign-up');
  await page.getByLabel('Họ và tên').fill(NEW_NAME);
  await page.getByLabel('Thư điện tử').fill(NEW_EMAIL);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel('Nhập lại mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng ký' }).click();
  await expect(page.getByRole('alert')).toHaveText('Thư điện tử này đã có tài khoản. Hãy đăng nhập.');

  // The administrator approves the account as head of Sở Y tế.
  await signIn(page, 'admin@example.vn');
  await page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Tài khoản', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tài khoản và phân quyền' })).toBeVisible();
  const badge = page.getByTestId('pending-count');
  const waitingBefore = Number(await badge.textContent());
  expect(waitingBefore).toBeGreaterThanOrEqual(1);

  const pending = page.getByRole('region', { name: /Chờ phân quyền/ });
  const card = pending.getByRole('listitem').filter({ hasText: NEW_EMAIL });
  await expect(card).toContainText(NEW_NAME);
  await card.getByLabel('Vai trò').selectOption({ label: 'Thủ trưởng đơn vị' });
  await card.getByRole('button', { name: /^Duyệt/ }).click();
  await expect(card.getByText('Thủ trưởng đơn vị và chuyên viên Nội vụ phải thuộc một đơn vị.')).toBeVisible();
  await selectByText(card.getByLabel('Đơn vị'), 'Sở Y tế');
  await card.getByRole('button', { name: /^Duyệt/ }).click();
  await expect(page.getByText(`Đã giao vai trò Thủ trưởng đơn vị cho ${NEW_NAME}.`)).toBeVisible();
  await expect(badge).toHaveText(String(waitingBefore - 1));
  const assigned = page.getByRole('region', { name: /Tài khoản đã phân quyền/ });
  const approved = assigned.getByRole('listitem').filter({ hasText: NEW_EMAIL });
  await expect(approved).toContainText('Thủ trưởng đơn vị');
  await expect(approved).toContainText('Sở Y tế');
  await signOut(page);

  // The new head of unit signs in and sees the plans.
  await signIn(page, NEW_EMAIL);
  await expect(page.getByRole('listitem').filter({ hasText: '250/KH-UBND' })).toBeVisible();
  await expect(page.getByText('Thủ trưởng đơn vị · Sở Y tế')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Tài khoản', exact: true })).toHaveCount(0);
});

test('the administrator adds, renames, moves, deactivates and deletes units; the database refusals read clearly', async ({ page }) => {
  test.slow(); // a long journey through several pages
  await signIn(page, 'admin@example.vn');
  await page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Đơn vị', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đơn vị' })).toBeVisible();
  await expect(unitRow(page, 'UBND-BINHAN')).toBeVisible();
  const dialog = page.getByRole('dialog');

  // Add: a bad code is caught at the field, a taken one by the database.
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await dialog.getByLabel('Mã đơn vị').fill('phòng cchc');
  await dialog.getByLabel('Tên đơn vị').fill('Phòng Cải cách hành chính');
  await dialog.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await expect(dialog.getByText('Mã chỉ gồm chữ in hoa, số và dấu gạch, 2–32 ký tự, ví dụ: UBND-TP.')).toBeVisible();
  await dialog.getByLabel('Mã đơn vị').fill('SNV');
  await dialog.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Mã đơn vị đã tồn tại.');
  await dialog.getByLabel('Mã đơn vị').fill('p-cchc');
  // The old refusal goes once the code is changed.
  await expect(dialog.getByText('Mã đơn vị đã tồn tại.')).toHaveCount(0);
  await dialog.getByLabel('Loại đơn vị').selectOption({ label: 'Cơ quan, đơn vị' });
  await selectByText(dialog.getByLabel('Đơn vị cấp trên'), '(UBND-BINHAN)');
  await dialog.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Đã thêm đơn vị «Phòng Cải cách hành chính».')).toBeVisible();
  const unit = unitRow(page, 'P-CCHC');
  await expect(unit).toHaveAttribute('aria-level', '3');
  await expect(unit.locator('xpath=preceding-sibling::li[1]')).toContainText('UBND-BINHAN');
  await expect(unit).toContainText('Cơ quan, đơn vị');

  // Rename.
  await unit.getByRole('button', { name: /^Sửa/ }).click();
  await expect(dialog.getByRole('heading', { name: 'Sửa đơn vị P-CCHC' })).toBeVisible();
  await dialog.getByLabel('Tên đơn vị').fill('Phòng Cải cách hành chính và Chuyển đổi số');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(unit).toContainText('Phòng Cải cách hành chính và Chuyển đổi số');

  // Move under another commune.
  await unit.getByRole('button', { name: /^Sửa/ }).click();
  await selectByText(dialog.getByLabel('Đơn vị cấp trên'), '(UBND-DONGSON)');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(unit.locator('xpath=preceding-sibling::li[1]')).toContainText('UBND-DONGSON');

  // A sub-unit of it.
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await dialog.getByLabel('Mã đơn vị').fill('TO-CDS');
  await dialog.getByLabel('Tên đơn vị').fill('Tổ Chuyển đổi số');
  await selectByText(dialog.getByLabel('Đơn vị cấp trên'), '(P-CCHC)');
  await dialog.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await expect(dialog).toBeHidden();
  const child = unitRow(page, 'TO-CDS');
  await expect(child).toHaveAttribute('aria-level', '4');
  await expect(unit).toContainText('1 đơn vị cấp dưới');

  // Moving the unit under its own sub-unit: refused, in words.
  await unit.getByRole('button', { name: /^Sửa/ }).click();
  await selectByText(dialog.getByLabel('Đơn vị cấp trên'), '(TO-CDS)');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Không thể chuyển đơn vị vào chính đơn vị cấp dưới của nó.');
  await dialog.getByRole('button', { name: 'Hủy bỏ' }).click();
  await expect(dialog).toBeHidden();
  await expect(unit.locator('xpath=preceding-sibling::li[1]')).toContainText('UBND-DONGSON');

  // Deactivate: not while a sub-unit still works; then both, and both stay listed, marked.
  await unit.getByRole('button', { name: /^Ngừng hoạt động/ }).click();
  await expect(unit.getByRole('alert')).toContainText('Đơn vị còn đơn vị cấp dưới đang hoạt động');
  await child.getByRole('button', { name: /^Ngừng hoạt động/ }).click();
  await expect(child).toContainText('Đã ngừng hoạt động');
  await unit.getByRole('button', { name: /^Ngừng hoạt động/ }).click();
  await expect(unit).toContainText('Đã ngừng hoạt động');
  await expect(unit.getByRole('button', { name: /^Hoạt động lại/ })).toBeVisible();
  await expect(page.getByText('Đơn vị «Phòng Cải cách hành chính và Chuyển đổi số» đã ngừng hoạt động.')).toBeVisible();
  // A sub-unit cannot come back while its parent is inactive.
  await child.getByRole('button', { name: /^Hoạt động lại/ }).click();
  await expect(child.getByRole('alert')).toContainText('Đơn vị cấp trên đã ngừng hoạt động');

  // Delete: a unit in use is refused, with deactivation offered; an unused one goes.
  const stp = unitRow(page, 'STP');
  await stp.getByRole('button', { name: /^Xóa/ }).click();
  await stp.getByRole('button', { name: 'Xóa hẳn' }).click();
  await expect(stp.getByRole('alert')).toContainText('Không xóa được «Sở Tư pháp»: đơn vị đang được dùng');
  await expect(stp.getByRole('button', { name: 'Cho ngừng hoạt động' })).toBeVisible();
  await expect(stp).not.toContainText('Đã ngừng hoạt động');
  await child.getByRole('button', { name: /^Xóa/ }).click();
  await child.getByRole('button', { name: 'Xóa hẳn' }).click();
  await expect(page.getByText('Đã xóa đơn vị «Tổ Chuyển đổi số».')).toBeVisible();
  await expect(unitRow(page, 'TO-CDS')).toHaveCount(0);
  await expect(unit).toBeVisible();
});

test('a non-admin who types an administration address is told it is not allowed', async ({ page }) => {
  await signIn(page, 'tuphap@example.vn');
  const nav = page.getByRole('navigation', { name: 'Menu chính' });
  await expect(nav.getByRole('link', { name: 'Tài khoản', exact: true })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Đơn vị', exact: true })).toHaveCount(0);
  for (const path of ['/admin/users', '/admin/units']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeVisible();
    await expect(page.getByText('Trang này chỉ dành cho quản trị hệ thống.', { exact: false })).toBeVisible();
    await expect(page.getByRole('button', { name: /Duyệt|Thêm đơn vị/ })).toHaveCount(0);
  }
  await page.getByRole('link', { name: 'Về trang kế hoạch' }).click();
  await expect(page.getByRole('heading', { name: 'Kế hoạch cải cách hành chính', exact: true })).toBeVisible();
});

const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

for (const size of sizes) {
  test(`administration and sign-up pages in both languages at ${size.name} width`, async ({ page }) => {
    test.slow(); // a long journey through several pages
    await page.setViewportSize({ width: size.width, height: size.height });
    // Whole pages; dialogs as the screen shows them.
    const shot = (name: string, fullPage = true) =>
      page.screenshot({ path: `test-results/screenshots/${name}-${size.name}.png`, fullPage });
    const toEnglish = () => page.getByRole('button', { name: 'English' }).click();
    const toVietnamese = () => page.getByRole('button', { name: 'Tiếng Việt' }).click();

    // Sign-up, with its field messages.
    await page.goto('/sign-up');
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await expect(page.getByText('Mật khẩu phải có ít nhất 10 ký tự.')).toBeVisible();
    await noHorizontalOverflow(page);
    await shot('sign-up-vi');
    await toEnglish();
    await expect(page.getByRole('heading', { name: 'Create an account' })).toBeVisible();
    await expect(page.getByText('The password needs at least 10 characters.')).toBeVisible();
    await shot('sign-up-en');
    await toVietnamese();

    // An account waiting for a role, so the users page shows both sections.
    const email = `cho.duyet.${size.name}@example.vn`;
    await page.getByLabel('Họ và tên').fill(`Người chờ duyệt ${size.name}`);
    await page.getByLabel('Thư điện tử').fill(email);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await expect(page.getByRole('heading', { name: 'Tài khoản đang chờ phân quyền' })).toBeVisible();
    await shot('waiting-vi');
    await signOut(page);

    await signIn(page, 'admin@example.vn');
    await page.goto('/admin/users');
    await expect(page.getByRole('region', { name: /Chờ phân quyền/ }).getByText(email)).toBeVisible();
    await noHorizontalOverflow(page);
    await shot('admin-users-vi');
    await page.getByRole('region', { name: /Tài khoản đã phân quyền/ }).getByRole('listitem').filter({ hasText: 'tuphap@example.vn' })
      .getByRole('button', { name: /^Đổi vai trò/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await shot('admin-users-dialog-vi', false);
    await page.getByRole('dialog').getByRole('button', { name: 'Hủy bỏ' }).click();
    await toEnglish();
    await expect(page.getByRole('heading', { level: 1, name: 'Accounts and roles' })).toBeVisible();
    await noHorizontalOverflow(page);
    await shot('admin-users-en');
    await toVietnamese();

    await page.goto('/admin/units');
    await expect(unitRow(page, 'UBND-BINHAN')).toBeVisible();
    await noHorizontalOverflow(page);
    await shot('admin-units-vi');
    await unitRow(page, 'SNV').getByRole('button', { name: /^Sửa/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await shot('admin-units-dialog-vi', false);
    await page.getByRole('dialog').getByRole('button', { name: 'Hủy bỏ' }).click();
    await toEnglish();
    await expect(page.getByRole('heading', { level: 1, name: 'Units' })).toBeVisible();
    await noHorizontalOverflow(page);
    await shot('admin-units-en');
    await toVietnamese();
    await signOut(page);

    await signIn(page, 'committee@example.vn');
    await page.goto('/admin/units');
    await expect(page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeVisible();
    await noHorizontalOverflow(page);
    await shot('admin-not-allowed-vi');
    await toEnglish();
    await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
    await shot('admin-not-allowed-en');
    await toVietnamese();
  });
}
