import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ApiError } from '@/lib/api';

import { WithdrawButton } from './withdraw-dialog';

function renderButton(onWithdraw: (reason: string) => Promise<unknown>, onWithdrawn = vi.fn()) {
  const user = userEvent.setup();
  render(
    <MantineProvider env="test">
      <WithdrawButton what="buổi truyền thông ngày 10/03/2026" onWithdraw={onWithdraw} onWithdrawn={onWithdrawn} />
    </MantineProvider>,
  );
  return { user, onWithdrawn };
}

describe('WithdrawButton', () => {
  it('sends nothing without a reason, and says a reason is required', async () => {
    const onWithdraw = vi.fn(() => Promise.resolve());
    const { user, onWithdrawn } = renderButton(onWithdraw);
    await user.click(screen.getByRole('button', { name: 'Xóa' }));
    expect(await screen.findByText('Xóa buổi truyền thông ngày 10/03/2026')).toBeInTheDocument();
    const confirm = screen.getAllByRole('button', { name: 'Xóa' }).at(-1)!;
    await user.click(confirm);
    expect(await screen.findByText('Cần ghi lý do xóa')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Lý do xóa/ }), '   ');
    await user.click(confirm);
    expect(onWithdraw).not.toHaveBeenCalled();
    expect(onWithdrawn).not.toHaveBeenCalled();
  });

  it('sends the reason typed, trimmed, then closes and reports the withdrawal', async () => {
    const onWithdraw = vi.fn((reason: string) => Promise.resolve(reason));
    const { user, onWithdrawn } = renderButton(onWithdraw);
    await user.click(screen.getByRole('button', { name: 'Xóa' }));
    await user.type(await screen.findByRole('textbox', { name: /Lý do xóa/ }), '  Nhập trùng buổi  ');
    await user.click(screen.getAllByRole('button', { name: 'Xóa' }).at(-1)!);
    expect(onWithdraw).toHaveBeenCalledWith('Nhập trùng buổi');
    expect(onWithdrawn).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('textbox', { name: /Lý do xóa/ })).not.toBeInTheDocument();
  });

  it('keeps the dialog open with the server refusal (someone changed the record)', async () => {
    const onWithdraw = vi.fn(() =>
      Promise.reject(new ApiError({ status: 409, type: 'urn:binhdang:problem:stale-version', title: 'Conflict' })),
    );
    const { user, onWithdrawn } = renderButton(onWithdraw);
    await user.click(screen.getByRole('button', { name: 'Xóa' }));
    await user.type(await screen.findByRole('textbox', { name: /Lý do xóa/ }), 'Nhập nhầm');
    await user.click(screen.getAllByRole('button', { name: 'Xóa' }).at(-1)!);
    expect(await screen.findByRole('alert')).toHaveTextContent('Bản ghi vừa được người khác sửa');
    expect(onWithdrawn).not.toHaveBeenCalled();
  });
});
