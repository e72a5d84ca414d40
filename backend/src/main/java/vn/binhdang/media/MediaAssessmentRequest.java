package vn.binhdang.media;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An assessment of a product against one version of the checklist: every criterion answered, made on the product's
 * version the assessor read (a newer assessment or edit in between is a 409, never silently replaced).
 */
@Schema(description = "Đánh giá sản phẩm theo bộ tiêu chí giới / assess a product against the checklist")
public record MediaAssessmentRequest(
        @NotNull(message = "{field.required}") @Schema(description = "Phiên bản bộ tiêu chí", examples = "1",
                required = true) Integer checklistVersion,
        @NotNull(message = "{field.required}")
        @Schema(description = "Mã tiêu chí → đạt hay không; phải trả lời mọi tiêu chí của phiên bản", required = true,
                examples = "{\"BALANCED_SOURCES\": true, \"NO_STEREOTYPES\": true, \"NEUTRAL_LANGUAGE\": true, "
                        + "\"WOMEN_LEADERSHIP\": false, \"GBV_ETHICS\": true}")
        Map<String, Boolean> answers,
        @NotNull(message = "{field.required}")
        @Schema(description = "Phiên bản sản phẩm đã đọc: đánh giá lại một sản phẩm vừa được người khác đánh giá hoặc sửa "
                + "trả về 409", examples = "0", required = true) Long version) {
}
