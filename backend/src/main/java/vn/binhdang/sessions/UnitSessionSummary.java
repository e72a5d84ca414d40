package vn.binhdang.sessions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit's year against target 1: at least two sessions on gender-equality law and policy. */
@Schema(description = "Buổi truyền thông của đơn vị trong năm so với Mục tiêu 1 / a unit's year against target 1")
public record UnitSessionSummary(
        @Schema(examples = "7") long unitId,
        @Schema(examples = "2026") int year,
        @Schema(description = "Tổng số buổi trong năm", examples = "5") long sessions,
        @Schema(description = "Số buổi có chủ đề pháp luật, chính sách về BĐG", examples = "1") long lawPolicySessions,
        @Schema(description = "Số buổi tối thiểu theo Kế hoạch", examples = "2") int required,
        @Schema(description = "Còn thiếu", examples = "1") long missing,
        @Schema(examples = "60") long participantsMale,
        @Schema(examples = "84") long participantsFemale) {
}
