package vn.binhdang.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One offending field of a rejected request, in the caller's language. */
@Schema(description = "Một trường không hợp lệ / one invalid field")
public record FieldViolation(
        @Schema(description = "Tên trường trong yêu cầu (đường dẫn JSON)", examples = "code") String field,
        @Schema(description = "Lý do, theo ngôn ngữ của người dùng", examples = "Mã đơn vị chỉ gồm chữ in hoa, số và dấu gạch ngang") String message) {
}
