// The programme runs on Vietnamese calendar days: dates are shown dd/MM/yyyy, "today" is taken in
// Asia/Ho_Chi_Minh whatever the device's zone is.
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** '2026-01-15' → '15/01/2026'; null or empty → ''. A calendar date carries no zone, so no conversion. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const match = isoDate.exec(value);
  if (!match) return value;
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** An instant ('2026-01-15T03:00:00Z') shown as dd/MM/yyyy HH:mm in Vietnam's time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
}

/** Today's date in Vietnam as 'yyyy-MM-dd'. */
export function todayIso(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** True for a real calendar date written 'yyyy-MM-dd' (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = isoDate.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function toUtc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** '2026-02-28' + 1 → '2026-03-01'. Calendar arithmetic on 'yyyy-MM-dd', free of time zones. */
export function addDays(iso: string, days: number): string {
  const date = toUtc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** Day of the week with Monday first, as Vietnamese calendars print it: Monday 0 … Sunday 6. */
export function weekdayMondayFirst(iso: string): number {
  return (toUtc(iso).getUTCDay() + 6) % 7;
}

/** The first and last day of a month: (2026, 2) → ['2026-02-01', '2026-02-28']. */
export function monthRange(year: number, month: number): [string, string] {
  const first = fromUtc(new Date(Date.UTC(year, month - 1, 1)));
  const last = fromUtc(new Date(Date.UTC(year, month, 0)));
  return [first, last];
}

const typedDate = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})$/;

/**
 * A date as Vietnamese users type it, day first: '2/12/2026', '02/12/2026', '2.12.2026', '2-12-2026'
 * or the eight digits '02122026' → '2026-12-02'; an ISO '2026-12-02' (pasted) is kept. Anything else,
 * or a day that does not exist (31/02/2026), → null. Never month first, whatever the browser's language.
 */
export function parseDate(text: string): string | null {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const match = typedDate.exec(trimmed) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed);
  if (!match) return null;
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}
