package vn.binhdang.campaigns;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Chiến dịch cao điểm đề xuất cho một năm / a recurring peak proposed for a year")
public record CampaignProposal(
        @Schema(examples = "2027") int year,
        Occasion occasion,
        @Schema(examples = "Chiến dịch truyền thông nhân Ngày Quốc tế Phụ nữ 08/3/2027") String name,
        String theme,
        @Schema(examples = "2027-03-01") LocalDate startDate,
        @Schema(examples = "2027-03-08") LocalDate endDate,
        List<Integer> taskGroups,
        @Schema(description = "Đã được xác nhận thành chiến dịch", examples = "false") boolean confirmed,
        @Schema(nullable = true) Long campaignId) {
}
