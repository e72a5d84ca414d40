import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { api, unwrap, type Schemas } from '@/lib/api';

/** The signed-in user with their scope, as the backend derives it from the token. */
export type Me = Schemas['MeView'];

export async function getMe(): Promise<Me> {
  return unwrap(await api.GET('/api/v1/me')) as Me;
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ['me'],
    queryFn: getMe,
    staleTime: 5 * 60_000,
  });

/** The current user; the app shell loads it before any page renders, so it is always there. */
export function useMe(): Me {
  return useSuspenseQuery(meQueryOptions()).data;
}
