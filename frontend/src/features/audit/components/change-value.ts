import type { Dictionary, Language } from '@/lib/i18n';
import { formatDate, formatDateTime } from '@/utils/dates';
import { formatNumber } from '@/utils/numbers';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * A value of the audit trail as people read it. The trail stores whatever the record held (ids,
 * labels, lists, dates), so this reads the common shapes and falls back to the raw text.
 */
export function formatChangeValue(value: unknown, t: Dictionary, language: Language): string {
  if (value === null || value === undefined || value === '') return t.common.none;
  if (typeof value === 'boolean') return value ? t.common.yes : t.common.no;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') {
    if (isoDate.test(value)) return formatDate(value);
    if (isoInstant.test(value)) return formatDateTime(value);
    return value;
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? t.common.none : value.map((item) => formatChangeValue(item, t, language)).join(', ');
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const label = language === 'en' ? (record.labelEn ?? record.labelVi) : (record.labelVi ?? record.labelEn);
    if (typeof label === 'string') return label;
    if (typeof record.name === 'string') return record.name;
    if (typeof record.label === 'string') return record.label;
    if (typeof record.fileName === 'string') return record.fileName;
    return JSON.stringify(value);
  }
  return String(value);
}
