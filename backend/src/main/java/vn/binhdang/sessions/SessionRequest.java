package vn.binhdang.sessions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Records a session, or changes one (then {@code version} is required). */
@Schema(description = "Ghi nhận hoặc sửa buổi truyền thông / record or change a session")
public record SessionRequest(
        @NotNull(message = "{field.required}") @Schema(examples = "7", required = true) Long unitId,
        @NotNull(message = "{field.required}") @Schema(examples = "2026-11-20", required = true) LocalDate heldOn,
        @Min(value = 1, message = "{session.duration.range}") @Max(value = 1440, message = "{session.duration.range}")
        @Schema(description = "Thời lượng (phút)", examples = "90", nullable = true) Integer durationMinutes,
        @Schema(description = "Chiến dịch (nếu có); ngày tổ chức phải nằm trong chiến dịch", nullable = true)
        Long campaignId,
        @Schema(description = "Nhóm nhiệm vụ (1–7)", examples = "[1, 2]")
        Set<@NotNull(message = "{field.required}") @Min(value = 1, message = "{task-group.range}")
                @Max(value = 7, message = "{task-group.range}") Integer> taskGroups,
        @NotEmpty(message = "{session.topics.required}") @Schema(description = "Chủ đề (ít nhất một)", required = true)
        Set<@NotNull(message = "{field.required}") Long> topicIds,
        @NotNull(message = "{field.required}") @Schema(description = "Hình thức", required = true) Long formatId,
        @Schema(description = "Bản nơi tổ chức", nullable = true) Long villageId,
        @Size(max = 200, message = "{field.size.max}") @Schema(description = "Địa điểm", examples = "Nhà văn hóa bản Nà Đon",
                nullable = true) String venue,
        @Schema(description = "Ngôn ngữ sử dụng") Set<@NotNull(message = "{field.required}") Long> languageIds,
        @Schema(description = "Nhóm đối tượng") Set<@NotNull(message = "{field.required}") Long> audienceGroupIds,
        @NotNull(message = "{field.required}") @Min(value = 0, message = "{count.range}")
        @Max(value = 100000, message = "{count.range}") @Schema(examples = "18", required = true) Integer participantsMale,
        @NotNull(message = "{field.required}") @Min(value = 0, message = "{count.range}")
        @Max(value = 100000, message = "{count.range}") @Schema(examples = "27", required = true) Integer participantsFemale,
        @NotNull(message = "{field.required}") @Min(value = 0, message = "{count.range}")
        @Max(value = 100000, message = "{count.range}")
        @Schema(description = "Số người dân tộc thiểu số", examples = "40", required = true) Integer ethnicMinorityParticipants,
        @Min(value = 0, message = "{count.range}") @Max(value = 10000000, message = "{reach.range}")
        @Schema(description = "Lượt nghe, xem (phát thanh, đăng tin)", nullable = true) Integer reach,
        @NotNull(message = "{field.required}") @Min(value = 0, message = "{cost.range}")
        @Max(value = 100000000000L, message = "{cost.range}")
        @Schema(description = "Kinh phí (đồng, số nguyên)", examples = "1500000", required = true) Long costVnd,
        @Schema(description = "Nguồn kinh phí", nullable = true) Long fundingSourceId,
        @Size(max = 4000, message = "{field.size.max}") @Schema(nullable = true) String notes,
        @Schema(description = "Bắt buộc khi sửa", nullable = true) Long version) {
}
