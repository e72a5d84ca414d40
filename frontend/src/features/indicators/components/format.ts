import { formatNumber } from '@/utils/numbers';

/** 78.57 with "%" → "78,57 %"; null → "—". */
export function formatMeasure(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return '—';
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

/**
 * A secondary figure has no unit of its own: a rate is in the target's unit ("64,29 %" beside its
 * "9/14"), a count is the first number of its "1/8" note and shows bare.
 */
export function formatDetail(value: number | null, note: string | null, unit: string): string {
  if (value === null) return '';
  const counted = note?.match(/^(\d+)\/\d+$/);
  return counted && Number(counted[1]) === value ? formatNumber(value) : formatMeasure(value, unit);
}
