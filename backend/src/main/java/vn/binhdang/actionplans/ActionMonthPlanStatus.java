package vn.binhdang.actionplans;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where one unit of the commune stands for a year's Action-Month plan. */
@Schema(description = "Tình trạng kế hoạch Tháng hành động của một đơn vị trong năm / a unit's Action-Month plan status")
public record ActionMonthPlanStatus(
        @Schema(examples = "7", required = true) long unitId,
        @Schema(examples = "TYT", required = true) String unitCode,
        @Schema(examples = "Trạm Y tế xã Bình Lư", required = true) String unitName,
        @Schema(description = "Đã nộp kế hoạch", examples = "true", required = true) boolean filed,
        @Schema(description = "Nộp trước ngày 15/11; null nếu chưa nộp", examples = "true", nullable = true,
                required = true) Boolean onTime,
        @Schema(examples = "12", nullable = true, required = true) Long planId,
        @Schema(description = "Ngày ghi nhận vào hệ thống", examples = "2026-11-20", nullable = true, required = true)
        LocalDate filedOn,
        @Schema(description = "Ngày kế hoạch đến xã (tính đúng hạn theo ngày này)", examples = "2026-11-02",
                nullable = true, required = true) LocalDate receivedOn,
        @Schema(description = "Đơn vị hoạt động từ", examples = "2020-01-01", required = true) LocalDate activeFrom,
        @Schema(description = "Ngày hoạt động cuối cùng (đã giải thể); null nếu còn hoạt động", examples = "2026-06-30",
                nullable = true, required = true) LocalDate activeTo,
        @Schema(description = "Đơn vị hoạt động trong Tháng hành động (15/11–15/12) nên phải có kế hoạch; false: "
                + "đơn vị vẫn được tính trong mẫu số (có hoạt động trong năm) nhưng không bị cảnh báo thiếu kế hoạch",
                examples = "true", required = true) boolean planExpected) {
}
