package vn.binhdang.conventions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A review of a convention for gender discrimination: no discrimination, or the provisions found. */
@Schema(description = "Kết quả rà soát hương ước, quy ước về bình đẳng giới / a review for gender discrimination")
public record ConventionReviewRequest(
        @NotNull(message = "{field.required}") @Schema(description = "Ngày rà soát (không sau hôm nay)",
                examples = "2026-08-20", required = true) LocalDate reviewedOn,
        @NotBlank(message = "{field.required}") @Size(max = 1000, message = "{field.size.max}")
        @Schema(description = "Người, tổ rà soát", examples = "Tổ rà soát của UBND xã: Phòng VH-XH, Hội LHPN, Trưởng bản",
                required = true) String reviewers,
        @NotNull(message = "{field.required}")
        @Schema(description = "Không có điều khoản phân biệt đối xử về giới", examples = "false", required = true)
        Boolean noDiscrimination,
        @Size(max = 50, message = "{review.clauses.size}")
        @Schema(description = "Các điều khoản có phân biệt đối xử (để trống nếu không có)")
        List<@NotNull(message = "{field.required}") @Valid FlaggedClause> clauses) {
}
