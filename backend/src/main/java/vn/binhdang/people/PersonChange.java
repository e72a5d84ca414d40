package vn.binhdang.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new role and scope for a person (the same rules as an invitation: {@link PeoplePolicy}). */
@Schema(name = "PersonChange")
public record PersonChange(
        @NotBlank(message = "{field.required}")
        @Schema(description = "Vai trò mới", examples = "viewer") String role,
        @Pattern(regexp = "^[0-9]{2}$", message = "{person.province.pattern}")
        @Schema(description = "Mã tỉnh", examples = "12") String provinceCode,
        @Pattern(regexp = "^[0-9]{5}$", message = "{person.commune.pattern}")
        @Schema(description = "Mã xã", examples = "03390") String communeCode,
        @Pattern(regexp = "^[A-Z0-9][A-Z0-9-]{1,19}$", message = "{person.unit.pattern}")
        @Schema(description = "Mã đơn vị (chỉ cho Báo cáo đơn vị)", examples = "TYT") String unitCode) {

    PersonRequest asScope() {
        return new PersonRequest(null, null, null, null, role, provinceCode, communeCode, unitCode);
    }
}
