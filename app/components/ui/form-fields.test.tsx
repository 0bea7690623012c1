// @vitest-environment jsdom
import { useForm, useWatch } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseNumberInput } from '../../lib/indicator-format';
import { Field } from './Field';
import { FormNumberField } from './form-fields';
import { renderIn } from './test-utils';

afterEach(cleanup);

function TextForm({ initial }: { initial: string }) {
  const form = useForm<{ amount: string }>({ defaultValues: { amount: initial } });
  const amount = useWatch({ control: form.control, name: 'amount' });
  return (
    <form>
      <Field id="amount" label="Amount">
        <FormNumberField control={form.control} name="amount" asText />
      </Field>
      <output data-testid="text">{amount}</output>
    </form>
  );
}

describe('FormNumberField asText', () => {
  it('reads a grouped Vietnamese number and writes back text the same language reads exactly', async () => {
    const user = userEvent.setup();
    await renderIn('vi', <TextForm initial="1.565" />);
    const input = screen.getByLabelText('Amount') as HTMLInputElement;
    expect(input.value).toBe('1.565');
    await user.clear(input);
    await user.type(input, '1,858');
    const text = screen.getByTestId('text').textContent!;
    expect(text).toBe('1,858');
    expect(parseNumberInput(text, 'vi')).toBe(1.858);
    await user.clear(input);
    await user.type(input, '1.858');
    expect(parseNumberInput(screen.getByTestId('text').textContent!, 'vi')).toBe(1858);
    await user.clear(input);
    await user.type(input, 'x');
    expect(parseNumberInput(screen.getByTestId('text').textContent!, 'vi')).toBeNull();
  });

  it('in English, 84,5 is written back as 84.5', async () => {
    const user = userEvent.setup();
    await renderIn('en', <TextForm initial="" />);
    await user.type(screen.getByLabelText('Amount'), '84,5');
    expect(screen.getByTestId('text').textContent).toBe('84.5');
  });
});
