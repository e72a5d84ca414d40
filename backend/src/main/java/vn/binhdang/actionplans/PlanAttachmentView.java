package vn.binhdang.actionplans;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.binhdang.common.EvidenceType;

/** The signed plan document attached to an Action-Month plan. */
@Schema(description = "Tệp văn bản kế hoạch đã ký / the signed plan document")
public record PlanAttachmentView(
        @Schema(examples = "ke-hoach-thang-hanh-dong-2026.pdf") String fileName,
        @Schema(description = "Loại tệp, nhận ra từ nội dung / media type, recognised from the content",
                enumeration = {EvidenceType.MediaTypes.PDF, EvidenceType.MediaTypes.JPEG, EvidenceType.MediaTypes.PNG,
                    EvidenceType.MediaTypes.WEBP}, examples = "application/pdf") String contentType,
        @Schema(examples = "184320") int sizeBytes,
        @Schema(description = "SHA-256 của nội dung (hex)") String sha256) {
}
