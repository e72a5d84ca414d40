package vn.binhdang.references;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Thêm hoặc sửa mục danh mục của xã / create or change a commune's list entry")
public record ReferenceItemRequest(
        @NotNull(message = "{field.required}") @Schema(required = true) ReferenceKind kind,
        @NotBlank(message = "{field.required}")
        @Pattern(regexp = "[A-Z0-9_]{2,40}", message = "{reference.code.pattern}")
        @Schema(examples = "RADIO_THAI", required = true) String code,
        @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.size.max}")
        @Schema(examples = "Phát thanh tiếng Thái", required = true) String labelVi,
        @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.size.max}")
        @Schema(examples = "Broadcast in Thái", required = true) String labelEn,
        @Schema(description = "Chủ đề tính cho Mục tiêu 1") Boolean lawPolicy,
        @Schema(description = "Hình thức cần số lượt tiếp cận") Boolean needsReach,
        @Schema(examples = "true") Boolean active,
        @Min(value = 0, message = "{sort-order.range}") @Max(value = 10000, message = "{sort-order.range}")
        @Schema(examples = "200") Integer sortOrder,
        @Schema(description = "Bắt buộc khi sửa", nullable = true) Long version) {
}
