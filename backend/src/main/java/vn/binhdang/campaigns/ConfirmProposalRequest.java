package vn.binhdang.campaigns;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Xác nhận một chiến dịch cao điểm đề xuất / confirm a proposed peak")
public record ConfirmProposalRequest(
        @NotNull(message = "{field.required}") @Min(value = 2000, message = "{year.range}")
        @Max(value = 2100, message = "{year.range}") @Schema(examples = "2027", required = true) Integer year,
        @NotNull(message = "{field.required}") @Schema(examples = "WOMENS_DAY", required = true) Occasion occasion) {
}
