package vn.binhdang.actionplans;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signed plan document attached to an Action-Month plan. */
@Schema(description = "Tệp văn bản kế hoạch đã ký / the signed plan document")
public record PlanAttachmentView(
        @Schema(examples = "ke-hoach-thang-hanh-dong-2026.pdf") String fileName,
        @Schema(examples = "application/pdf") String contentType,
        @Schema(examples = "184320") int sizeBytes,
        @Schema(description = "SHA-256 của nội dung (hex)") String sha256) {
}
