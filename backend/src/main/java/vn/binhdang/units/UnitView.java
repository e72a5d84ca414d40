package vn.binhdang.units;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.binhdang.security.PersonalData;

/** A unit as the API shows it. */
@Schema(description = "Cơ quan, đơn vị, tổ chức, doanh nghiệp / a unit of the commune")
public record UnitView(
        @Schema(examples = "7") long id,
        @Schema(examples = "03390") String communeCode,
        @Schema(examples = "Xã Bình Lư") String communeName,
        UnitKind kind,
        @Schema(examples = "TYT") String code,
        @Schema(examples = "Trạm Y tế xã Bình Lư") String name,
        @PersonalData @Schema(examples = "Trạm trưởng", nullable = true, description = "Không gửi ra ngoài xã (dữ liệu cá nhân) / withheld outside the commune (personal data)") String contactPerson,
        @PersonalData @Schema(examples = "0912000107", nullable = true, description = "Không gửi ra ngoài xã (dữ liệu cá nhân) / withheld outside the commune (personal data)") String phone,
        @PersonalData @Schema(examples = "tramyte.binhlu@example.vn", nullable = true, description = "Không gửi ra ngoài xã (dữ liệu cá nhân) / withheld outside the commune (personal data)")
        String email,
        @Schema(examples = "2026-01-01") LocalDate activeFrom,
        @Schema(examples = "2030-12-31", nullable = true) LocalDate activeTo,
        @Schema(description = "Đang hoạt động hôm nay (giờ Việt Nam)", examples = "true") boolean active,
        @Schema(description = "Các mục tiêu (1–5) của Kế hoạch mà đơn vị chịu trách nhiệm", examples = "[1]")
        List<Integer> targets,
        @Schema(description = "Phiên bản; gửi lại khi sửa", examples = "0") long version) {

    static UnitView of(Unit unit, java.time.LocalDate today) {
        return new UnitView(unit.id, unit.commune.code, unit.commune.name, unit.kind, unit.code, unit.name,
                unit.contactPerson, unit.phone, unit.email, unit.activeFrom, unit.activeTo,
                unit.activeOn(today), Arrays.stream(unit.targets).sorted().toList(), unit.version);
    }
}
