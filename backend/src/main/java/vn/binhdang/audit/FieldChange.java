package vn.binhdang.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A field's value before and after a change (null when it had none). */
@Schema(description = "Một trường đã thay đổi / one changed field")
public record FieldChange(
        @Schema(examples = "participantsFemale") String field,
        @Schema(description = "Giá trị trước (null nếu chưa có)", examples = "12", nullable = true) Object before,
        @Schema(description = "Giá trị sau (null nếu bị xóa)", examples = "15", nullable = true) Object after) {
}
