import { addDays, formatDate, formatDateTime, isIsoDate, monthRange, todayIso, weekdayMondayFirst } from './dates';

describe('dates', () => {
  it('shows a calendar date as dd/MM/yyyy', () => {
    expect(formatDate('2026-01-05')).toBe('05/01/2026');
    expect(formatDate(null)).toBe('');
  });

  it('shows an instant in Vietnam time', () => {
    // 17:30 UTC is 00:30 the next day in Hanoi.
    expect(formatDateTime('2026-03-07T17:30:00Z')).toBe('08/03/2026 00:30');
  });

  it('takes today in Asia/Ho_Chi_Minh, not the device zone', () => {
    expect(todayIso(new Date('2026-11-14T18:00:00Z'))).toBe('2026-11-15');
  });

  it('rejects dates that do not exist', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('28/02/2026')).toBe(false);
  });
});

describe('calendar arithmetic', () => {
  it('adds days across months and leap years', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('numbers weekdays from Monday', () => {
    expect(weekdayMondayFirst('2026-11-30')).toBe(0); // a Monday
    expect(weekdayMondayFirst('2026-11-29')).toBe(6); // a Sunday
  });

  it('gives a month’s first and last day', () => {
    expect(monthRange(2026, 2)).toEqual(['2026-02-01', '2026-02-28']);
    expect(monthRange(2026, 12)).toEqual(['2026-12-01', '2026-12-31']);
  });
});
