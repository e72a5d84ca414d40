package vn.binhdang.indicators;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a record behind a target's number is. */
@Schema(description = "Loại bản ghi / kind of record: UNIT (mục tiêu 1, 2), SURVEY_GROUP (3), MEDIA_PRODUCT (4), "
        + "CONVENTION (5)")
public enum DrillDownKind {
    UNIT,
    SURVEY_GROUP,
    MEDIA_PRODUCT,
    CONVENTION
}
