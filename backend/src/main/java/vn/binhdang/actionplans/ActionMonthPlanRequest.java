package vn.binhdang.actionplans;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Records a unit's Action-Month plan, or changes it (then {@code version} is required; unit and year stay). */
@Schema(description = "Ghi nhận hoặc sửa kế hoạch Tháng hành động của đơn vị / record or change a unit's Action-Month plan")
public record ActionMonthPlanRequest(
        @NotNull(message = "{field.required}") @Schema(examples = "7", required = true) Long unitId,
        @NotNull(message = "{field.required}") @Min(value = 2000, message = "{year.range}")
        @Max(value = 2100, message = "{year.range}") @Schema(examples = "2026", required = true) Integer year,
        @Size(max = 40, message = "{field.size.max}")
        @Schema(description = "Số văn bản", examples = "25/KH-TYT", maxLength = 40, nullable = true) String documentNumber,
        @NotNull(message = "{field.required}")
        @Schema(description = "Ngày ký văn bản", examples = "2026-10-28", required = true) LocalDate documentDate,
        @NotBlank(message = "{field.required}") @Size(max = 4000, message = "{field.size.max}")
        @Schema(description = "Tóm tắt các hoạt động dự kiến", maxLength = 4000, required = true,
                examples = "Treo băng rôn, phát thanh song ngữ Việt – Thái, họp bản tại 3 bản, tư vấn tại Trạm.")
        String summary,
        @Schema(description = "Ngày kế hoạch đến xã (mặc định hôm nay; không sau hôm nay, không trước ngày ký "
                + "văn bản) / the day the plan reached the commune (default today)", examples = "2026-11-10",
                nullable = true) LocalDate receivedOn,
        @Schema(description = "Bắt buộc khi sửa: phiên bản đã đọc", examples = "0", nullable = true) Long version) {
}
