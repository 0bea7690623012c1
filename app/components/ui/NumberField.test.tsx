// @vitest-environment jsdom
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseNumberInput } from '../../lib/indicator-format';
import { NumberField } from './NumberField';
import { renderIn } from './test-utils';

afterEach(cleanup);

describe('parseNumberInput', () => {
  it('reads the reader convention first, then the other where it can only mean one thing', () => {
    expect(parseNumberInput('1.858', 'vi')).toBe(1858);
    expect(parseNumberInput('84,5', 'vi')).toBe(84.5);
    expect(parseNumberInput('84.5', 'vi')).toBe(84.5);
    expect(parseNumberInput('1.858.000', 'vi')).toBe(1858000);
    expect(parseNumberInput('84,5', 'en')).toBe(84.5);
    expect(parseNumberInput('1,858', 'en')).toBe(1858);
    expect(parseNumberInput('84.5', 'en')).toBe(84.5);
    expect(parseNumberInput('', 'vi')).toBeNull();
    expect(parseNumberInput('8a', 'vi')).toBeNull();
    expect(parseNumberInput('1.85.8', 'vi')).toBeNull();
  });
});

function Harness({ initial = null }: { initial?: number | null }) {
  const [value, setValue] = useState<number | null>(initial);
  return (
    <>
      <label htmlFor="n">Value</label>
      <NumberField id="n" value={value} onChange={setValue} />
      <output data-testid="value">{String(value)}</output>
    </>
  );
}

describe('NumberField', () => {
  it('gives out 1858 for 1.858 and 84.5 for 84,5', async () => {
    const user = userEvent.setup();
    await renderIn('vi', <Harness />);
    const input = screen.getByLabelText('Value');
    await user.type(input, '1.858');
    expect(screen.getByTestId('value').textContent).toBe('1858');
    await user.clear(input);
    await user.type(input, '84,5');
    expect(screen.getByTestId('value').textContent).toBe('84.5');
  });

  it('shows a number from outside in the reader format and refuses text', async () => {
    const user = userEvent.setup();
    await renderIn('vi', <Harness initial={1565.5} />);
    const input = screen.getByLabelText('Value') as HTMLInputElement;
    expect(input.value).toBe('1.565,5');
    await user.clear(input);
    await user.type(input, 'abc');
    await user.tab();
    expect(screen.getByTestId('value').textContent).toBe('NaN');
    expect(screen.getByText('Nhập một số, ví dụ 1.858 hoặc 84,5.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});
