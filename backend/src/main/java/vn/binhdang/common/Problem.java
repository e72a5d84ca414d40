package vn.binhdang.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details: every error of the API has this body, as application/problem+json. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Chi tiết lỗi theo RFC 9457 / RFC 9457 problem details")
public record Problem(
        @Schema(description = "Loại lỗi, ổn định để máy đọc", examples = "urn:binhdang:problem:validation") String type,
        @Schema(description = "Tóm tắt lỗi, theo ngôn ngữ của người dùng", examples = "Dữ liệu không hợp lệ") String title,
        @Schema(examples = "400") int status,
        @Schema(description = "Giải thích cụ thể", examples = "Có 1 trường không hợp lệ.") String detail,
        @Schema(description = "Đường dẫn của yêu cầu gây lỗi", examples = "/api/v1/units") String instance,
        @Schema(description = "Các trường không hợp lệ (nếu có)") List<FieldViolation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
