package vn.binhdang.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every commune of a province side by side for a year: the province's own view. */
@Schema(description = "So sánh các xã/phường của tỉnh trong một năm / the communes of a province side by side")
public record ComparisonView(
        @Schema(examples = "2026") int year,
        @Schema(description = "Ngày tính số liệu / the day the figures are computed for", examples = "2026-12-04")
        LocalDate asOf,
        AreaScope province,
        @Schema(description = "Năm mục tiêu của cả tỉnh (mọi xã tham gia gộp lại) / the province's five targets")
        List<IndicatorValue> provinceIndicators,
        @Schema(description = "Số xã/phường đang tham gia chương trình", examples = "12") int enabledCommunes,
        @Schema(description = "Mỗi xã/phường của tỉnh có hiệu lực trong năm / every commune of the province in force "
                + "during the year") List<CommuneRow> communes) {

    @Schema(description = "Một xã/phường / one commune")
    public record CommuneRow(
            @Schema(examples = "03390") String code,
            @Schema(examples = "Xã Bình Lư") String name,
            @Schema(description = "Ngày xã/phường thôi hiệu lực (sáp nhập, giải thể); null nếu còn hiệu lực",
                    nullable = true) LocalDate closedOn,
            @Schema(description = "Đã tham gia chương trình (có Kế hoạch) / enabled: has a plan") boolean enabled,
            @Schema(description = "Năm mục tiêu của xã (rỗng khi chưa tham gia), cùng cách tính với bảng điều khiển "
                    + "của xã / the commune's five targets, as its own dashboard computes them")
            List<TargetCell> indicators,
            @Schema(description = "Số đơn vị trong năm", examples = "14") long units,
            @Schema(description = "Số buổi truyền thông trong năm", examples = "36") long sessions,
            @Schema(description = "Số buổi về pháp luật, chính sách về BĐG", examples = "20") long lawPolicySessions,
            Participants participants,
            @Schema(description = "Kế hoạch Tháng hành động của các đơn vị") ActionMonthPlans actionMonthPlans) {
    }

    @Schema(description = "Giá trị và trạng thái một mục tiêu của một xã / a target's value and status")
    public record TargetCell(@Schema(examples = "1") int target,
            @Schema(nullable = true, examples = "71.43") BigDecimal value,
            @Schema(examples = "%") String unit,
            @Schema(nullable = true, examples = "100") BigDecimal targetValue,
            IndicatorStatus status) {
    }

    @Schema(description = "Người tham gia theo giới tính; nam, nữ bị ẩn (null, suppressed=true) khi một ô có ít hơn 5 "
            + "người / participants; the breakdown by sex is withheld when a cell counts fewer than 5 people")
    public record Participants(@Schema(examples = "820") long total,
            @Schema(nullable = true, examples = "390") Long male,
            @Schema(nullable = true, examples = "430") Long female,
            @Schema(description = "true: nam, nữ được ẩn vì ô nhỏ / the breakdown is withheld") boolean suppressed) {
    }

    @Schema(description = "Kế hoạch Tháng hành động: đã nộp, đúng hạn, trên số đơn vị / Action-Month plans filed")
    public record ActionMonthPlans(@Schema(examples = "12") long filed, @Schema(examples = "10") long onTime,
            @Schema(examples = "14") long units) {
    }
}
