import { useSearchParams } from 'react-router';

import { todayIso } from '@/utils/dates';

import { indicatorYears } from '../api/types';

/** The year (default: this year in Asia/Ho_Chi_Minh, within 2025–2030) and a province user's commune, kept in the address bar. */
export function useYearAndArea() {
  const [params, setParams] = useSearchParams();
  const thisYear = Math.min(2030, Math.max(2025, Number(todayIso().slice(0, 4))));
  const asked = Number(params.get('year'));
  const year = (indicatorYears as readonly number[]).includes(asked) ? asked : thisYear;
  const communeCode = params.get('commune') || undefined;
  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  return { year, communeCode, params, update };
}
