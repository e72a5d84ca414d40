import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap, type Page } from '@/lib/api';

import type { DrillDownItem, TargetNumber } from './types';

export interface IndicatorRecordsFilter {
  target: TargetNumber;
  year: number;
  communeCode?: string;
  /** true: only what is counted; false: only what is not; undefined: both. */
  counted?: boolean;
  page: number;
  size: number;
}

/** The records behind a target's figure (for target 1: the units and their law/policy sessions). */
export async function getIndicatorRecords({ target, ...query }: IndicatorRecordsFilter): Promise<Page<DrillDownItem>> {
  return unwrap(
    await api.GET('/api/v1/indicators/{target}/records', { params: { path: { target }, query } }),
  ) as Page<DrillDownItem>;
}

export const indicatorRecordsQueryOptions = (filter: IndicatorRecordsFilter) =>
  queryOptions({
    queryKey: ['indicators', 'records', filter],
    queryFn: () => getIndicatorRecords(filter),
    placeholderData: keepPreviousData,
  });

export function useIndicatorRecords(filter: IndicatorRecordsFilter) {
  return useQuery(indicatorRecordsQueryOptions(filter));
}
