// Numbers as Vietnamese readers write them: "." groups thousands, "," marks decimals.
const integerFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 1500000 → "1.500.000"; 12.5 → "12,5"; null → "". */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  return (Number.isInteger(value) ? integerFormat : decimalFormat).format(value);
}

/** Whole đồng: 1500000 → "1.500.000 ₫" (non-breaking space, so the sign never wraps alone). */
export function formatVnd(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  return `${integerFormat.format(value)}\u00a0₫`;
}

/** "1.500.000" or "1500000" → "1500000": the digits typed, without separators. */
export function digitsOnly(value: string): string {
  return value.replace(/\D/g, '');
}

/** "1.234 kB"-style size of a file for people: bytes, kB or MB with one decimal. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${decimalFormat.format(Math.round((bytes / 1024) * 10) / 10)} kB`;
  return `${decimalFormat.format(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}
