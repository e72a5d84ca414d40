package vn.binhdang.conventions;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Hương ước, quy ước của bản và kết quả rà soát mới nhất / a village convention (target 5)")
public record ConventionView(
        @Schema(examples = "11") long id,
        @Schema(examples = "5") long villageId,
        @Schema(examples = "03390-01") String villageCode,
        @Schema(examples = "Bản Nà Đon") String villageName,
        @Schema(examples = "03390") String communeCode,
        @Schema(examples = "Hương ước bản Nà Đon") String title,
        @Schema(examples = "45/QĐ-UBND", nullable = true) String decisionNumber,
        @Schema(examples = "2019-06-12", nullable = true) LocalDate decisionDate,
        ConventionStatus status,
        @Schema(description = "Lần rà soát mới nhất (ngày rà soát muộn nhất)", nullable = true)
        ConventionReviewView latestReview,
        @Schema(description = "Theo lần rà soát mới nhất") ConventionStanding standing,
        @Schema(examples = "0") long version) {

    static ConventionView of(VillageConvention c, ConventionReview latest) {
        ConventionStanding standing = latest == null ? ConventionStanding.NOT_REVIEWED
                : latest.noDiscrimination ? ConventionStanding.NO_DISCRIMINATION : ConventionStanding.DISCRIMINATION_FOUND;
        return new ConventionView(c.id, c.village.id, c.village.code, c.village.name, c.village.parent.code, c.title,
                c.decisionNumber, c.decisionDate, c.status, latest == null ? null : ConventionReviewView.of(latest),
                standing, c.version);
    }
}
