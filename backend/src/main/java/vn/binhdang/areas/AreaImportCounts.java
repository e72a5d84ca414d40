package vn.binhdang.areas;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many changes of each kind an import makes. */
@Schema(description = "Số thay đổi theo loại / changes by kind")
public record AreaImportCounts(
        @Schema(description = "Tỉnh mới", examples = "0") int provincesAdded,
        @Schema(description = "Xã/phường mới", examples = "2") int communesAdded,
        @Schema(description = "Đổi tên (tỉnh và xã)", examples = "1") int renamed,
        @Schema(description = "Xã chuyển sang tỉnh khác", examples = "0") int moved,
        @Schema(description = "Đóng (giải thể / sáp nhập; tỉnh và xã)", examples = "3") int closed,
        @Schema(description = "Mở lại (tỉnh và xã)", examples = "0") int reopened,
        @Schema(description = "Tổng số thay đổi", examples = "6") int total) {

    static AreaImportCounts of(List<AreaChangeView> changes) {
        int provincesAdded = 0;
        int communesAdded = 0;
        int renamed = 0;
        int moved = 0;
        int closed = 0;
        int reopened = 0;
        for (AreaChangeView change : changes) {
            switch (change.kind()) {
                case ADDED -> {
                    if (change.level() == AreaLevel.PROVINCE) {
                        provincesAdded++;
                    } else {
                        communesAdded++;
                    }
                }
                case RENAMED -> renamed++;
                case MOVED -> moved++;
                case CLOSED -> closed++;
                case REOPENED -> reopened++;
            }
        }
        return new AreaImportCounts(provincesAdded, communesAdded, renamed, moved, closed, reopened, changes.size());
    }
}
