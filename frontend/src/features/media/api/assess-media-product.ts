import { useMutation } from '@tanstack/react-query';

import { api, ApiError, unwrap } from '@/lib/api';

import { getMediaProduct } from './get-media-product';
import { useOnMediaProductSaved } from './save-media-product';
import type { ChecklistCriterion, MediaAssessmentRequest, MediaProduct } from './types';

/** The body the API expects: one answer (met or not) for every criterion of the chosen version, no other. */
export function toAssessmentRequest(
  checklistVersion: number,
  criteria: ChecklistCriterion[],
  met: ReadonlySet<string>,
): MediaAssessmentRequest {
  return {
    checklistVersion,
    answers: Object.fromEntries(criteria.map((criterion) => [criterion.code, met.has(criterion.code)])),
  };
}

export interface AssessInput {
  productId: number;
  /** The product's version the assessor saw: the assessment is refused if it has moved on since. */
  readVersion: number;
  request: MediaAssessmentRequest;
}

/**
 * Records an assessment. The API takes no version for it and a new assessment silently replaces
 * the previous one, so the product is read again first: if someone changed or assessed it since the
 * page was opened, this fails like a stale edit would (409 stale-version) instead of overwriting.
 */
export async function assessMediaProduct(input: AssessInput): Promise<MediaProduct> {
  const latest = await getMediaProduct(input.productId);
  if (latest.version !== input.readVersion) {
    throw new ApiError({ status: 409, type: 'urn:binhdang:problem:stale-version', title: 'stale-version' });
  }
  return unwrap(
    await api.POST('/api/v1/media-products/{id}/assessment', {
      params: { path: { id: input.productId } },
      body: input.request,
    }),
  ) as MediaProduct;
}

export function useAssessMediaProduct() {
  const onSaved = useOnMediaProductSaved();
  return useMutation({ mutationFn: assessMediaProduct, onSuccess: onSaved });
}
