package vn.binhdang.conventions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.binhdang.security.PersonalData;

@Schema(description = "Một lần rà soát hương ước, quy ước / one review of a village convention")
public record ConventionReviewView(
        @Schema(examples = "7") long id,
        @Schema(examples = "11") long conventionId,
        @Schema(examples = "2026-08-20") LocalDate reviewedOn,
        @PersonalData @Schema(examples = "Tổ rà soát của UBND xã: Phòng VH-XH, Hội LHPN, Trưởng bản", nullable = true,
                description = "Không gửi ra ngoài xã (dữ liệu cá nhân) / withheld outside the commune (personal data)") String reviewers,
        @Schema(description = "Không có điều khoản phân biệt đối xử về giới", examples = "false") boolean noDiscrimination,
        List<FlaggedClause> clauses,
        @PersonalData @Schema(examples = "dieuphoi.binhlu", nullable = true, description = "Không gửi ra ngoài xã (dữ liệu cá nhân) / withheld outside the commune (personal data)") String recordedBy,
        OffsetDateTime recordedAt) {

    static ConventionReviewView of(ConventionReview r) {
        return new ConventionReviewView(r.id, r.conventionId, r.reviewedOn, r.reviewers, r.noDiscrimination,
                r.clauses, r.createdBy, r.createdAt);
    }
}
