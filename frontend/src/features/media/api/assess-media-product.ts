import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api';

import { useOnMediaProductSaved } from './save-media-product';
import type { ChecklistCriterion, MediaAssessmentRequest, MediaProduct } from './types';

/**
 * The body the API expects: one answer (met or not) for every criterion of the chosen version, no other,
 * and the product's version the assessor saw (the server answers 409 stale-version if it has moved on).
 */
export function toAssessmentRequest(
  checklistVersion: number,
  criteria: ChecklistCriterion[],
  met: ReadonlySet<string>,
  productVersion: number,
): MediaAssessmentRequest {
  return {
    checklistVersion,
    answers: Object.fromEntries(criteria.map((criterion) => [criterion.code, met.has(criterion.code)])),
    version: productVersion,
  };
}

export interface AssessInput {
  productId: number;
  request: MediaAssessmentRequest;
}

/** Records an assessment; one made on an older version of the product is refused, never replaces a newer one. */
export async function assessMediaProduct(input: AssessInput): Promise<MediaProduct> {
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
