import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';
import { fileForm } from '@/lib/attachments';
import { saveBlob } from '@/utils/download';

import { sessionQueryOptions } from './get-session';
import type { Attachment, Session } from './types';

export async function uploadAttachment(input: { sessionId: number; file: File }): Promise<Attachment> {
  return unwrap(
    await api.POST('/api/v1/sessions/{id}/attachments', { params: { path: { id: input.sessionId } }, ...fileForm(input.file) }),
  ) as Attachment;
}

export function useUploadAttachment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadAttachment,
    onSuccess: (attachment, { sessionId }) => {
      queryClient.setQueryData(sessionQueryOptions(sessionId).queryKey, (session: Session | undefined) =>
        session ? { ...session, attachments: [...session.attachments, attachment] } : session,
      );
      // Evidence counts towards the session's standing (and a photo of it towards the figures).
      return invalidateAfterRecordChange(queryClient, sessionQueryOptions(sessionId).queryKey, ['sessions', 'list']);
    },
  });
}

/** Fetches a file with the bearer token and hands it to the browser under its own name. */
export async function downloadAttachment(input: { sessionId: number; attachment: Attachment }): Promise<void> {
  const blob = unwrap(
    await api.GET('/api/v1/sessions/{id}/attachments/{attachmentId}', {
      params: { path: { id: input.sessionId, attachmentId: input.attachment.id } },
      parseAs: 'blob',
    }),
  ) as Blob;
  saveBlob(blob, input.attachment.fileName);
}

export function useDownloadAttachment() {
  return useMutation({ mutationFn: downloadAttachment });
}
