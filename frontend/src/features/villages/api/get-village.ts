import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api';

import type { Village } from './types';

export async function getVillage(id: number): Promise<Village> {
  return unwrap(await api.GET('/api/v1/villages/{id}', { params: { path: { id } } })) as Village;
}

export const villageQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['villages', 'detail', id],
    queryFn: () => getVillage(id),
  });

export function useVillage(id: number) {
  return useQuery(villageQueryOptions(id));
}
