import { getLanguage, type Language } from '@/lib/i18n/language';

// Numbers as the UI language writes them — the server's texts follow the same rule (Accept-Language):
// Vietnamese "1.234,5" ("." groups thousands, "," marks decimals), English "1,234.5".
const locales: Record<Language, string> = { vi: 'vi-VN', en: 'en-US' };
const cache = new Map<string, Intl.NumberFormat>();

/** The formatter for the current UI language; one per language and options, built once. */
export function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = locales[getLanguage()];
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

const integerFormat = { format: (value: number) => numberFormat({ maximumFractionDigits: 0 }).format(value) };
const decimalFormat = { format: (value: number) => numberFormat({ maximumFractionDigits: 2 }).format(value) };

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
