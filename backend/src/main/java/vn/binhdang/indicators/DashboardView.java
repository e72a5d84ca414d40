package vn.binhdang.indicators;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything the home page shows for a year and an area, in one answer. */
@Schema(description = "Bảng điều khiển: năm mục tiêu, xu hướng, đơn vị, người tham gia, cảnh báo / the dashboard")
public record DashboardView(
        @Schema(examples = "2026") int year,
        AreaScope area,
        List<IndicatorValue> indicators,
        @Schema(description = "Giá trị từng mục tiêu từ năm gốc đến năm cuối của Kế hoạch") List<TrendPoint> trend,
        @Schema(description = "Mục tiêu 1 theo từng đơn vị") List<UnitRow> units,
        Participation participants,
        List<Warning> warnings) {

    @Schema(description = "Một năm của xu hướng / one year of the trend")
    public record TrendPoint(@Schema(examples = "2026") int year, @Schema(examples = "1") int target,
            @Schema(nullable = true) BigDecimal value, @Schema(nullable = true) BigDecimal targetValue,
            IndicatorStatus status) {
    }

    @Schema(description = "Một đơn vị so với yêu cầu ≥ 2 buổi / a unit against the ≥ 2 rule")
    public record UnitRow(long unitId, @Schema(examples = "TYT") String code, String name,
            @Schema(description = "Mã xã/phường của đơn vị", examples = "03390") String communeCode,
            @Schema(description = "Tên xã/phường của đơn vị", examples = "Xã Bình Lư") String communeName, long sessions,
            long lawPolicySessions, @Schema(examples = "2") int required, boolean met) {
    }

    @Schema(description = "Người tham gia các buổi của năm. Ngoài xã (người dùng cấp tỉnh, ứng dụng máy), nam và nữ "
            + "bị ẩn (null, suppressed=true) khi một ô có ít hơn 5 người / participants of the year's sessions; outside "
            + "the commune the breakdown by sex is withheld when a cell counts fewer than 5 people")
    public record Participation(@Schema(nullable = true) Long male, @Schema(nullable = true) Long female, long total,
            @Schema(description = "true: nam, nữ được ẩn vì ô nhỏ / the breakdown by sex is withheld") boolean suppressed,
            List<AudienceGroupRow> byAudienceGroup) {
    }

    @Schema(description = "Một nhóm đối tượng; ngoài xã, số người dưới 5 bị ẩn / an audience group; outside the "
            + "commune a count under 5 people is withheld")
    public record AudienceGroupRow(long groupId, String code, String labelVi, String labelEn, long sessions,
            @Schema(nullable = true) Long participants,
            @Schema(description = "true: số người được ẩn vì ô nhỏ / the count is withheld") boolean suppressed) {
    }
}
