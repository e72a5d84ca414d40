package vn.binhdang.media;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One criterion of the gender checklist: a stable code and its wording in both languages. */
@Schema(description = "Một tiêu chí của bộ tiêu chí giới / one criterion of the gender checklist")
public record ChecklistCriterion(
        @NotBlank(message = "{field.required}") @Pattern(regexp = "[A-Z0-9_]{2,40}", message = "{reference.code.pattern}")
        @Schema(examples = "BALANCED_SOURCES", required = true) String code,
        @NotBlank(message = "{field.required}") @Size(max = 300, message = "{field.size.max}")
        @Schema(examples = "Có cả phụ nữ và nam giới là nguồn tin, người phát biểu", required = true) String textVi,
        @NotBlank(message = "{field.required}") @Size(max = 300, message = "{field.size.max}")
        @Schema(examples = "Women and men both appear as sources and speakers", required = true) String textEn) {
}
