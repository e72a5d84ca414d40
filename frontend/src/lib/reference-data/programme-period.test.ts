import { describe, expect, it } from 'vitest';

import { programmePeriod } from './programme-period';

describe('programmePeriod', () => {
  it('is the plan’s period, with the year before it as the baseline', () => {
    const period = programmePeriod([{ periodStart: 2027, periodEnd: 2031 }], '2026-12-03');
    expect(period).toMatchObject({ fromPlan: true, firstYear: 2027, lastYear: 2031, baselineYear: 2026, span: { first: 2027, last: 2031 } });
    expect(period.years).toEqual([2027, 2028, 2029, 2030, 2031]);
    expect(period.indicatorYears).toEqual([2026, 2027, 2028, 2029, 2030, 2031]);
  });

  it('spans several communes’ plans: the earliest start to the latest end', () => {
    const period = programmePeriod(
      [
        { periodStart: 2026, periodEnd: 2030 },
        { periodStart: 2027, periodEnd: 2032 },
      ],
      '2026-12-03',
    );
    expect([period.firstYear, period.lastYear, period.baselineYear]).toEqual([2026, 2032, 2025]);
  });

  it('keeps this year inside the period, else the nearest end of it', () => {
    const period = programmePeriod([{ periodStart: 2026, periodEnd: 2030 }]);
    expect(period.currentYear('2027-05-01')).toBe(2027);
    expect(period.currentYear('2024-05-01')).toBe(2026);
    expect(period.currentYear('2033-05-01')).toBe(2030);
    expect(period.yearOr(2029, '2027-05-01')).toBe(2029);
    expect(period.yearOr(2025, '2027-05-01')).toBe(2027);
    expect(period.yearOr(0, '2035-01-01')).toBe(2030);
  });

  it('without a plan offers the years around today and names no period', () => {
    const period = programmePeriod([], '2028-03-01');
    expect(period.fromPlan).toBe(false);
    expect(period.span).toBeUndefined();
    expect(period.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(period.currentYear('2028-03-01')).toBe(2028);
  });

  it('ignores a plan whose period is not a range of years', () => {
    expect(programmePeriod([{ periodStart: 2031, periodEnd: 2030 }], '2028-03-01').fromPlan).toBe(false);
  });
});
