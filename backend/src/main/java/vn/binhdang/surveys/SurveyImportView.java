package vn.binhdang.surveys;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Kết quả nhập tệp trả lời khảo sát / the outcome of importing a response file")
public record SurveyImportView(
        @Schema(description = "Đợt khảo sát với kết quả mới") SurveyRoundView round,
        @Schema(description = "Số dòng trả lời đã đọc (không kể dòng tiêu đề)", examples = "412") int rowsRead,
        @Schema(description = "Các dòng không được tính, kèm lý do") List<RejectedRowView> rowsRejected) {
}
