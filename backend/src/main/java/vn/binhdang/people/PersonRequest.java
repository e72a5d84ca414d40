package vn.binhdang.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person to invite: their sign-in name, name, optional e-mail, one role and its scope. The scope names
 * exactly what the token will carry ({@code province_code}, {@code commune_code}, {@code unit_code}); which
 * role and scope the caller may grant is decided by {@link PeoplePolicy}.
 */
@Schema(name = "PersonRequest")
public record PersonRequest(
        @NotBlank(message = "{field.required}")
        @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,59}$", message = "{person.username.pattern}")
        @Schema(description = "Tên đăng nhập: chữ thường không dấu, số, dấu chấm, gạch (3–60 ký tự)", examples = "baocao.tyt2")
        String username,
        @NotBlank(message = "{field.required}") @Size(max = 100, message = "{field.size.max}")
        @Schema(description = "Tên (first name)", examples = "Lan") String firstName,
        @NotBlank(message = "{field.required}") @Size(max = 100, message = "{field.size.max}")
        @Schema(description = "Họ và tên đệm (last name)", examples = "Nguyễn Thị") String lastName,
        @Email(message = "{email.invalid}") @Size(max = 255, message = "{field.size.max}")
        @Schema(description = "Thư điện tử (không bắt buộc)", examples = "lan@example.org") String email,
        @NotBlank(message = "{field.required}")
        @Schema(description = "Vai trò được giao", examples = "unit-reporter") String role,
        @Pattern(regexp = "^[0-9]{2}$", message = "{person.province.pattern}")
        @Schema(description = "Mã tỉnh (cho vai trò cấp tỉnh)", examples = "12") String provinceCode,
        @Pattern(regexp = "^[0-9]{5}$", message = "{person.commune.pattern}")
        @Schema(description = "Mã xã (cho vai trò cấp xã)", examples = "03390") String communeCode,
        @Pattern(regexp = "^[A-Z0-9][A-Z0-9-]{1,19}$", message = "{person.unit.pattern}")
        @Schema(description = "Mã đơn vị (chỉ cho Báo cáo đơn vị)", examples = "TYT") String unitCode) {
}
