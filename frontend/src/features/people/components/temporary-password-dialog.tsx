import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';


import type { Invitation } from '../api/types';
import { useAdminText } from '@/lib/i18n/admin';

/**
 * The invited person's temporary password, shown this once (the server keeps no readable copy and the SPA
 * stores it nowhere): copy it, hand it over safely; the person must change it at their first sign-in.
 */
export function TemporaryPasswordDialog({ invitation, onDone }: { invitation: Invitation; onDone: () => void }) {
  const a = useAdminText();
  const w = a.people;
  const [copied, setCopied] = useState(false);
  const { person, temporaryPassword, emailSent } = invitation;

  return (
    <Modal
      opened
      onClose={onDone}
      title={w.passwordTitle}
      centered
      closeOnClickOutside={false}
      withCloseButton={false}
      data-testid="temporary-password-dialog"
    >
      <Stack gap="sm">
        {emailSent || !temporaryPassword ? (
          <Text size="sm">{w.emailSent(person.username)}</Text>
        ) : (
          <>
            <Text size="sm">{w.passwordIntro(person.username)}</Text>
            <TextInput
              label={w.passwordLabel}
              value={temporaryPassword}
              readOnly
              ff="monospace"
              styles={{ input: { fontFamily: 'monospace', fontSize: '1.1rem' } }}
              data-testid="temporary-password"
              onFocus={(event) => event.currentTarget.select()}
            />
            <Group gap="xs">
              <Button
                variant="light"
                onClick={() => {
                  void navigator.clipboard?.writeText(temporaryPassword).then(() => setCopied(true));
                }}
              >
                {copied ? w.copied : w.copy}
              </Button>
            </Group>
            <Alert color="yellow">{w.passwordChange}</Alert>
          </>
        )}
        <Group justify="flex-end">
          <Button onClick={onDone}>{w.passwordDone}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
