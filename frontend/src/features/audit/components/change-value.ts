import type { Dictionary, Language } from '@/lib/i18n';
import { conventionsEn, conventionsVi } from '@/lib/i18n/conventions';
import { mediaEn, mediaVi } from '@/lib/i18n/media';
import { surveysEn, surveysVi } from '@/lib/i18n/surveys';
import { formatDate, formatDateTime } from '@/utils/dates';
import { formatNumber } from '@/utils/numbers';

import type { AuditChange, AuditEntityType } from '../api/types';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A value as shown in the history: one line, or several (a list's items, one per line). */
export type FieldValue = string | string[];

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
// An id (or code) shown by the name that comes with it.
const namedIds: Record<string, string> = {
  unitId: 'unitName',
  villageId: 'villageName',
  villageCode: 'villageName',
  campaignId: 'campaignName',
  leadUnitId: 'leadUnitName',
};

/** Nothing, however the record writes it: null, an empty text, list or map. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/**
 * The changes worth showing, in the record's order: real changes (not "nothing" → an empty list, as
 * a new record's snapshot has), ids replaced by their names.
 */
export function visibleChanges(changes: AuditChange[]): AuditChange[] {
  const fields = new Set(changes.map((c) => c.field));
  return changes.filter(
    (change) =>
      !hiddenFields.has(change.field) &&
      !(namedIds[change.field] && fields.has(namedIds[change.field]!)) &&
      !(isEmpty(change.before) && isEmpty(change.after)) &&
      JSON.stringify(change.before) !== JSON.stringify(change.after),
  );
}

/** A number the trail may carry as a JSON number or, for a decimal, as its text. */
function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Format = (value: unknown, language: Language) => FieldValue | undefined;

const codeOf =
  (labels: (language: Language) => Record<string, string>): Format =>
  (value, language) =>
    typeof value === 'string' ? labels(language)[value] : undefined;

const mediaText = (language: Language) => (language === 'en' ? mediaEn : mediaVi);
const surveysText = (language: Language) => (language === 'en' ? surveysEn : surveysVi);
const conventionsText = (language: Language) => (language === 'en' ? conventionsEn : conventionsVi);

/** A survey round's results, one line per group and sex: "Thanh niên – Nam · Số người trả lời: 60 · Số người đạt ngưỡng: 38". */
const surveyResults: Format = (value, language) => {
  if (!Array.isArray(value)) return undefined;
  const s = surveysText(language);
  return value.filter(isRecord).map((row) => {
    const labels = language === 'en' ? [row.groupLabelEn, row.groupLabelVi] : [row.groupLabelVi, row.groupLabelEn];
    const group = [...labels, row.groupCode].find((label): label is string => typeof label === 'string' && label !== '') ?? '';
    const sex = typeof row.sex === 'string' ? (s.sexes[row.sex as keyof typeof s.sexes] ?? row.sex) : '';
    const parts = [[group, sex].filter(Boolean).join(' – '), `${s.respondents}: ${formatNumber(toNumber(row.respondents))}`];
    const aware = toNumber(row.aware);
    const mean = toNumber(row.meanScore);
    if (aware !== null) parts.push(`${s.aware}: ${formatNumber(aware)}`);
    if (mean !== null) parts.push(`${s.meanScore}: ${formatNumber(mean)}`);
    return parts.join(' · ');
  });
};

/** A media assessment's answers, one criterion per line: "BALANCED_SOURCES: Đạt". */
const mediaAnswers: Format = (value, language) => {
  if (!isRecord(value)) return undefined;
  const a = mediaText(language).assessment;
  return Object.entries(value).map(([code, met]) => `${code}: ${met === true ? a.met : a.notMet}`);
};

/** A convention's latest review: "20/08/2026 — Có nội dung phân biệt đối xử về giới (Số điều khoản cần sửa: 2)". */
const latestReview: Format = (value, language) => {
  if (!isRecord(value) || typeof value.reviewedOn !== 'string') return undefined;
  const r = conventionsText(language).reviews;
  const clauses = Array.isArray(value.clauses) ? value.clauses.length : 0;
  const conclusion =
    value.noDiscrimination === true ? r.noDiscrimination : `${r.discriminationFound} (${r.clausesCount}: ${formatNumber(clauses)})`;
  return `${formatDate(value.reviewedOn)} — ${conclusion}`;
};

// How the fields of one kind of record read, where the generic reading would show a code or raw data.
const recordFormats: Partial<Record<AuditEntityType, Record<string, Format>>> = {
  MEDIA_PRODUCT: {
    kind: codeOf((language) => mediaText(language).kinds),
    checklistVersion: (value, language) => {
      const n = toNumber(value);
      return n === null ? undefined : mediaText(language).result.version(n);
    },
    answers: mediaAnswers,
    passed: (value, language) =>
      typeof value === 'boolean' ? (value ? mediaText(language).result.passed : mediaText(language).result.failed) : undefined,
  },
  SURVEY_ROUND: {
    measure: codeOf((language) => surveysText(language).measures),
    results: surveyResults,
  },
  CONVENTION: {
    // Its legal status: "status" since the audit declares derived fields per record type; older entries say "conventionStatus".
    status: codeOf((language) => conventionsText(language).statuses),
    conventionStatus: codeOf((language) => conventionsText(language).statuses),
    standing: codeOf((language) => conventionsText(language).standings),
    latestReview,
  },
};

/**
 * A field's value as the history shows it: codes of the app's lists by their label, a record's
 * structured fields (survey results, assessment answers, latest review) as readable lines.
 */
export function formatFieldValue(
  entityType: AuditEntityType,
  field: string,
  value: unknown,
  t: Dictionary,
  language: Language,
): FieldValue {
  if (value === null || value === undefined || value === '') return t.common.none;
  const specific = recordFormats[entityType]?.[field]?.(value, language);
  if (specific !== undefined) return Array.isArray(specific) && specific.length === 0 ? t.common.none : specific;
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
