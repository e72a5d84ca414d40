import type { Dictionary, Language } from '@/lib/i18n';
import { formatDate, formatDateTime } from '@/utils/dates';
import { formatNumber } from '@/utils/numbers';

import type { AuditChange } from '../api/types';

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

// Fields of a record's snapshot that say nothing to a reader of its history: identity, scope,
// bookkeeping (who recorded it and when is the entry's own header).
const hiddenFields = new Set(['id', 'communeCode', 'communeName', 'unitCode', 'recordedBy', 'recordedAt', 'updatedBy', 'updatedAt', 'version', 'year']);
// An id shown by the name that comes with it.
const namedIds: Record<string, string> = {
  unitId: 'unitName',
  villageId: 'villageName',
  campaignId: 'campaignName',
  leadUnitId: 'leadUnitName',
};

/** The changes worth showing, in the record's order: real changes, ids replaced by their names. */
export function visibleChanges(changes: AuditChange[]): AuditChange[] {
  const fields = new Set(changes.map((c) => c.field));
  return changes.filter(
    (change) =>
      !hiddenFields.has(change.field) &&
      !(namedIds[change.field] && fields.has(namedIds[change.field]!)) &&
      JSON.stringify(change.before) !== JSON.stringify(change.after),
  );
}

/** Values that are codes of the app's own lists (a unit's kind, a campaign's occasion or status). */
export function formatFieldValue(field: string, value: unknown, t: Dictionary, language: Language): string {
  if (typeof value === 'string') {
    const lists: Record<string, Record<string, string>> = {
      kind: t.unitKinds,
      occasion: t.occasions,
      status: t.campaignStatuses,
    };
    const label = lists[field]?.[value];
    if (label) return label;
  }
  return formatChangeValue(value, t, language);
}
