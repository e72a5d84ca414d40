import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api';

import type { Session } from './types';

export async function getSession(id: number): Promise<Session> {
  return unwrap(await api.GET('/api/v1/sessions/{id}', { params: { path: { id } } })) as Session;
}

export const sessionQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['sessions', 'detail', id],
    queryFn: () => getSession(id),
  });

export function useSession(id: number) {
  return useQuery(sessionQueryOptions(id));
}
