import { monthWeeks, overlaps, parseMonth, shiftMonth, weekColumns } from './calendar';

describe('campaign calendar arithmetic', () => {
  it('shows whole weeks from Monday to Sunday around the month', () => {
    const weeks = monthWeeks(2026, 11);
    // 1 November 2026 is a Sunday: the first row starts on Monday 26 October.
    expect(weeks[0]?.[0]).toBe('2026-10-26');
    expect(weeks[0]?.[6]).toBe('2026-11-01');
    expect(weeks.at(-1)?.[6]).toBe('2026-12-06');
    expect(weeks).toHaveLength(6);
  });

  it('places a span on the columns of a week it overlaps', () => {
    const week = monthWeeks(2026, 11)[3]!; // 16–22 November
    expect(weekColumns({ startDate: '2026-11-15', endDate: '2026-12-15' }, week)).toEqual({ first: 0, last: 6 });
    expect(weekColumns({ startDate: '2026-11-18', endDate: '2026-11-19' }, week)).toEqual({ first: 2, last: 3 });
    expect(weekColumns({ startDate: '2026-03-08', endDate: '2026-03-08' }, week)).toBeNull();
  });

  it('tells whether a span overlaps a period, ends included', () => {
    expect(overlaps({ startDate: '2026-03-01', endDate: '2026-03-08' }, '2026-03-08', '2026-03-31')).toBe(true);
    expect(overlaps({ startDate: '2026-03-01', endDate: '2026-03-07' }, '2026-03-08', '2026-03-31')).toBe(false);
  });

  it('moves between months across years and reads months from the address bar', () => {
    expect(shiftMonth(2026, 12, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth(2026, 1, -1)).toEqual({ year: 2025, month: 12 });
    expect(parseMonth('2026-03')).toEqual({ year: 2026, month: 3 });
    expect(parseMonth('2026-13')).toBeNull();
  });
});
