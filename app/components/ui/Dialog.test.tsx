// @vitest-environment jsdom
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfirmDialog } from './Dialog';
import { polyfillDialog, renderIn } from './test-utils';

beforeAll(polyfillDialog);
afterEach(cleanup);

function Report() {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Báo cáo hoàn thành
      </button>
      <ConfirmDialog
        open={open}
        title="Báo cáo nhiệm vụ đã hoàn thành?"
        confirmLabel="Báo cáo hoàn thành"
        onConfirm={() => {
          setDone((n) => n + 1);
          setOpen(false);
        }}
        onClose={() => setOpen(false)}
      >
        <p>Sở Nội vụ sẽ xem xét và xác nhận.</p>
      </ConfirmDialog>
      <output data-testid="done">{done}</output>
    </>
  );
}

describe('ConfirmDialog', () => {
  it('does nothing until confirmed; cancel closes it and gives focus back to the opener', async () => {
    const user = userEvent.setup();
    await renderIn('vi', <Report />);
    const opener = screen.getByRole('button', { name: 'Báo cáo hoàn thành' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Báo cáo nhiệm vụ đã hoàn thành?' });
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(screen.getByTestId('done').textContent).toBe('0');

    await user.click(screen.getByRole('button', { name: 'Hủy bỏ' }));
    expect(dialog.hasAttribute('open')).toBe(false);
    expect(screen.getByTestId('done').textContent).toBe('0');
    expect(document.activeElement).toBe(opener);
  });

  it('Escape cancels', async () => {
    const user = userEvent.setup();
    await renderIn('en', <Report />);
    await user.click(screen.getByRole('button', { name: 'Báo cáo hoàn thành' }));
    const dialog = screen.getByRole('dialog');
    // The browser turns Escape into a cancel event on a modal dialog.
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(dialog.hasAttribute('open')).toBe(false);
    expect(screen.getByTestId('done').textContent).toBe('0');
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });

  it('confirm runs the action once', async () => {
    const user = userEvent.setup();
    await renderIn('en', <Report />);
    await user.click(screen.getByRole('button', { name: 'Báo cáo hoàn thành' }));
    const buttons = screen.getAllByRole('button', { name: 'Báo cáo hoàn thành' });
    await user.click(buttons[buttons.length - 1]!);
    expect(screen.getByTestId('done').textContent).toBe('1');
    expect(screen.getByRole('dialog', { hidden: true }).hasAttribute('open')).toBe(false);
  });
});
