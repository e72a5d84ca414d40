package vn.binhdang.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.binhdang.security.PersonalData;

@Schema(description = "Một lần thay đổi trong lịch sử bản ghi / one entry of a record's history")
public record AuditEntryView(
        @Schema(examples = "41") long id,
        AuditedType entityType,
        @Schema(examples = "1203") long entityId,
        AuditAction action,
        @PersonalData @Schema(examples = "baocao.tramyte", nullable = true, description = "Không gửi ra ngoài xã (dữ liệu cá nhân) / withheld outside the commune (personal data)") String changedBy,
        @Schema(examples = "2026-11-20T09:15:00+07:00") OffsetDateTime changedAt,
        List<FieldChange> changes,
        @Schema(description = "Lý do xóa (chỉ với DELETED: bản ghi bị rút lại, `changes` giữ trạng thái cuối cùng)",
                examples = "Nhập trùng buổi ngày 10/03", nullable = true) String reason) {

    static AuditEntryView of(AuditEvent event) {
        return new AuditEntryView(event.id, event.entityType, event.entityId, event.action, event.changedBy,
                event.changedAt, event.changes, event.reason);
    }
}
