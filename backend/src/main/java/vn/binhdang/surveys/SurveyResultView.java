package vn.binhdang.surveys;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kết quả của một nhóm đối tượng và giới tính / one group and sex of a round")
public record SurveyResultView(
        @Schema(examples = "24") long groupId,
        @Schema(examples = "YOUTH") String groupCode,
        @Schema(examples = "Thanh niên") String groupLabelVi,
        @Schema(examples = "Youth") String groupLabelEn,
        Sex sex,
        @Schema(examples = "60") int respondents,
        @Schema(examples = "38", nullable = true) Integer aware,
        @Schema(examples = "6.4", nullable = true) BigDecimal meanScore) {
}
