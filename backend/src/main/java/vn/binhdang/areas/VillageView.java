package vn.binhdang.areas;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A village (bản) of a commune. */
@Schema(description = "Bản (thôn) thuộc xã / a village of a commune")
public record VillageView(
        @Schema(examples = "5") long id,
        @Schema(description = "Mã bản: mã xã, gạch ngang, 2–3 chữ số", examples = "03390-01") String code,
        @Schema(examples = "Bản Nà Đon") String name,
        @Schema(examples = "03390") String communeCode,
        @Schema(examples = "Xã Bình Lư") String communeName,
        @Schema(description = "Phiên bản; gửi lại khi sửa", examples = "0") long version) {

    static VillageView of(Area village) {
        return new VillageView(village.id, village.code, village.name, village.parent.code, village.parent.name,
                village.version);
    }
}
