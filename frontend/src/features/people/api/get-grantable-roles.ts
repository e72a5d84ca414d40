import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api';

/** The roles the caller may grant, in the server's order (people/PeoplePolicy.grantableRoles). */
export async function getGrantableRoles(): Promise<string[]> {
  const result = unwrap(await api.GET('/api/v1/people/grantable-roles')) as { roles: string[] };
  return result.roles;
}

export const grantableRolesQueryOptions = () =>
  queryOptions({ queryKey: ['people', 'grantable-roles'], queryFn: getGrantableRoles, staleTime: 30 * 60_000 });

export function useGrantableRoles() {
  return useQuery(grantableRolesQueryOptions());
}
