import { Alert, Anchor, Button, FileButton, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';

import { errorMessage } from '@/components/errors/error-alert';
import { ApiError } from '@/lib/api';
import { ATTACHMENT_ACCEPT, checkAttachment } from '@/lib/attachments';
import { useI18n } from '@/lib/i18n';
import { formatDateTime } from '@/utils/dates';
import { formatFileSize } from '@/utils/numbers';

import { useDownloadAttachment, useUploadAttachment } from '../api/attachments';
import type { Session } from '../api/types';

/** The session's evidence (minutes, photos, sign-in sheets): list, download and, for its writers, upload. */
export function SessionAttachments({ session, canUpload }: { session: Session; canUpload: boolean }) {
  const { t } = useI18n();
  const upload = useUploadAttachment();
  const download = useDownloadAttachment();
  const [problem, setProblem] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState<string | null>(null);

  function choose(file: File | null) {
    setUploaded(null);
    upload.reset();
    if (!file) return;
    const rejected = checkAttachment(file);
    if (rejected) {
      setProblem(rejected === 'type' ? t.validation.fileType : t.validation.fileTooLarge);
      return;
    }
    setProblem(null);
    upload.mutate({ sessionId: session.id, file }, { onSuccess: (attachment) => setUploaded(attachment.fileName) });
  }

  // A refused file comes back as a field error on `file`: its message says what was wrong.
  const uploadError =
    upload.error instanceof ApiError && upload.error.errors.length > 0
      ? upload.error.errors.map((e) => e.message).join(' ')
      : upload.error
        ? errorMessage(upload.error, t)
        : null;

  return (
    <Stack gap="xs" component="section" aria-labelledby="session-attachments-title">
      <Title order={3} fz="lg" id="session-attachments-title">
        {t.sessions.attachments}
      </Title>
      {session.attachments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t.sessions.attachmentsEmpty}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" aria-label={t.sessions.attachments}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.sessions.fileName}</Table.Th>
                <Table.Th ta="right">{t.sessions.fileSize}</Table.Th>
                <Table.Th>{t.sessions.uploadedBy}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {session.attachments.map((attachment) => (
                <Table.Tr key={attachment.id}>
                  <Table.Td>
                    <Anchor
                      component="button"
                      type="button"
                      onClick={() => download.mutate({ sessionId: session.id, attachment })}
                      aria-label={`${t.sessions.download} ${attachment.fileName}`}
                      style={{ wordBreak: 'break-all', textAlign: 'left' }}
                    >
                      {attachment.fileName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatFileSize(attachment.sizeBytes)}
                  </Table.Td>
                  <Table.Td>
                    {attachment.uploadedBy}
                    <Text size="xs" c="dimmed">
                      {formatDateTime(attachment.uploadedAt)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {download.error ? (
        <Alert color="red" role="alert">
          {errorMessage(download.error, t)}
        </Alert>
      ) : null}
      {canUpload ? (
        <Stack gap={6} align="flex-start">
          <Text size="sm" c="dimmed">
            {t.sessions.attachmentsHint}
          </Text>
          <Group gap="sm">
            <FileButton onChange={choose} accept={ATTACHMENT_ACCEPT} disabled={upload.isPending}>
              {(props) => (
                <Button {...props} variant="light" loading={upload.isPending}>
                  {t.sessions.upload}
                </Button>
              )}
            </FileButton>
          </Group>
          {problem || uploadError ? (
            <Alert color="red" role="alert" w="100%">
              {problem ?? uploadError}
            </Alert>
          ) : null}
          {uploaded ? (
            <Alert color="teal" role="status" w="100%">
              {t.sessions.uploaded(uploaded)}
            </Alert>
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
}
