package vn.binhdang.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A commune's plan, with its task groups and targets. */
@Schema(description = "Kế hoạch thực hiện Chương trình của xã / a commune's programme plan")
public record PlanView(
        @Schema(examples = "1") long id,
        @Schema(examples = "03390") String communeCode,
        @Schema(examples = "Xã Bình Lư") String communeName,
        @Schema(examples = "Kế hoạch thực hiện Chương trình Truyền thông về bình đẳng giới giai đoạn 2026-2030 trên địa bàn xã Bình Lư")
        String title,
        @Schema(description = "Số văn bản; null khi văn bản để trống", nullable = true) String documentNumber,
        @Schema(nullable = true) LocalDate issuedOn,
        @Schema(description = "Ngày ban hành như văn bản ghi", examples = "tháng 4 năm 2026") String issuedText,
        @Schema(examples = "Nguyễn Thị Nhàn") String signerName,
        @Schema(examples = "TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch") String signerTitle,
        @Schema(examples = "2026") int periodStart,
        @Schema(examples = "2030") int periodEnd,
        @Schema(description = "Ngày bắt đầu; buổi truyền thông không được ghi trước ngày này", examples = "2026-01-01")
        LocalDate startDate,
        @Schema(examples = "Kế hoạch số 2560/KH-UBND ngày 09/4/2026 của Ủy ban nhân dân tỉnh Lai Châu")
        String implementsPlan,
        List<TaskGroupView> taskGroups,
        List<TargetView> targets,
        @Schema(examples = "0") long version) {

    @Schema(description = "Nhóm nhiệm vụ, giải pháp / task group")
    public record TaskGroupView(
            @Schema(examples = "1") int number,
            @Schema(examples = "Tăng cường truyền thông chính sách, pháp luật về bình đẳng giới") String title,
            String description) {
    }

    @Schema(description = "Mục tiêu của Kế hoạch / target of the plan")
    public record TargetView(
            @Schema(examples = "1") int number,
            @Schema(description = "Nguyên văn Kế hoạch") String wording,
            @Schema(examples = "Phòng Văn hóa - Xã hội") String responsible,
            @Schema(examples = "%") String unitOfMeasure,
            @Schema(description = "Mục tiêu 3: POINTS (điểm phần trăm) hoặc RELATIVE (phần trăm tương đối)",
                    enumeration = {"POINTS", "RELATIVE"}, examples = "POINTS") String changeMode,
            List<YearlyTarget> yearlyTargets) {
    }

    @Schema(description = "Chỉ tiêu của một năm / the value to reach in a year")
    public record YearlyTarget(@Schema(examples = "2026") int year, @Schema(examples = "100") BigDecimal value) {
    }

    static PlanView of(ProgrammePlan plan) {
        return new PlanView(plan.id, plan.commune.code, plan.commune.name, plan.title, plan.documentNumber,
                plan.issuedOn, plan.issuedText, plan.signerName, plan.signerTitle, plan.periodStart, plan.periodEnd,
                plan.startDate, plan.implementsPlan,
                plan.taskGroups.stream().map(g -> new TaskGroupView(g.number, g.title, g.description)).toList(),
                plan.targets.stream().map(t -> new TargetView(t.number, t.wording, t.responsible, t.unitOfMeasure, t.changeMode,
                        new TreeMap<>(t.yearlyTargets).entrySet().stream()
                                .map(e -> new YearlyTarget(e.getKey(), e.getValue())).toList())).toList(),
                plan.version);
    }
}
