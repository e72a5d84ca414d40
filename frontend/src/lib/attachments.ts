// Evidence and signed documents the server accepts (it checks the content, not just the name): the
// same rule here spares a slow upload that would be refused.
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

/** A multipart body for openapi-fetch: sent as it is, the browser sets the boundary. */
export function fileForm(file: File) {
  const body = new FormData();
  body.append('file', file, file.name);
  return {
    body: body as unknown as { file?: string },
    bodySerializer: (value: unknown) => value as FormData,
  };
}
