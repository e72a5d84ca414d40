import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api';

import type { Convention } from './types';

export async function getConvention(id: number): Promise<Convention> {
  return unwrap(await api.GET('/api/v1/conventions/{id}', { params: { path: { id } } })) as Convention;
}

export const conventionQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['conventions', 'detail', id],
    queryFn: () => getConvention(id),
  });

export function useConvention(id: number) {
  return useQuery(conventionQueryOptions(id));
}
