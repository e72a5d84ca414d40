package vn.binhdang.surveys;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Creates a survey round or changes one (then {@code version} is required; the commune stays). */
@Schema(description = "Tạo hoặc sửa đợt khảo sát nhận thức / create or change an awareness survey round")
public record SurveyRoundRequest(
        @NotBlank(message = "{field.required}") @Pattern(regexp = "\\d{5}", message = "{commune.code.pattern}")
        @Schema(examples = "03390", required = true) String communeCode,
        @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.size.max}")
        @Schema(examples = "Khảo sát nhận thức về bình đẳng giới năm 2026", maxLength = 200, required = true)
        String name,
        @NotNull(message = "{field.required}")
        @Schema(description = "Ngày khảo sát; năm của đợt là năm của ngày này", examples = "2026-10-20", required = true)
        LocalDate conductedOn,
        @NotBlank(message = "{field.required}") @Size(max = 300, message = "{field.size.max}")
        @Schema(examples = "Phiếu hỏi 10 câu đúng/sai, phỏng vấn trực tiếp bằng KoboToolbox", maxLength = 300,
                required = true) String method,
        @NotNull(message = "{field.required}")
        @Schema(description = "Đợt khảo sát nền (năm 2025); mỗi xã một đợt", examples = "false", required = true)
        Boolean baseline,
        @NotNull(message = "{field.required}") @Schema(required = true) SurveyMeasure measure,
        @DecimalMin(value = "0", inclusive = false, message = "{survey.threshold.positive}")
        @Digits(integer = 6, fraction = 2, message = "{survey.score.digits}")
        @Schema(description = "Ngưỡng điểm được coi là có nhận thức (bắt buộc với THRESHOLD)", examples = "7",
                nullable = true) BigDecimal threshold,
        @DecimalMin(value = "0", inclusive = false, message = "{survey.scale.positive}")
        @Digits(integer = 6, fraction = 2, message = "{survey.score.digits}")
        @Schema(description = "Điểm tối đa của thang (bắt buộc với MEAN_SCORE)", examples = "10", nullable = true)
        BigDecimal scaleMax,
        @Schema(description = "Kết quả nhập tay theo nhóm và giới tính; bỏ trống nếu sẽ nhập tệp")
        List<@NotNull(message = "{field.required}") @Valid SurveyResultRequest> results,
        @Schema(description = "Bắt buộc khi sửa: phiên bản đã đọc", examples = "0", nullable = true) Long version) {
}
