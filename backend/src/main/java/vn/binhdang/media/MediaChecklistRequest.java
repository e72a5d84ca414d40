package vn.binhdang.media;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The next version of the checklist: its title, criteria and how many must be met to pass. */
@Schema(description = "Phiên bản mới của bộ tiêu chí giới / the next version of the gender checklist")
public record MediaChecklistRequest(
        @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.size.max}")
        @Schema(examples = "Bộ tiêu chí giới cho sản phẩm truyền thông cấp xã (phiên bản 2)", maxLength = 200,
                required = true) String title,
        @NotNull(message = "{field.required}") @Min(value = 1, message = "{checklist.threshold.min}")
        @Schema(description = "Số tiêu chí tối thiểu phải đạt", examples = "4", required = true) Integer threshold,
        @NotEmpty(message = "{checklist.criteria.required}") @Size(max = 30, message = "{checklist.criteria.size}")
        @Schema(required = true) List<@NotNull(message = "{field.required}") @Valid ChecklistCriterion> criteria) {
}
