import { Button, Group, type GroupProps, type MantineSize } from '@mantine/core';
import type { ReactNode } from 'react';

import { useI18n } from '@/lib/i18n';

interface FormActionsProps extends Omit<GroupProps, 'children'> {
  /** While true the submit button spins and cancel cannot be pressed. */
  submitting: boolean;
  /** The submit button's words; "Lưu" by default. */
  submitLabel?: ReactNode;
  submitDisabled?: boolean;
  /** Without it there is no cancel button. */
  onCancel?: () => void;
  /** The buttons' size ("md" on the phone-first forms). */
  size?: MantineSize;
  /** Cancel before submit (a dialog's buttons, set to the right). */
  cancelFirst?: boolean;
}

/** A form's submit and cancel buttons. */
export function FormActions({
  submitting,
  submitLabel,
  submitDisabled,
  onCancel,
  size,
  cancelFirst = false,
  gap = 'sm',
  ...groupProps
}: FormActionsProps) {
  const { t } = useI18n();
  const submit = (
    <Button type="submit" loading={submitting} disabled={submitDisabled} size={size}>
      {submitLabel ?? t.common.save}
    </Button>
  );
  const cancel = onCancel ? (
    <Button variant="default" onClick={onCancel} disabled={submitting} size={size}>
      {t.common.cancel}
    </Button>
  ) : null;
  return (
    <Group gap={gap} {...groupProps}>
      {cancelFirst ? cancel : submit}
      {cancelFirst ? submit : cancel}
    </Group>
  );
}
