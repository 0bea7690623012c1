// @vitest-environment jsdom
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { isIsoDate, isoToDmy, parseDmy } from '../../lib/date-input';
import { DateField } from './DateField';
import { renderIn } from './test-utils';

afterEach(cleanup);

describe('parseDmy', () => {
  it('reads day first whatever the separator, and pasted ISO dates', () => {
    expect(parseDmy('31/12/2026')).toBe('2026-12-31');
    expect(parseDmy(' 1/2/2026 ')).toBe('2026-02-01');
    expect(parseDmy('05.03.2026')).toBe('2026-03-05');
    expect(parseDmy('05-03-2026')).toBe('2026-03-05');
    expect(parseDmy('2026-03-05')).toBe('2026-03-05');
    expect(parseDmy('29/02/2028')).toBe('2028-02-29');
  });

  it('refuses dates that do not exist and anything else', () => {
    for (const bad of ['31/02/2026', '29/02/2026', '12/31/2026', '00/01/2026', '1/1/26', '2026-02-30', 'hôm nay', '31/12/2026x']) {
      expect(parseDmy(bad), bad).toBeNull();
    }
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isoToDmy('2026-02-28')).toBe('28/02/2026');
  });
});

function Harness({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <label htmlFor="due">Due</label>
      <DateField id="due" value={value} onChange={setValue} />
      <output data-testid="value">{value}</output>
    </>
  );
}

describe('DateField', () => {
  it('shows an ISO value as dd/mm/yyyy and gives back ISO for a typed date', async () => {
    const user = userEvent.setup();
    await renderIn('en', <Harness initial="2026-12-31" />);
    const input = screen.getByLabelText('Due') as HTMLInputElement;
    expect(input.value).toBe('31/12/2026');
    await user.clear(input);
    await user.type(input, '5/3/2027');
    expect(screen.getByTestId('value').textContent).toBe('2027-03-05');
    await user.tab();
    expect(input.value).toBe('05/03/2027');
  });

  it('refuses a date that does not exist with a message in the reader language, and clears it when corrected', async () => {
    const user = userEvent.setup();
    await renderIn('vi', <Harness />);
    const input = screen.getByLabelText('Due');
    await user.type(input, '31/02/2026');
    await user.tab();
    // The text itself goes out, so a form's schema refuses it rather than saving no date.
    expect(screen.getByTestId('value').textContent).toBe('31/02/2026');
    expect(screen.getByText('Nhập ngày theo dạng dd/mm/yyyy, ví dụ 31/12/2026.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('due-date-error');

    await user.clear(input);
    await user.type(input, '28/02/2026');
    expect(screen.queryByText('Nhập ngày theo dạng dd/mm/yyyy, ví dụ 31/12/2026.')).toBeNull();
    expect(screen.getByTestId('value').textContent).toBe('2026-02-28');
  });

  it('says it in English too', async () => {
    const user = userEvent.setup();
    await renderIn('en', <Harness />);
    await user.type(screen.getByLabelText('Due'), '12/31/2026');
    await user.tab();
    expect(screen.getByText('Enter a date as dd/mm/yyyy, e.g. 31/12/2026.')).toBeTruthy();
  });
});
