import { formatNumber } from '@/utils/numbers';

/** 78.57 with "%" → "78,57 %"; null → "—". */
export function formatMeasure(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return '—';
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}
