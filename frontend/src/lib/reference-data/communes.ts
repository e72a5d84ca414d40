import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap, type Page, type Schemas } from '@/lib/api';

import { dictionaryFor, getLanguage } from '@/lib/i18n';
import { formatDate } from '@/utils/dates';

import { fetchAllPages } from './fetch-all';

// Communes are reference data shared by every feature (units, villages, campaigns, sessions…).
export type Area = Schemas['AreaView'];

/** All communes the caller may see (one for commune users, the whole province for province users). */
export function getCommunes(): Promise<Area[]> {
  return fetchAllPages(
    async (page, size) =>
      unwrap(await api.GET('/api/v1/communes', { params: { query: { page, size } } })) as Page<Area>,
  );
}

export const communesQueryOptions = () =>
  queryOptions({
    queryKey: ['communes'],
    queryFn: getCommunes,
    staleTime: 30 * 60_000,
  });

export function useCommunes() {
  return useQuery(communesQueryOptions());
}

/** A commune's name, marked as closed ("đã giải thể / sáp nhập từ dd/MM/yyyy") once a newer official list closed it. */
export function communeLabel(commune: Pick<Area, 'name' | 'validTo'>): string {
  return commune.validTo ? dictionaryFor(getLanguage()).areas.closedSince(commune.name, formatDate(commune.validTo)) : commune.name;
}

/**
 * The communes as choices of a select. `current`, a commune the form already holds (the user's own, known
 * from their profile), stays among them even before the list has arrived.
 */
export function communeOptions(communes: Area[] | undefined, current?: { code: string; name: string }): { value: string; label: string }[] {
  const options = (communes ?? []).map((c) => ({ value: c.code, label: communeLabel(c) }));
  if (current?.code && !options.some((o) => o.value === current.code)) options.unshift({ value: current.code, label: current.name });
  return options;
}
