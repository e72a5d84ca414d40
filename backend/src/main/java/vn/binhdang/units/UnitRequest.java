package vn.binhdang.units;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Creates a unit, or changes one (then {@code version} is required and the commune cannot change). */
@Schema(description = "Tạo hoặc sửa đơn vị / create or change a unit")
public record UnitRequest(
        @NotBlank(message = "{field.required}")
        @Pattern(regexp = "\\d{5}", message = "{commune.code.pattern}")
        @Schema(description = "Mã xã (5 chữ số)", examples = "03390", required = true) String communeCode,

        @NotNull(message = "{field.required}")
        @Schema(required = true) UnitKind kind,

        @NotBlank(message = "{field.required}")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,19}", message = "{unit.code.pattern}")
        @Schema(description = "Mã đơn vị, duy nhất trong xã", examples = "TH-BL2", required = true, maxLength = 20)
        String code,

        @NotBlank(message = "{field.required}")
        @Size(max = 200, message = "{field.size.max}")
        @Schema(examples = "Trường Tiểu học Bình Lư số 2", required = true, maxLength = 200) String name,

        @Size(max = 120, message = "{field.size.max}")
        @Schema(examples = "Phó hiệu trưởng", maxLength = 120, nullable = true) String contactPerson,

        @Pattern(regexp = "(\\+84|0)[0-9]{9,10}", message = "{phone.pattern}")
        @Schema(examples = "0912000115", nullable = true) String phone,

        @Email(message = "{email.invalid}")
        @Size(max = 254, message = "{field.size.max}")
        @Schema(examples = "th2.binhlu@example.vn", maxLength = 254, nullable = true) String email,

        @NotNull(message = "{field.required}")
        @Schema(examples = "2026-09-01", required = true) LocalDate activeFrom,

        @Schema(description = "Ngày cuối hoạt động; để trống nếu còn hoạt động", nullable = true) LocalDate activeTo,

        @Schema(description = "Các mục tiêu (1–5) mà đơn vị chịu trách nhiệm", examples = "[1]")
        Set<@NotNull(message = "{field.required}") @Min(value = 1, message = "{target.range}")
                @Max(value = 5, message = "{target.range}") Integer> targets,

        @Schema(description = "Bắt buộc khi sửa: phiên bản đã đọc", examples = "0", nullable = true) Long version) {
}
