import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api';
import { saveBlob } from '@/utils/download';

import { sessionQueryOptions } from './get-session';
import type { Attachment, Session } from './types';

// Evidence the server accepts (it checks the content, not just the name): the same rule here
// spares a slow upload that would be refused.
export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'];
export const ATTACHMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,application/pdf,image/jpeg,image/png,image/webp';
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

export type AttachmentProblem = 'type' | 'size';

export function checkAttachment(file: File): AttachmentProblem | null {
  const byName = /\.(pdf|jpe?g|png|webp)$/i.test(file.name);
  if (!ATTACHMENT_TYPES.includes(file.type) && !(file.type === '' && byName)) return 'type';
  if (file.size > ATTACHMENT_MAX_BYTES) return 'size';
  return null;
}

export async function uploadAttachment(input: { sessionId: number; file: File }): Promise<Attachment> {
  const body = new FormData();
  body.append('file', input.file, input.file.name);
  return unwrap(
    await api.POST('/api/v1/sessions/{id}/attachments', {
      params: { path: { id: input.sessionId } },
      // openapi-fetch sends FormData as it is: the browser sets the multipart boundary.
      body: body as unknown as { file?: string },
      bodySerializer: (value) => value as unknown as FormData,
    }),
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
      return queryClient.invalidateQueries({ queryKey: sessionQueryOptions(sessionId).queryKey });
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
