package vn.binhdang.areas;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A province, commune or village as the API shows it. */
@Schema(description = "Địa bàn: tỉnh, xã/phường hoặc bản / an area: province, commune or village")
public record AreaView(
        @Schema(examples = "2") long id,
        @Schema(description = "Mã hành chính (tỉnh 2 số, xã 5 số)", examples = "03390") String code,
        @Schema(examples = "Xã Bình Lư") String name,
        @Schema(examples = "COMMUNE") AreaLevel level,
        @Schema(description = "Mã của địa bàn cấp trên", examples = "12", nullable = true) String parentCode,
        @Schema(description = "Ngày đơn vị giải thể / sáp nhập (đã đóng, hồ sơ vẫn giữ); null khi còn hiệu lực",
                examples = "2026-07-01", nullable = true) LocalDate validTo,
        @Schema(description = "Phiên bản để chống ghi đè", examples = "0") long version) {

    static AreaView of(Area area) {
        return new AreaView(area.id, area.code, area.name, area.level, area.parentCode(), area.validTo,
                area.version);
    }
}
