package vn.binhdang.media;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.binhdang.security.PersonalData;

@Schema(description = "Sản phẩm truyền thông và kết quả đánh giá theo bộ tiêu chí giới / a media product (target 4)")
public record MediaProductView(
        @Schema(examples = "40") long id,
        @Schema(examples = "3") long unitId,
        @Schema(examples = "TTDVTH") String unitCode,
        @Schema(examples = "Trung tâm Dịch vụ tổng hợp") String unitName,
        @Schema(examples = "03390") String communeCode,
        MediaKind kind,
        @Schema(examples = "Phụ nữ bản Nà Đon làm chủ vườn chè") String title,
        @Schema(examples = "2026-03-06") LocalDate publishedOn,
        @Schema(description = "Phiên bản bộ tiêu chí đã dùng để đánh giá", examples = "1", nullable = true)
        Integer checklistVersion,
        @Schema(description = "Mã tiêu chí → đạt hay không", nullable = true) Map<String, Boolean> answers,
        @Schema(description = "Số tiêu chí đạt", examples = "4", nullable = true) Integer criteriaMet,
        @Schema(description = "Số tiêu chí của phiên bản đã dùng", examples = "5", nullable = true) Integer criteriaCount,
        @Schema(description = "Ngưỡng đạt của phiên bản đã dùng", examples = "4", nullable = true) Integer threshold,
        @Schema(description = "Đạt bộ tiêu chí (số tiêu chí đạt ≥ ngưỡng của phiên bản)", examples = "true",
                nullable = true) Boolean passed,
        @PersonalData @Schema(examples = "dieuphoi.binhlu", nullable = true, description = "Không gửi ra ngoài xã (dữ liệu cá nhân) / withheld outside the commune (personal data)") String assessedBy,
        @Schema(nullable = true) OffsetDateTime assessedAt,
        @Schema(examples = "0") long version) {

    static MediaProductView of(MediaProduct p) {
        Integer met = p.answers == null ? null
                : (int) p.answers.values().stream().filter(Boolean.TRUE::equals).count();
        return new MediaProductView(p.id, p.unit.id, p.unit.code, p.unit.name, p.unit.commune.code, p.kind, p.title,
                p.publishedOn, p.checklist == null ? null : p.checklist.number,
                p.answers == null ? null : new java.util.TreeMap<>(p.answers), met,
                p.checklist == null ? null : p.checklist.criteria.size(),
                p.checklist == null ? null : p.checklist.threshold, p.passed, p.assessedBy,
                p.assessedAt, p.version);
    }
}
