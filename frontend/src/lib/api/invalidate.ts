import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Every figure computed from the records, by the prefix of its query key:
 * - `['dashboard']`: the overview — the five targets with their yearly targets, the trend, the units,
 *   the participants and the early warnings all come in the one dashboard answer;
 * - `['indicators']`: the targets page's drill-down (the records behind each figure);
 * - `['sessions', 'unit-summary']`: a unit's sessions and participants this year;
 * - `['action-month-plans', 'status']`: which units filed their Action-Month plan, and when;
 * - `['audit']`: the change history of every record.
 */
export const FIGURES: readonly QueryKey[] = [
  ['dashboard'],
  ['indicators'],
  ['sessions', 'unit-summary'],
  ['action-month-plans', 'status'],
  ['audit'],
];

/**
 * The one thing every record mutation calls once the server accepted it (create, update, delete,
 * assessment, review, upload, import): the record's own lists, then every figure that may have moved.
 * Active queries refetch at once, so an open overview changes without a reload.
 */
export function invalidateAfterRecordChange(queryClient: QueryClient, ...recordKeys: QueryKey[]): Promise<void> {
  return Promise.all(
    [...recordKeys, ...FIGURES].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  ).then(() => undefined);
}
