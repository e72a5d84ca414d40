package vn.binhdang.areas;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Creates a village, or changes one (then {@code version} is required). */
@Schema(description = "Tạo hoặc sửa bản / create or change a village")
public record VillageRequest(
        @NotBlank(message = "{field.required}")
        @Pattern(regexp = "\\d{5}", message = "{commune.code.pattern}")
        @Schema(examples = "03390", required = true) String communeCode,

        @NotBlank(message = "{field.required}")
        @Pattern(regexp = "\\d{5}-\\d{2,3}", message = "{village.code.pattern}")
        @Schema(description = "Mã xã, gạch ngang, 2–3 chữ số", examples = "03390-09", required = true) String code,

        @NotBlank(message = "{field.required}")
        @Size(max = 200, message = "{field.size.max}")
        @Schema(examples = "Bản Nà Khum", required = true, maxLength = 200) String name,

        @Schema(description = "Bắt buộc khi sửa: phiên bản đã đọc", examples = "0", nullable = true) Long version) {
}
