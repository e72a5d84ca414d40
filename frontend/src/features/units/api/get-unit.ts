import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api';

import type { Unit } from './types';

export async function getUnit(id: number): Promise<Unit> {
  return unwrap(await api.GET('/api/v1/units/{id}', { params: { path: { id } } })) as Unit;
}

export const unitQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['units', 'detail', id],
    queryFn: () => getUnit(id),
  });

export function useUnit(id: number) {
  return useQuery(unitQueryOptions(id));
}
