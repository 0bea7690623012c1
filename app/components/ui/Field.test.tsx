// @vitest-environment jsdom
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Field, FieldGroup } from './Field';
import { renderIn } from './test-utils';

afterEach(cleanup);

function NameForm() {
  const form = useForm<{ name: string }>({ defaultValues: { name: '' }, mode: 'onSubmit', reValidateMode: 'onChange' });
  const [saved, setSaved] = useState('');
  const error = form.formState.errors.name?.message;
  return (
    <form onSubmit={form.handleSubmit((v) => setSaved(v.name))}>
      <Field id="unit-name" label="Tên đơn vị" hint="Tên đầy đủ" error={error}>
        <input {...form.register('name', { required: 'common.date.invalid' })} />
      </Field>
      <button type="submit">Lưu</button>
      <output>{saved}</output>
    </form>
  );
}

describe('Field', () => {
  it('ties the label, hint and error to the input, and the error clears once the input changes', async () => {
    const user = userEvent.setup();
    await renderIn('vi', <NameForm />);
    const input = screen.getByLabelText('Tên đơn vị');
    expect(input.id).toBe('unit-name');
    expect(input.getAttribute('aria-describedby')).toBe('unit-name-hint');
    expect(input.getAttribute('aria-invalid')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    const message = await screen.findByText('Nhập ngày theo dạng dd/mm/yyyy, ví dụ 31/12/2026.');
    expect(message.id).toBe('unit-name-error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('unit-name-hint unit-name-error');

    await user.type(input, 'Sở Nội vụ');
    expect(screen.queryByText('Nhập ngày theo dạng dd/mm/yyyy, ví dụ 31/12/2026.')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('passes the wiring to a render function', async () => {
    await renderIn('en', <Field id="x" label="Code" error="common.number.invalid">{(p) => <input {...p} />}</Field>);
    const input = screen.getByLabelText('Code');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a number, e.g. 1.858 or 84,5.').id).toBe('x-error');
  });

  it('fills the error in and, when asked, announces it', async () => {
    await renderIn(
      'vi',
      <Field id="s" label="Điểm" error="common.error" errorValues={{ message: 'quá 2' }} announce>
        <input />
      </Field>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.id).toBe('s-error');
    expect(alert.textContent).toBe('Đã có lỗi: quá 2');
    await renderIn('en', <Field id="q" label="Quiet" error="common.number.invalid"><input /></Field>);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('ties a group of choices to its hint and error', async () => {
    await renderIn(
      'en',
      <FieldGroup id="period" legend="Period" hint="Pick one" error="common.number.invalid">
        <label>
          <input type="radio" name="p" value="q1" /> Q1
        </label>
      </FieldGroup>,
    );
    const group = screen.getByRole('group', { name: 'Period' });
    expect(group.getAttribute('aria-describedby')).toBe('period-hint period-error');
    expect(document.getElementById('period-error')?.textContent).toBe('Enter a number, e.g. 1.858 or 84,5.');
  });
});

