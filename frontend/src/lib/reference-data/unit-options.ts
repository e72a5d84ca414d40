import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap, type Page, type Schemas } from '@/lib/api';

import { fetchAllPages } from './fetch-all';

type Unit = Schemas['UnitView'];
export type UnitOption = Pick<Unit, 'id' | 'code' | 'name' | 'communeCode' | 'active'>;

/** Every unit in the caller's scope (or of one commune), by name: the choices of unit selects. */
export function getUnitOptions(communeCode?: string): Promise<UnitOption[]> {
  return fetchAllPages(async (page, size) => {
    const result = unwrap(
      await api.GET('/api/v1/units', { params: { query: { communeCode, page, size, sort: 'name' } } }),
    ) as Page<Unit>;
    return {
      ...result,
      items: result.items.map(({ id, code, name, communeCode: commune, active }) => ({
        id,
        code,
        name,
        communeCode: commune,
        active,
      })),
    };
  });
}

export const unitOptionsQueryOptions = (communeCode?: string) =>
  queryOptions({
    queryKey: ['units', 'options', communeCode ?? null],
    queryFn: () => getUnitOptions(communeCode),
    staleTime: 5 * 60_000,
  });

export function useUnitOptions(communeCode?: string) {
  return useQuery(unitOptionsQueryOptions(communeCode));
}
