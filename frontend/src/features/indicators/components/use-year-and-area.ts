import { useUrlState, type UrlChanges } from '@/lib/url-state';
import { todayIso } from '@/utils/dates';

import { indicatorYears } from '../api/types';

/** The year (default: this year in Asia/Ho_Chi_Minh, within 2025–2030) and a province user's commune, kept in the address bar. */
export function useYearAndArea() {
  const { params, update: updateUrl } = useUrlState();
  const thisYear = Math.min(2030, Math.max(2025, Number(todayIso().slice(0, 4))));
  const asked = Number(params.get('year'));
  const year = (indicatorYears as readonly number[]).includes(asked) ? asked : thisYear;
  const communeCode = params.get('commune') || undefined;
  const update = (changes: UrlChanges) => updateUrl(changes, { resetPage: false });
  return { year, communeCode, params, update };
}
