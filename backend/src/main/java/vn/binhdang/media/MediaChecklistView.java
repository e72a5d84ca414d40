package vn.binhdang.media;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Một phiên bản bộ tiêu chí giới trong truyền thông / a version of the gender checklist")
public record MediaChecklistView(
        @Schema(examples = "1") long id,
        @Schema(description = "Số phiên bản", examples = "1") int version,
        @Schema(examples = "Bộ tiêu chí giới cho sản phẩm truyền thông cấp xã (phiên bản 1)") String title,
        @Schema(description = "Số tiêu chí tối thiểu phải đạt", examples = "4") int threshold,
        List<ChecklistCriterion> criteria,
        @Schema(examples = "dieuphoi.binhlu") String createdBy,
        OffsetDateTime createdAt) {

    static MediaChecklistView of(MediaChecklist c) {
        return new MediaChecklistView(c.id, c.number, c.title, c.threshold, c.criteria, c.createdBy, c.createdAt);
    }
}
