import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';

import { mediaProductQueryOptions } from './get-media-product';
import { toMediaProductRequest, type MediaProductFormValues } from './media-product-form-schema';
import type { MediaProduct } from './types';

export async function createMediaProduct(values: MediaProductFormValues): Promise<MediaProduct> {
  return unwrap(await api.POST('/api/v1/media-products', { body: toMediaProductRequest(values) })) as MediaProduct;
}

/** Saves changes made to the version read; the server answers 409 stale-version if it moved on. */
export async function updateMediaProduct(input: {
  id: number;
  version: number;
  values: MediaProductFormValues;
}): Promise<MediaProduct> {
  return unwrap(
    await api.PUT('/api/v1/media-products/{id}', {
      params: { path: { id: input.id } },
      body: toMediaProductRequest(input.values, input.version),
    }),
  ) as MediaProduct;
}

/** After a product is saved or assessed: its page shows the answer, its lists and every figure refresh. */
export function useOnMediaProductSaved() {
  const queryClient = useQueryClient();
  return (product: MediaProduct) => {
    queryClient.setQueryData(mediaProductQueryOptions(product.id).queryKey, product);
    return invalidateAfterRecordChange(queryClient, ['media-products', 'list']);
  };
}

export function useCreateMediaProduct() {
  const onSaved = useOnMediaProductSaved();
  return useMutation({ mutationFn: createMediaProduct, onSuccess: onSaved });
}

export function useUpdateMediaProduct() {
  const onSaved = useOnMediaProductSaved();
  return useMutation({ mutationFn: updateMediaProduct, onSuccess: onSaved });
}
