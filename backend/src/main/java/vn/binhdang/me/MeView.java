package vn.binhdang.me;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signed-in caller: who, with which roles, over which area. */
@Schema(description = "Người đang đăng nhập / the signed-in caller")
public record MeView(
        @Schema(examples = "dieuphoi.binhlu") String username,
        @Schema(examples = "Điều phối viên Bình Lư (demo)") String displayName,
        @Schema(description = "Vai trò: commune-admin, coordinator, unit-reporter, viewer, province, province-admin",
                examples = "[\"coordinator\"]") List<String> roles,
        @Schema(examples = "12", nullable = true) String provinceCode,
        @Schema(examples = "Tỉnh Lai Châu", nullable = true) String provinceName,
        @Schema(examples = "03390", nullable = true) String communeCode,
        @Schema(examples = "Xã Bình Lư", nullable = true) String communeName,
        @Schema(examples = "TYT", nullable = true) String unitCode,
        @Schema(description = "Đơn vị của người báo cáo", examples = "7", nullable = true) Long unitId,
        @Schema(examples = "Trạm Y tế xã Bình Lư", nullable = true) String unitName,
        @Schema(description = "Được thêm, sửa đơn vị của xã mình", examples = "true") boolean canManageUnits,
        @Schema(description = "Được thêm, sửa bản của xã mình", examples = "true") boolean canManageVillages) {
}
