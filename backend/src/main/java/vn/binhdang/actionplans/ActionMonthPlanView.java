package vn.binhdang.actionplans;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.binhdang.security.PersonalData;

@Schema(description = "Kế hoạch Tháng hành động của một đơn vị / a unit's Action-Month plan (target 2)")
public record ActionMonthPlanView(
        @Schema(examples = "12") long id,
        @Schema(examples = "7") long unitId,
        @Schema(examples = "TYT") String unitCode,
        @Schema(examples = "Trạm Y tế xã Bình Lư") String unitName,
        @Schema(examples = "03390") String communeCode,
        @Schema(examples = "2026") int year,
        @Schema(examples = "25/KH-TYT", nullable = true) String documentNumber,
        @Schema(examples = "2026-10-28") LocalDate documentDate,
        @PersonalData @Schema(nullable = true, description = "Không gửi ra ngoài xã (dữ liệu cá nhân) / withheld outside the commune (personal data)") String summary,
        @Schema(description = "Ngày ghi nhận vào hệ thống (giờ Việt Nam)", examples = "2026-11-20") LocalDate filedOn,
        @Schema(description = "Ngày kế hoạch đến xã (cán bộ nhập khi ghi kế hoạch nhận bằng giấy)", examples = "2026-11-02")
        LocalDate receivedOn,
        @Schema(description = "Đến xã trước hạn của năm (ProgrammeRules.actionMonthPlanDeadline, 15/11), tính theo receivedOn", examples = "true") boolean onTime,
        @Schema(nullable = true) PlanAttachmentView attachment,
        @Schema(examples = "0") long version) {

    static ActionMonthPlanView of(ActionMonthPlan p, boolean onTime) {
        PlanAttachmentView attachment = p.attachmentName == null ? null
                : new PlanAttachmentView(p.attachmentName, p.attachmentType,
                        p.attachmentSize == null ? 0 : p.attachmentSize, p.attachmentSha256);
        return new ActionMonthPlanView(p.id, p.unit.id, p.unit.code, p.unit.name, p.unit.commune.code, p.year,
                p.documentNumber, p.documentDate, p.summary, p.filedOn, p.receivedOn, onTime, attachment, p.version);
    }
}
