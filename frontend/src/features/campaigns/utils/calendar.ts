import { addDays, monthRange, weekdayMondayFirst } from '@/utils/dates';

// Calendar arithmetic on 'yyyy-MM-dd' strings (they sort as dates), weeks starting on Monday.

export interface Span {
  startDate: string;
  endDate: string;
}

export function overlaps(span: Span, from: string, to: string): boolean {
  return span.startDate <= to && span.endDate >= from;
}

/** The weeks shown for a month: Monday before (or on) the 1st to Sunday after (or on) the last day. */
export function monthWeeks(year: number, month: number): string[][] {
  const [first, last] = monthRange(year, month);
  const start = addDays(first, -weekdayMondayFirst(first));
  const end = addDays(last, 6 - weekdayMondayFirst(last));
  const weeks: string[][] = [];
  for (let day = start; day <= end; day = addDays(day, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(day, i)));
  }
  return weeks;
}

/** Where a span sits in a week: its first and last column (0–6), or null when it misses the week. */
export function weekColumns(span: Span, week: string[]): { first: number; last: number } | null {
  const weekStart = week[0]!;
  const weekEnd = week[week.length - 1]!;
  if (!overlaps(span, weekStart, weekEnd)) return null;
  const first = span.startDate <= weekStart ? 0 : week.indexOf(span.startDate);
  const last = span.endDate >= weekEnd ? week.length - 1 : week.indexOf(span.endDate);
  return { first, last };
}

/** 'yyyy-MM' of a month, moved by a number of months. */
export function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Reads 'yyyy-MM' (e.g. from the address bar); null when it is not a month. */
export function parseMonth(value: string | null): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : null;
}

export function formatMonth(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}
