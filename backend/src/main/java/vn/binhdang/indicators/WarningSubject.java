package vn.binhdang.indicators;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a warning's subjectId refers to. */
@Schema(description = "Đối tượng của cảnh báo / what subjectId refers to: UNIT, CONVENTION, or TARGET (no id)")
public enum WarningSubject {
    UNIT,
    CONVENTION,
    TARGET
}
