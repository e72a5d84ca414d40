package vn.binhdang.campaigns;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * The peaks the plan names (task group 2): 08/3 International Women's Day, 20/3 International Day
 * of Happiness, 28/6 Vietnamese Family Day, and the Action Month for gender equality and GBV
 * prevention, 15/11–15/12 each year. Each knows the campaign a coordinator is proposed for a year.
 */
public enum Occasion {
    WOMENS_DAY(MonthDay.of(3, 1), MonthDay.of(3, 8), List.of(1, 2),
            "Chiến dịch truyền thông nhân Ngày Quốc tế Phụ nữ 08/3/%d",
            "Bình đẳng giới, vì sự tiến bộ của phụ nữ"),
    HAPPINESS_DAY(MonthDay.of(3, 14), MonthDay.of(3, 20), List.of(2, 6),
            "Chiến dịch truyền thông nhân Ngày Quốc tế Hạnh phúc 20/3/%d",
            "Gia đình bình đẳng, hạnh phúc"),
    FAMILY_DAY(MonthDay.of(6, 20), MonthDay.of(6, 28), List.of(2, 6),
            "Chiến dịch truyền thông nhân Ngày Gia đình Việt Nam 28/6/%d",
            "Xây dựng gia đình no ấm, tiến bộ, hạnh phúc, không bạo lực"),
    ACTION_MONTH(MonthDay.of(11, 15), MonthDay.of(12, 15), List.of(1, 2, 6),
            "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm %d",
            "Chung tay thúc đẩy bình đẳng giới, phòng ngừa, ứng phó với bạo lực trên cơ sở giới"),
    /** Any other campaign the commune decides on; not proposed, not unique per year. */
    OTHER(null, null, List.of(), null, null);

    private final MonthDay start;
    private final MonthDay end;
    public final List<Integer> taskGroups;
    private final String nameTemplate;
    public final String theme;

    Occasion(MonthDay start, MonthDay end, List<Integer> taskGroups, String nameTemplate, String theme) {
        this.start = start;
        this.end = end;
        this.taskGroups = taskGroups;
        this.nameTemplate = nameTemplate;
        this.theme = theme;
    }

    public boolean recurring() {
        return this != OTHER;
    }

    public LocalDate startIn(int year) {
        return start.atYear(year);
    }

    public LocalDate endIn(int year) {
        return end.atYear(year);
    }

    public String nameFor(int year) {
        return nameTemplate.formatted(year);
    }
}
