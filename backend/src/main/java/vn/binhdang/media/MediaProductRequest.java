package vn.binhdang.media;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Ghi nhận hoặc sửa sản phẩm truyền thông / record or change a media product")
public record MediaProductRequest(
        @NotNull(message = "{field.required}") @Schema(examples = "3", required = true) Long unitId,
        @NotNull(message = "{field.required}") @Schema(required = true) MediaKind kind,
        @NotBlank(message = "{field.required}") @Size(max = 300, message = "{field.size.max}")
        @Schema(examples = "Phụ nữ bản Nà Đon làm chủ vườn chè", maxLength = 300, required = true) String title,
        @NotNull(message = "{field.required}") @Schema(description = "Ngày phát hành, đăng tải", examples = "2026-03-06",
                required = true) LocalDate publishedOn,
        @Schema(description = "Bắt buộc khi sửa: phiên bản đã đọc", examples = "0", nullable = true) Long version) {
}
