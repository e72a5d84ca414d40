package vn.binhdang.audit;

/** Kinds of record whose changes are kept in the audit trail. */
public enum AuditedType {
    UNIT,
    CAMPAIGN,
    SESSION,
    PLAN,
    ACTION_MONTH_PLAN,
    SURVEY_ROUND,
    MEDIA_PRODUCT,
    CONVENTION
}
