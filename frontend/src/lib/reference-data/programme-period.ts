import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { api, unwrap, type Page, type Schemas } from '@/lib/api';
import { todayIso } from '@/utils/dates';

import { fetchAllPages } from './fetch-all';

// The programme's period is the plan's (PlanView.periodStart … periodEnd), never a literal: every
// page that offers years or names the period reads it from here. A province user sees several
// communes' plans: the period spans them all (earliest start, latest end), or is the chosen commune's.

type PlanPeriodFields = Pick<Schemas['PlanView'], 'communeCode' | 'periodStart' | 'periodEnd'>;

export interface ProgrammePeriod {
  /** False when no plan is known (a commune not yet onboarded): the years are then a window around today and texts name no period. */
  fromPlan: boolean;
  firstYear: number;
  lastYear: number;
  /** The year before the programme, whose survey and figures the targets are measured from. */
  baselineYear: number;
  /** firstYear … lastYear. */
  years: number[];
  /** baselineYear … lastYear: the years the indicators are shown for. */
  indicatorYears: number[];
  /** This year ('yyyy-MM-dd' → year) inside firstYear … lastYear, else the nearest end of it. */
  currentYear: (today: string) => number;
  /** `asked` when it is one of the programme's years, else currentYear(today). */
  yearOr: (asked: number, today?: string) => number;
  /** The period as the texts name it; undefined when there is no plan (say nothing wrong). */
  span: { first: number; last: number } | undefined;
}

function range(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** Years shown when there is no plan: two either side of this year. */
export const FALLBACK_YEARS_AROUND_TODAY = 2;

/** The period of the plans given (min start, max end); with none, a window around today. */
export function programmePeriod(plans: readonly Pick<PlanPeriodFields, 'periodStart' | 'periodEnd'>[], today: string = todayIso()): ProgrammePeriod {
  const valid = plans.filter((p) => Number.isInteger(p.periodStart) && Number.isInteger(p.periodEnd) && p.periodStart <= p.periodEnd);
  const thisYear = Number(today.slice(0, 4));
  const fromPlan = valid.length > 0;
  const firstYear = fromPlan ? Math.min(...valid.map((p) => p.periodStart)) : thisYear - FALLBACK_YEARS_AROUND_TODAY;
  const lastYear = fromPlan ? Math.max(...valid.map((p) => p.periodEnd)) : thisYear + FALLBACK_YEARS_AROUND_TODAY;
  const baselineYear = firstYear - 1;
  const years = range(firstYear, lastYear);
  const currentYear = (day: string) => Math.min(lastYear, Math.max(firstYear, Number(day.slice(0, 4))));
  return {
    fromPlan,
    firstYear,
    lastYear,
    baselineYear,
    years,
    indicatorYears: range(baselineYear, lastYear),
    currentYear,
    yearOr: (asked, day = todayIso()) => (years.includes(asked) ? asked : currentYear(day)),
    span: fromPlan ? { first: firstYear, last: lastYear } : undefined,
  };
}

/** The plans' periods in the caller's scope (a province user's: every commune's), or one commune's. */
export async function getPlanPeriods(communeCode?: string): Promise<PlanPeriodFields[]> {
  const plans = await fetchAllPages(
    async (page, size) =>
      unwrap(await api.GET('/api/v1/plans', { params: { query: { communeCode, page, size } } })) as Page<Schemas['PlanView']>,
  );
  return plans.map(({ communeCode: commune, periodStart, periodEnd }) => ({ communeCode: commune, periodStart, periodEnd }));
}

// Under 'plans' so that whatever refreshes the plans refreshes the period too.
export const planPeriodsQueryOptions = (communeCode?: string) =>
  queryOptions({
    queryKey: ['plans', 'periods', communeCode ?? null],
    queryFn: () => getPlanPeriods(communeCode),
    staleTime: 30 * 60_000,
  });

/**
 * The programme's period from the plans (of `communeCode` when one is chosen). Undefined while the
 * plans load, so that no page shows a year it would then change; when the plans cannot be read, or
 * there are none, the period of programmePeriod([]) (years around today, no period named).
 */
export function useProgrammePeriod(communeCode?: string): ProgrammePeriod | undefined {
  const plans = useQuery(planPeriodsQueryOptions(communeCode));
  const today = todayIso();
  const pending = plans.isPending;
  const data = plans.data;
  return useMemo(() => (pending ? undefined : programmePeriod(data ?? [], today)), [pending, data, today]);
}
