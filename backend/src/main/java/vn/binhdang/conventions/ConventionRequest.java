package vn.binhdang.conventions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Ghi nhận hoặc sửa hương ước, quy ước của bản / record or change a village convention")
public record ConventionRequest(
        @NotNull(message = "{field.required}") @Schema(description = "Bản của xã", examples = "5", required = true)
        Long villageId,
        @NotBlank(message = "{field.required}") @Size(max = 300, message = "{field.size.max}")
        @Schema(examples = "Hương ước bản Nà Đon", maxLength = 300, required = true) String title,
        @Size(max = 60, message = "{field.size.max}")
        @Schema(description = "Số quyết định công nhận", examples = "45/QĐ-UBND", maxLength = 60, nullable = true)
        String decisionNumber,
        @Schema(description = "Ngày quyết định công nhận", examples = "2019-06-12", nullable = true) LocalDate decisionDate,
        @NotNull(message = "{field.required}") @Schema(required = true) ConventionStatus status,
        @Schema(description = "Bắt buộc khi sửa: phiên bản đã đọc", examples = "0", nullable = true) Long version) {
}
