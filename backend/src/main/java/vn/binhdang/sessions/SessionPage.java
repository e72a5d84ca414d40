package vn.binhdang.sessions;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of sessions, with the totals of the whole filtered set. */
@Schema(description = "Một trang buổi truyền thông kèm tổng của cả bộ lọc / a page of sessions with totals")
public record SessionPage(
        List<SessionView> items,
        @Schema(examples = "0") int page,
        @Schema(examples = "20") int size,
        @Schema(examples = "126") long totalItems,
        @Schema(examples = "7") int totalPages,
        SessionTotals totals) {
}
