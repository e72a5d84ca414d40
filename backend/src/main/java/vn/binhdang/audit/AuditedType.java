package vn.binhdang.audit;

import java.util.Set;

/**
 * Kinds of record whose changes are kept in the audit trail, each declared once with the fields of its view
 * that are computed from today rather than stored (a unit's "active", a campaign's "status"): they change
 * without anyone changing the record, so the history leaves them out. Every other field is kept.
 */
public enum AuditedType {
    UNIT("active"),
    CAMPAIGN("status"),
    SESSION,
    PLAN,
    ACTION_MONTH_PLAN,
    SURVEY_ROUND,
    MEDIA_PRODUCT,
    CONVENTION,
    /** A convention's review; its creation shows in the convention's history, its withdrawal here. */
    CONVENTION_REVIEW,
    VILLAGE,
    REFERENCE_ITEM,
    /** A person (Keycloak user) invited, changed, disabled or enabled in the app; kept without their name or e-mail. */
    PERSON,
    /** A province or commune of the official list, changed by an import (its own id as the commune). */
    AREA,
    /** An import of the official list of administrative units (counts), with no commune. */
    AREA_IMPORT;

    /** Fields of the view computed from today. */
    public final Set<String> derivedFields;

    AuditedType(String... derivedFields) {
        this.derivedFields = Set.of(derivedFields);
    }
}
