package vn.binhdang.surveys;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kết quả của một nhóm đối tượng và giới tính / one group and sex of a round")
public record SurveyResultRequest(
        @NotNull(message = "{field.required}")
        @Schema(description = "Nhóm đối tượng (danh mục AUDIENCE_GROUP)", examples = "24", required = true) Long groupId,
        @NotNull(message = "{field.required}") @Schema(required = true) Sex sex,
        @NotNull(message = "{field.required}") @Min(value = 0, message = "{count.range}")
        @Max(value = 100000, message = "{count.range}") @Schema(description = "Số người trả lời", examples = "60",
                required = true) Integer respondents,
        @Min(value = 0, message = "{count.range}") @Max(value = 100000, message = "{count.range}")
        @Schema(description = "Số người đạt ngưỡng nhận thức (cách đo THRESHOLD)", examples = "38", nullable = true)
        Integer aware,
        @DecimalMin(value = "0", message = "{survey.score.range}")
        @Digits(integer = 6, fraction = 2, message = "{survey.score.digits}")
        @Schema(description = "Điểm trung bình (cách đo MEAN_SCORE)", examples = "6.4", nullable = true)
        BigDecimal meanScore) {
}
