package vn.binhdang.areas;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change an import makes (or would make) to a province or commune. */
@Schema(description = "Một thay đổi của lần nhập danh mục / one change of an import")
public record AreaChangeView(
        @Schema(description = "ADDED (mới), RENAMED (đổi tên), MOVED (chuyển tỉnh), CLOSED (đóng), REOPENED (mở lại)",
                examples = "RENAMED") AreaChangeKind kind,
        @Schema(examples = "COMMUNE") AreaLevel level,
        @Schema(description = "Mã hành chính", examples = "03390") String code,
        @Schema(description = "Tên (sau lần nhập)", examples = "Xã Bình Lư") String name,
        @Schema(description = "Tên cũ (RENAMED)", examples = "Xã Bình Lư cũ", nullable = true) String previousName,
        @Schema(description = "Mã tỉnh của xã (sau lần nhập)", examples = "12", nullable = true) String provinceCode,
        @Schema(description = "Mã tỉnh cũ (MOVED)", examples = "11", nullable = true) String previousProvinceCode,
        @Schema(description = "Dòng của tệp (không có với CLOSED)", examples = "1203", nullable = true) Integer line,
        @Schema(description = "Ngày đóng (CLOSED)", examples = "2026-07-01", nullable = true) LocalDate validTo) {
}
