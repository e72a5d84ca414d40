package vn.binhdang.sessions;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.binhdang.common.EvidenceType;
import vn.binhdang.security.PersonalData;

@Schema(description = "Tệp minh chứng của buổi truyền thông / evidence attached to a session")
public record AttachmentView(
        @Schema(examples = "9") long id,
        @Schema(examples = "bien-ban-hop-ban.pdf") String fileName,
        @Schema(description = "Loại tệp, nhận ra từ nội dung / media type, recognised from the content",
                enumeration = {EvidenceType.MediaTypes.PDF, EvidenceType.MediaTypes.JPEG, EvidenceType.MediaTypes.PNG,
                    EvidenceType.MediaTypes.WEBP}, examples = "application/pdf") String contentType,
        @Schema(examples = "184320") int sizeBytes,
        @Schema(description = "SHA-256 của nội dung (hex)") String sha256,
        @PersonalData @Schema(examples = "baocao.tramyte", nullable = true, description = "Không gửi ra ngoài xã (dữ liệu cá nhân) / withheld outside the commune (personal data)") String uploadedBy,
        OffsetDateTime uploadedAt) {

    static AttachmentView of(SessionAttachment a) {
        return new AttachmentView(a.id, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedBy, a.uploadedAt);
    }
}
