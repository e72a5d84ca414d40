package vn.binhdang.plans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** New yearly values of one target (and, for target 3, how change is counted). */
@Schema(description = "Sửa chỉ tiêu từng năm của một mục tiêu / change a target's yearly values")
public record TargetValuesRequest(
        @NotEmpty(message = "{field.required}") List<@Valid @NotNull(message = "{field.required}") YearValue> yearlyTargets,
        @Pattern(regexp = "POINTS|RELATIVE", message = "{change-mode.pattern}")
        @Schema(description = "Chỉ mục tiêu 3", nullable = true, examples = "POINTS") String changeMode,
        @NotNull(message = "{field.required}") @Schema(description = "Phiên bản kế hoạch đã đọc", required = true)
        Long version) {

    @Schema(description = "Chỉ tiêu của một năm")
    public record YearValue(
            @NotNull(message = "{field.required}") @Min(value = 2000, message = "{year.range}")
            @Max(value = 2100, message = "{year.range}") @Schema(examples = "2027", required = true) Integer year,
            @NotNull(message = "{field.required}") @Schema(examples = "40", required = true) BigDecimal value) {
    }
}
