package vn.binhdang.indicators;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One target's number for a year and an area, with how it was computed. */
@Schema(description = "Giá trị một mục tiêu trong năm, kèm cách tính / a target's value for a year, with its formula")
public record IndicatorValue(
        @Schema(examples = "1") int target,
        @Schema(examples = "Đơn vị tổ chức ≥ 2 cuộc truyền thông pháp luật, chính sách về BĐG") String titleVi,
        @Schema(examples = "Units holding ≥ 2 sessions on gender-equality law and policy") String titleEn,
        @Schema(description = "Cách tính: đếm gì, trên tổng nào") String formulaVi,
        String formulaEn,
        @Schema(description = "Giá trị (null khi không tính được, ví dụ chia cho 0)", examples = "71.43", nullable = true)
        BigDecimal value,
        @Schema(description = "Tử số", examples = "10", nullable = true) BigDecimal numerator,
        @Schema(description = "Mẫu số", examples = "14", nullable = true) BigDecimal denominator,
        @Schema(description = "Đơn vị đo, theo ngôn ngữ của yêu cầu: % hoặc, cho mục tiêu 3 tính theo điểm, điểm % (tiếng Anh: pts) / unit: % or percentage points",
                enumeration = {IndicatorValue.PERCENT, IndicatorValue.PERCENTAGE_POINTS, IndicatorValue.POINTS_EN}, examples = "%") String unit,
        @Schema(description = "Chỉ tiêu của năm", examples = "100", nullable = true) BigDecimal targetValue,
        IndicatorStatus status,
        @Schema(description = "Số liệu phụ: ví dụ tỷ lệ nộp đúng hạn (mục tiêu 2), từng nhóm (mục tiêu 3)")
        List<Detail> details) {

    /** The units a value is in. */
    public static final String PERCENT = "%";
    public static final String PERCENTAGE_POINTS = "điểm %";
    /** Percentage points, for a caller who asks in English (Accept-Language: en). */
    public static final String POINTS_EN = "pts";

    @Schema(description = "Một số liệu phụ / a secondary figure")
    public record Detail(@Schema(examples = "onTime") String key, @Schema(examples = "Nộp đúng hạn (trước 15/11)") String labelVi,
            @Schema(examples = "Filed on time (before 15/11)") String labelEn,
            @Schema(nullable = true) BigDecimal value,
            @Schema(description = "Ghi chú, ví dụ 'không so sánh được'", nullable = true) String note) {
    }
}
