package vn.binhdang.conventions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A provision a review found discriminatory, what kind, and what the reviewers recommend. */
@Schema(description = "Điều khoản có phân biệt đối xử về giới / a provision found discriminatory")
public record FlaggedClause(
        @NotBlank(message = "{field.required}") @Size(max = 2000, message = "{field.size.max}")
        @Schema(description = "Nội dung điều khoản", examples = "Điều 12: Đất vườn của gia đình chỉ chia cho con trai.",
                required = true) String text,
        @NotNull(message = "{field.required}") @Schema(required = true) ClauseCategory category,
        @NotBlank(message = "{field.required}") @Size(max = 2000, message = "{field.size.max}")
        @Schema(description = "Kiến nghị", examples = "Sửa thành: con trai, con gái được chia như nhau.", required = true)
        String recommendation,
        @Size(max = 2000, message = "{field.size.max}")
        @Schema(description = "Kết quả theo dõi, xử lý", nullable = true, required = true) String followUp) {
}
