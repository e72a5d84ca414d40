package vn.binhdang.indicators;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something falling behind, early enough to act. */
@Schema(description = "Cảnh báo sớm / early warning")
public record Warning(
        @Schema(examples = "LAW_SESSIONS") WarningKind kind,
        @Schema(examples = "1") int target,
        @Schema(examples = "UNIT") WarningSubject subjectType,
        @Schema(examples = "7", nullable = true) Long subjectId,
        @Schema(examples = "Trạm Y tế xã Bình Lư") String subjectName,
        @Schema(description = "Xã/phường của cảnh báo; null cho chỉ tiêu của cả tỉnh / the warning's commune, null for a "
                + "province-wide target", examples = "03390", nullable = true) String communeCode,
        @Schema(examples = "Xã Bình Lư", nullable = true) String communeName,
        @Schema(examples = "Mới có 1/2 buổi pháp luật, chính sách về BĐG (hạn theo dõi 01/09)") String messageVi,
        String messageEn) {
}
