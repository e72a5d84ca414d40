import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Every figure computed from the records: the overview, the five targets and their drill-downs,
 * the early warnings, the units' summaries and filing status, and the change history.
 */
const FIGURES: QueryKey[] = [
  ['dashboard'],
  ['indicators'],
  ['warnings'],
  ['sessions', 'unit-summary'],
  ['action-month-plans', 'status'],
  ['audit'],
];

/**
 * The one thing every record mutation calls once the server accepted it (create, update, delete,
 * assessment, review, upload): the record's own lists, then every figure that may have moved.
 */
export function invalidateAfterRecordChange(queryClient: QueryClient, ...recordKeys: QueryKey[]): Promise<void> {
  return Promise.all(
    [...recordKeys, ...FIGURES].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  ).then(() => undefined);
}
