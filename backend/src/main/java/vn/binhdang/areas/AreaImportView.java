package vn.binhdang.areas;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import of the official list changes (dry run) or changed (applied). */
@Schema(description = "Kết quả nhập danh mục đơn vị hành chính / the outcome of importing the official list")
public record AreaImportView(
        @Schema(description = "true: chạy thử, không ghi gì", examples = "true") boolean dryRun,
        @Schema(description = "true: các thay đổi đã được ghi (không chạy thử và có thay đổi)", examples = "false")
        boolean applied,
        @Schema(description = "Mã số lần nhập đã ghi (null khi chạy thử hoặc không có thay đổi)", examples = "3",
                nullable = true) Long importId,
        @Schema(description = "Ngày hiệu lực: valid_from của đơn vị mới, valid_to của đơn vị bị đóng",
                examples = "2026-07-01") LocalDate effectiveFrom,
        @Schema(description = "Số tỉnh trong tệp", examples = "34") int provincesInFile,
        @Schema(description = "Số xã/phường trong tệp", examples = "3321") int communesInFile,
        AreaImportCounts counts,
        @Schema(description = "Các thay đổi: tỉnh trước xã, theo mã") List<AreaChangeView> changes) {
}
