package vn.binhdang.indicators;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One record behind a target's number: counted or not, and why. */
@Schema(description = "Một bản ghi sau con số / a record behind the number")
public record DrillDownItem(
        @Schema(examples = "UNIT") DrillDownKind kind,
        @Schema(examples = "7") long id,
        @Schema(examples = "TYT") String code,
        @Schema(examples = "Trạm Y tế xã Bình Lư") String name,
        @Schema(description = "Được tính vào tử số", examples = "false") boolean counted,
        @Schema(description = "Giải thích", examples = "1/2 buổi pháp luật, chính sách") String detailVi,
        String detailEn,
        @Schema(nullable = true) BigDecimal value) {
}
