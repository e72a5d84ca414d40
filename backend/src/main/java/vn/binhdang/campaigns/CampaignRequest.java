package vn.binhdang.campaigns;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Tạo hoặc sửa chiến dịch / create or change a campaign")
public record CampaignRequest(
        @NotBlank(message = "{field.required}") @Pattern(regexp = "\\d{5}", message = "{commune.code.pattern}")
        @Schema(examples = "03390", required = true) String communeCode,
        @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.size.max}")
        @Schema(examples = "Tuần lễ phòng chống bạo lực học đường", required = true) String name,
        @Size(max = 300, message = "{field.size.max}") @Schema(nullable = true) String theme,
        @NotNull(message = "{field.required}") @Schema(required = true) Occasion occasion,
        @NotNull(message = "{field.required}") @Schema(examples = "2026-09-05", required = true) LocalDate startDate,
        @NotNull(message = "{field.required}") @Schema(examples = "2026-09-12", required = true) LocalDate endDate,
        @Schema(description = "Đơn vị chủ trì", nullable = true) Long leadUnitId,
        @Schema(description = "Các đơn vị tham gia") Set<@NotNull(message = "{field.required}") Long> participatingUnitIds,
        @Schema(description = "Nhóm nhiệm vụ (1–7)", examples = "[2, 6]")
        Set<@NotNull(message = "{field.required}") @Min(value = 1, message = "{task-group.range}")
                @Max(value = 7, message = "{task-group.range}") Integer> taskGroups,
        @Size(max = 4000, message = "{field.size.max}") @Schema(nullable = true) String description,
        @Schema(description = "Bắt buộc khi sửa", nullable = true) Long version) {
}
