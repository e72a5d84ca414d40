package vn.binhdang.plans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A commune's plan created from the programme template by the province's programme administrator: the
 * commune's own document (number, date, signer) and, optionally, yearly values that differ from the
 * template's, each within the plan's bounds.
 */
@Schema(description = "Tạo kế hoạch của một xã từ Kế hoạch mẫu của Chương trình (kích hoạt xã) / create a commune's "
        + "plan from the programme template, which enables the commune")
public record PlanCreateRequest(
        @NotNull(message = "{field.required}") @Pattern(regexp = "\\d{5}", message = "{commune.code.pattern}")
        @Schema(examples = "03549", required = true) String communeCode,
        @NotBlank(message = "{field.required}") @Size(max = 40, message = "{field.size.max}")
        @Schema(description = "Số văn bản của xã", examples = "45/KH-UBND", required = true) String documentNumber,
        @NotNull(message = "{field.required}")
        @Schema(description = "Ngày ban hành (không sau hôm nay)", examples = "2026-04-20", required = true)
        LocalDate issuedOn,
        @NotBlank(message = "{field.required}") @Size(max = 120, message = "{field.size.max}")
        @Schema(examples = "Lò Văn Minh", required = true) String signerName,
        @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.size.max}")
        @Schema(examples = "TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch", required = true) String signerTitle,
        @NotBlank(message = "{field.required}") @Size(max = 1000, message = "{field.size.max}")
        @Schema(description = "Kế hoạch của tỉnh mà kế hoạch này thực hiện",
                examples = "Kế hoạch số 2560/KH-UBND ngày 09/4/2026 của Ủy ban nhân dân tỉnh Lai Châu", required = true)
        String implementsPlan,
        @Schema(description = "Chỉ tiêu từng năm khác với Kế hoạch mẫu (bỏ trống: giữ của mẫu)", nullable = true)
        List<@Valid @NotNull(message = "{field.required}") TargetValues> targets) {

    @Schema(description = "Chỉ tiêu từng năm của một mục tiêu")
    public record TargetValues(
            @NotNull(message = "{field.required}") @jakarta.validation.constraints.Min(value = 1, message = "{target.range}")
            @jakarta.validation.constraints.Max(value = 5, message = "{target.range}")
            @Schema(examples = "3", required = true) Integer number,
            @NotNull(message = "{field.required}")
            List<TargetValuesRequest.@Valid @NotNull(message = "{field.required}") YearValue> yearlyTargets) {
    }
}
