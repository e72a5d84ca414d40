package vn.binhdang.indicators;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.binhdang.common.Calendar;
import vn.binhdang.common.Messages;
import vn.binhdang.common.Spreadsheet;

/** The province's comparison as a spreadsheet, one row per commune, headings in the caller's language. */
@ApplicationScoped
public class ComparisonExport {
    @Inject
    Messages messages;

    public String fileName(ComparisonView view, Locale locale) {
        return messages.get(locale, "comparison.file") + "-" + view.province().code() + "-" + view.year() + ".xlsx";
    }

    public byte[] xlsx(ComparisonView view, Locale locale) {
        List<String> headers = new ArrayList<>(List.of(text(locale, "code"), text(locale, "name"),
                text(locale, "enabled"), text(locale, "closedOn")));
        for (TargetDefinition target : TargetDefinition.values()) {
            headers.add(text(locale, "value", target.number));
            headers.add(text(locale, "targetValue", target.number));
            headers.add(text(locale, "status", target.number));
        }
        headers.addAll(List.of(text(locale, "units"), text(locale, "sessions"), text(locale, "lawPolicySessions"),
                text(locale, "participants"), text(locale, "male"), text(locale, "female"), text(locale, "plansFiled"),
                text(locale, "plansOnTime")));
        String withheld = messages.get(locale, "comparison.withheld");
        List<List<Object>> rows = new ArrayList<>();
        for (ComparisonView.CommuneRow c : view.communes()) {
            List<Object> row = new ArrayList<>(List.of(c.code(), c.name(),
                    messages.get(locale, c.enabled() ? "comparison.yes" : "comparison.no")));
            row.add(c.closedOn() == null ? null : Calendar.format(c.closedOn()));
            for (TargetDefinition target : TargetDefinition.values()) {
                ComparisonView.TargetCell cell = c.indicators().stream().filter(t -> t.target() == target.number)
                        .findFirst().orElse(null);
                row.add(cell == null ? null : cell.value());
                row.add(cell == null ? null : cell.targetValue());
                row.add(cell == null ? null : messages.get(locale, "indicator.status." + cell.status().name()));
            }
            ComparisonView.Participants people = c.participants();
            row.addAll(List.of(c.units(), c.sessions(), c.lawPolicySessions(), people.total()));
            row.add(people.suppressed() ? withheld : people.male());
            row.add(people.suppressed() ? withheld : people.female());
            row.add(c.actionMonthPlans().filed());
            row.add(c.actionMonthPlans().onTime());
            rows.add(row);
        }
        return Spreadsheet.xlsx(messages.get(locale, "comparison.sheet"), headers, rows);
    }

    private String text(Locale locale, String column, Object... args) {
        return messages.get(locale, "comparison.column." + column, args);
    }
}
