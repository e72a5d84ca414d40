import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { errorMessage } from '@/components/errors/error-alert';
import { ApiError } from '@/lib/api';
import { useI18n } from '@/lib/i18n';

export interface WithdrawButtonProps {
  /** What is withdrawn, as the dialog names it ("buổi truyền thông ngày 10/03/2026"). */
  what: string;
  /** Sends the withdrawal with the reason typed; rejects with the server's problem. */
  onWithdraw: (reason: string) => Promise<unknown>;
  /** After the server accepted (the record is gone: leave its page). */
  onWithdrawn?: () => void;
}

const REASON_MAX = 500;

/**
 * "Xóa / Delete" for a record entered by mistake: a dialog asking why (required, kept with the record's last
 * state in the change history), then the withdrawal. Nothing is sent without a reason.
 */
export function WithdrawButton({ what, onWithdraw, onWithdrawn }: WithdrawButtonProps) {
  const { t } = useI18n();
  const w = t.withdraw;
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  function close() {
    if (pending) return;
    setOpened(false);
    setReason('');
    setMissing(false);
    setError(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (!trimmed) {
      setMissing(true);
      return;
    }
    setPending(true);
    setError(null);
    try {
      await onWithdraw(trimmed);
      setPending(false);
      setOpened(false);
      setReason('');
      onWithdrawn?.();
    } catch (e) {
      setPending(false);
      setError(e);
    }
  }

  const reasonProblem = error instanceof ApiError ? error.errors.find((e) => e.field === 'reason')?.message : undefined;
  const problem = error && !reasonProblem ? (error instanceof ApiError && error.is('stale-version') ? w.stale : errorMessage(error, t)) : null;

  return (
    <>
      <Button color="red" variant="light" onClick={() => setOpened(true)}>
        {t.common.delete}
      </Button>
      <Modal opened={opened} onClose={close} title={w.title(what)} centered>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="sm">
            <Text size="sm">{w.explanation}</Text>
            <Textarea
              label={w.reason}
              description={w.reasonHint}
              required
              autosize
              minRows={2}
              maxLength={REASON_MAX}
              value={reason}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                if (e.currentTarget.value.trim()) setMissing(false);
              }}
              error={missing ? w.reasonRequired : reasonProblem}
              data-autofocus
            />
            {problem ? (
              <Alert color="red" role="alert">
                {problem}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={pending}>
                {t.common.cancel}
              </Button>
              <Button type="submit" color="red" loading={pending}>
                {w.confirm}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
