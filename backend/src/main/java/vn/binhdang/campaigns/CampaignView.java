package vn.binhdang.campaigns;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Chiến dịch truyền thông / a communication campaign")
public record CampaignView(
        @Schema(examples = "4") long id,
        @Schema(examples = "03390") String communeCode,
        @Schema(examples = "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026")
        String name,
        @Schema(nullable = true) String theme,
        Occasion occasion,
        @Schema(examples = "2026-11-15") LocalDate startDate,
        @Schema(examples = "2026-12-15") LocalDate endDate,
        @Schema(examples = "2026") int year,
        @Schema(examples = "1", nullable = true) Long leadUnitId,
        @Schema(examples = "Phòng Văn hóa – Xã hội", nullable = true) String leadUnitName,
        List<UnitRef> participatingUnits,
        @Schema(description = "Nhóm nhiệm vụ (1–7) của Kế hoạch", examples = "[1, 2]") List<Integer> taskGroups,
        @Schema(nullable = true) String description,
        @Schema(description = "Tính theo ngày hôm nay (giờ Việt Nam)") CampaignStatus status,
        @Schema(examples = "0") long version) {

    @Schema(description = "Đơn vị tham gia / a participating unit")
    public record UnitRef(@Schema(examples = "7") long id, @Schema(examples = "TYT") String code,
            @Schema(examples = "Trạm Y tế xã Bình Lư") String name) {
    }

    static CampaignView of(Campaign c, java.time.LocalDate today) {
        return new CampaignView(c.id, c.commune.code, c.name, c.theme, c.occasion, c.startDate, c.endDate, c.year,
                c.leadUnit == null ? null : c.leadUnit.id, c.leadUnit == null ? null : c.leadUnit.name,
                c.participatingUnits.stream().map(u -> new UnitRef(u.id, u.code, u.name))
                        .sorted(Comparator.comparing(UnitRef::code)).toList(),
                Arrays.stream(c.taskGroups).sorted().toList(), c.description,
                CampaignStatus.on(today, c.startDate, c.endDate), c.version);
    }
}
