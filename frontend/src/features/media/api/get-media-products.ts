import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api';

import type { MediaKind, MediaProductPage } from './types';

/** The filters the API offers on the media product list. */
export interface MediaProductsFilter {
  year?: number;
  communeCode?: string;
  unitId?: number;
  kind?: MediaKind;
  assessed?: boolean;
  /** Assessed and passed (true) or assessed and not passed (false). */
  passed?: boolean;
  page: number;
  size: number;
}

/** A page of media products, the newest first. */
export async function getMediaProducts(filter: MediaProductsFilter): Promise<MediaProductPage> {
  return unwrap(await api.GET('/api/v1/media-products', { params: { query: filter } })) as MediaProductPage;
}

export const mediaProductsQueryOptions = (filter: MediaProductsFilter) =>
  queryOptions({
    queryKey: ['media-products', 'list', filter],
    queryFn: () => getMediaProducts(filter),
    placeholderData: keepPreviousData,
  });

export function useMediaProducts(filter: MediaProductsFilter) {
  return useQuery(mediaProductsQueryOptions(filter));
}
