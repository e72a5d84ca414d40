package vn.binhdang.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Đợt khảo sát nhận thức về bình đẳng giới / an awareness survey round (target 3)")
public record SurveyRoundView(
        @Schema(examples = "3") long id,
        @Schema(examples = "03390") String communeCode,
        @Schema(examples = "Khảo sát nhận thức về bình đẳng giới năm 2026") String name,
        @Schema(examples = "2026-10-20") LocalDate conductedOn,
        @Schema(examples = "2026") int year,
        @Schema(examples = "Phiếu hỏi 10 câu đúng/sai, phỏng vấn trực tiếp") String method,
        @Schema(description = "Đợt khảo sát nền", examples = "false") boolean baseline,
        SurveyMeasure measure,
        @Schema(examples = "7", nullable = true) BigDecimal threshold,
        @Schema(examples = "10", nullable = true) BigDecimal scaleMax,
        @Schema(description = "Theo nhóm đối tượng, rồi giới tính") List<SurveyResultView> results,
        @Schema(examples = "0") long version) {
}
