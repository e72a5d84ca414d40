import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api';

import type { MediaProduct } from './types';

export async function getMediaProduct(id: number): Promise<MediaProduct> {
  return unwrap(await api.GET('/api/v1/media-products/{id}', { params: { path: { id } } })) as MediaProduct;
}

export const mediaProductQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['media-products', 'detail', id],
    queryFn: () => getMediaProduct(id),
  });

export function useMediaProduct(id: number) {
  return useQuery(mediaProductQueryOptions(id));
}
