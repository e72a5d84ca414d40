package vn.binhdang.people;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person as their managers see them. Names and e-mail are personal data: only the people who manage this
 * person ({@link PeoplePolicy#manages}) ever get this view.
 */
@Schema(name = "PersonView")
public record PersonView(
        @Schema(description = "Mã người dùng (Keycloak)") String id,
        @Schema(examples = "baocao.tramyte") String username,
        String firstName,
        String lastName,
        String email,
        @Schema(description = "Vai trò của sản phẩm (một)", examples = "unit-reporter") String role,
        String provinceCode,
        String communeCode,
        String unitCode,
        @Schema(description = "Còn được đăng nhập") boolean enabled,
        @Schema(description = "Phải đổi mật khẩu ở lần đăng nhập tới") boolean mustChangePassword) {
}
