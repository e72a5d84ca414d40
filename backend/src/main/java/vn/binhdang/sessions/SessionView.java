package vn.binhdang.sessions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.binhdang.security.PersonalData;
import vn.binhdang.references.RefLabel;

@Schema(description = "Buổi truyền thông / a communication session")
public record SessionView(
        @Schema(examples = "1203") long id,
        @Schema(examples = "03390") String communeCode,
        @Schema(examples = "7") long unitId,
        @Schema(examples = "TYT") String unitCode,
        @Schema(examples = "Trạm Y tế xã Bình Lư") String unitName,
        @Schema(examples = "2026-11-20") LocalDate heldOn,
        @Schema(examples = "90", nullable = true) Integer durationMinutes,
        @Schema(nullable = true) Long campaignId,
        @Schema(nullable = true) String campaignName,
        @Schema(examples = "[1, 2]") List<Integer> taskGroups,
        List<RefLabel> topics,
        RefLabel format,
        @Schema(nullable = true) Long villageId,
        @Schema(examples = "Bản Nà Đon", nullable = true) String villageName,
        @Schema(nullable = true) String venue,
        List<RefLabel> languages,
        List<RefLabel> audienceGroups,
        @Schema(examples = "18") int participantsMale,
        @Schema(examples = "27") int participantsFemale,
        @Schema(examples = "45") int participantsTotal,
        @Schema(examples = "40") int ethnicMinorityParticipants,
        @Schema(nullable = true) Integer reach,
        @Schema(description = "Đồng", examples = "1500000") long costVnd,
        @Schema(nullable = true) RefLabel fundingSource,
        @PersonalData @Schema(nullable = true, description = "Không gửi ra ngoài xã (dữ liệu cá nhân) / withheld outside the commune (personal data)") String notes,
        List<AttachmentView> attachments,
        @PersonalData @Schema(description = "Người ghi nhận. Không gửi ra ngoài xã (dữ liệu cá nhân) / withheld outside the commune (personal data)", examples = "baocao.tramyte", nullable = true)
        String recordedBy,
        OffsetDateTime recordedAt,
        @PersonalData @Schema(examples = "dieuphoi.binhlu", nullable = true, description = "Không gửi ra ngoài xã (dữ liệu cá nhân) / withheld outside the commune (personal data)") String updatedBy,
        OffsetDateTime updatedAt,
        @Schema(examples = "0") long version) {
}
