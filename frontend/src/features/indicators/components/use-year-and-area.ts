import { useProgrammePeriod } from '@/lib/reference-data';
import { useUrlState, type UrlChanges } from '@/lib/url-state';
import { todayIso } from '@/utils/dates';

/**
 * The year and a province user's commune, kept in the address bar. The years are the plan's
 * (the chosen commune's): its baseline year to its last year; the default is this year in
 * Asia/Ho_Chi_Minh within them. `period` and `year` stay undefined while the plans load, so that
 * no figures are asked for (or shown under) a year the plan would then change.
 */
export function useYearAndArea() {
  const { params, update: updateUrl } = useUrlState();
  const communeCode = params.get('commune') || undefined;
  const period = useProgrammePeriod(communeCode);
  const asked = Number(params.get('year'));
  let year: number | undefined;
  if (period) {
    const thisYear = Math.min(period.lastYear, Math.max(period.baselineYear, Number(todayIso().slice(0, 4))));
    year = period.indicatorYears.includes(asked) ? asked : thisYear;
  }
  const update = (changes: UrlChanges) => updateUrl(changes, { resetPage: false });
  return { year, period, communeCode, params, update };
}
