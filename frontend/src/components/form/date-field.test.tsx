import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';

import { MantineProvider } from '@mantine/core';
import { switchLanguage } from '@/lib/i18n/i18n';
import { parseDate } from '@/utils/dates';

import { DateField } from './date-field';

/** A form's date, as the form keeps it ('yyyy-MM-dd'), shown next to the field. */
function Harness({ initial = '', today, max }: { initial?: string; today?: string; max?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <MantineProvider env="test">
      <DateField label="Ngày tổ chức" value={value} onChange={setValue} today={today} max={max} />
      <output data-testid="stored">{value}</output>
    </MantineProvider>
  );
}

const stored = () => screen.getByTestId('stored').textContent;
const field = () => screen.getByRole('textbox', { name: 'Ngày tổ chức' });

describe('parseDate', () => {
  it('reads the day first, in the ways people type it', () => {
    expect(parseDate('2/12/2026')).toBe('2026-12-02');
    expect(parseDate('02/12/2026')).toBe('2026-12-02');
    expect(parseDate(' 2.12.2026 ')).toBe('2026-12-02');
    expect(parseDate('2-12-2026')).toBe('2026-12-02');
    expect(parseDate('02122026')).toBe('2026-12-02');
    expect(parseDate('2026-12-02')).toBe('2026-12-02');
  });

  it('refuses what is not a day', () => {
    for (const text of ['31/02/2026', '13/13/2026', '2/12', '2/12/26', 'hôm nay', '', '12/02/2026x']) {
      expect(parseDate(text)).toBeNull();
    }
  });
});

describe('DateField', () => {
  it('shows the stored date day first and stores what is typed as yyyy-MM-dd', async () => {
    const user = userEvent.setup();
    render(<Harness initial="2026-12-02" />);
    expect(field()).toHaveValue('02/12/2026');
    await user.clear(field());
    await user.type(field(), '2/12/2026');
    expect(stored()).toBe('2026-12-02');
    await user.tab();
    expect(field()).toHaveValue('02/12/2026');
    expect(field()).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('is day first in English too', async () => {
    await act(() => switchLanguage('en'));
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(field(), '12/02/2026');
    expect(stored()).toBe('2026-02-12');
    expect(field()).toHaveAttribute('placeholder', 'dd/mm/yyyy');
    expect(screen.getByRole('button', { name: 'Yesterday' })).toBeInTheDocument();
  });

  it('says so when the text is not a date, once the field is left, and stores nothing', async () => {
    const user = userEvent.setup();
    render(<Harness initial="2026-12-02" />);
    await user.clear(field());
    await user.type(field(), '31/02/2026');
    expect(stored()).toBe('');
    expect(screen.queryByText(/Không phải ngày hợp lệ/)).not.toBeInTheDocument();
    await user.tab();
    expect(field()).toHaveAttribute('aria-invalid', 'true');
    expect(field()).toHaveAccessibleDescription(/Không phải ngày hợp lệ: nhập ngày\/tháng\/năm, ví dụ 02\/12\/2026/);
    await user.clear(field());
    await user.type(field(), '1/3/2026');
    expect(stored()).toBe('2026-03-01');
    expect(field()).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('fills in today or yesterday of the given day with the quick choices', async () => {
    const user = userEvent.setup();
    render(<Harness today="2026-03-01" />);
    const choices = screen.getByRole('group', { name: 'Chọn nhanh ngày' });
    await user.click(within(choices).getByRole('button', { name: 'Hôm qua' }));
    expect(stored()).toBe('2026-02-28');
    expect(field()).toHaveValue('28/02/2026');
    await user.click(within(choices).getByRole('button', { name: 'Hôm nay' }));
    expect(stored()).toBe('2026-03-01');
    expect(field()).toHaveValue('01/03/2026');
  });

  it('offers no quick choice beyond the latest date allowed', () => {
    render(<Harness today="2026-03-01" max="2026-02-28" />);
    expect(screen.getByRole('button', { name: 'Hôm nay' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Hôm qua' })).toBeEnabled();
  });

  it('shows a date set from outside, such as a restored draft', () => {
    const { rerender } = render(
      <MantineProvider env="test">
        <DateField label="Ngày tổ chức" value="2026-01-05" onChange={() => undefined} />
      </MantineProvider>,
    );
    rerender(
      <MantineProvider env="test">
        <DateField label="Ngày tổ chức" value="2026-07-09" onChange={() => undefined} />
      </MantineProvider>,
    );
    expect(field()).toHaveValue('09/07/2026');
    fireEvent.blur(field());
    expect(field()).toHaveValue('09/07/2026');
  });
});
