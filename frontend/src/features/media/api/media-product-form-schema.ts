import type { FieldErrors } from '@/lib/form';
import type { Dictionary } from '@/lib/i18n';
import type { MediaDictionary } from '@/lib/i18n/media';
import { isIsoDate } from '@/utils/dates';

import type { MediaKind, MediaProduct, MediaProductRequest } from './types';

// The media product form's values and rules (mirroring MediaProductRequest's constraints), shared
// by the form (errors before sending) and the create/update mutations. The server stays the
// authority; its field errors are shown beside the fields too.
export interface MediaProductFormValues {
  unitId: string;
  kind: MediaKind | '';
  title: string;
  publishedOn: string;
}

export type MediaProductFormField = keyof MediaProductFormValues;
export const mediaProductFormFields = ['unitId', 'kind', 'title', 'publishedOn'] as const satisfies readonly MediaProductFormField[];

export const TITLE_MAX = 300;

export function emptyMediaProductForm(today: string, unitId?: number | null): MediaProductFormValues {
  return { unitId: unitId ? String(unitId) : '', kind: '', title: '', publishedOn: today };
}

export function mediaProductToFormValues(product: MediaProduct): MediaProductFormValues {
  return { unitId: String(product.unitId), kind: product.kind, title: product.title, publishedOn: product.publishedOn };
}

export function validateMediaProductForm(
  values: MediaProductFormValues,
  today: string,
  t: Dictionary,
  m: MediaDictionary,
): FieldErrors<MediaProductFormField> {
  const errors: FieldErrors<MediaProductFormField> = {};
  const v = t.validation;
  if (!values.unitId) errors.unitId = v.required;
  if (!values.kind) errors.kind = v.required;
  const title = values.title.trim();
  if (!title) errors.title = v.required;
  else if (title.length > TITLE_MAX) errors.title = v.maxLength(TITLE_MAX);
  if (!values.publishedOn) errors.publishedOn = v.required;
  else if (!isIsoDate(values.publishedOn)) errors.publishedOn = v.date;
  else if (values.publishedOn > today) errors.publishedOn = m.products.publishedInFuture;
  return errors;
}

/** The request body for valid values; `version` only when changing a recorded product. */
export function toMediaProductRequest(values: MediaProductFormValues, version?: number): MediaProductRequest {
  if (!values.kind) throw new Error('toMediaProductRequest needs validated values (kind is missing)');
  return {
    unitId: Number(values.unitId),
    kind: values.kind,
    title: values.title.trim(),
    publishedOn: values.publishedOn,
    ...(version === undefined ? {} : { version }),
  };
}
