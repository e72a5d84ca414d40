package vn.binhdang.surveys;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Một dòng của tệp không được tính, và lý do / a row of the file left out, and why")
public record RejectedRowView(
        @Schema(description = "Số dòng trong tệp (dòng tiêu đề là 1)", examples = "17") int row,
        @Schema(description = "Lý do, theo ngôn ngữ của người dùng", examples = "Nhóm đối tượng \"abc\" không có trong danh mục")
        String reason) {
}
