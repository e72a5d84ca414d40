// The programme's period, as its name states it (Chương trình … giai đoạn 2026–2030).
export const PROGRAMME_FIRST_YEAR = 2026;
export const PROGRAMME_LAST_YEAR = 2030;

export const programmeYears: number[] = Array.from(
  { length: PROGRAMME_LAST_YEAR - PROGRAMME_FIRST_YEAR + 1 },
  (_, i) => PROGRAMME_FIRST_YEAR + i,
);

/** The year to show first: this year inside the programme's period, else the nearest end of it. */
export function currentProgrammeYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return Math.min(PROGRAMME_LAST_YEAR, Math.max(PROGRAMME_FIRST_YEAR, year));
}
