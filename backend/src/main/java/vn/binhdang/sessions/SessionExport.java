package vn.binhdang.sessions;

import vn.binhdang.common.Spreadsheet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.binhdang.common.Calendar;
import vn.binhdang.references.RefLabel;
import vn.binhdang.security.PersonalDataPolicy;

/** The session list as a spreadsheet: CSV (UTF-8 with BOM, for Excel) or XLSX, headers in the caller's language. */
final class SessionExport {
    private record Column(String vi, String en, Function<SessionView, Object> value, boolean personal) {
        Column(String vi, String en, Function<SessionView, Object> value) {
            this(vi, en, value, false);
        }
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("Ngày tổ chức", "Date", s -> Calendar.format(s.heldOn())),
            new Column("Mã đơn vị", "Unit code", SessionView::unitCode),
            new Column("Đơn vị", "Unit", SessionView::unitName),
            new Column("Chiến dịch", "Campaign", SessionView::campaignName),
            new Column("Nhóm nhiệm vụ", "Task groups", s -> s.taskGroups().stream().map(String::valueOf)
                    .collect(Collectors.joining(", "))),
            new Column("Chủ đề", "Topics", s -> labels(s.topics())),
            new Column("Hình thức", "Format", s -> s.format().labelVi()),
            new Column("Bản", "Village", SessionView::villageName),
            new Column("Địa điểm", "Venue", SessionView::venue),
            new Column("Ngôn ngữ", "Languages", s -> labels(s.languages())),
            new Column("Nhóm đối tượng", "Audience groups", s -> labels(s.audienceGroups())),
            new Column("Nam", "Male", SessionView::participantsMale),
            new Column("Nữ", "Female", SessionView::participantsFemale),
            new Column("Tổng số người tham gia", "Participants", SessionView::participantsTotal),
            new Column("Người dân tộc thiểu số", "Ethnic-minority participants", SessionView::ethnicMinorityParticipants),
            new Column("Lượt tiếp cận", "Reach", SessionView::reach),
            new Column("Thời lượng (phút)", "Duration (minutes)", SessionView::durationMinutes),
            new Column("Kinh phí (đồng)", "Cost (VND)", SessionView::costVnd),
            new Column("Nguồn kinh phí", "Funding source", s -> s.fundingSource() == null ? null
                    : s.fundingSource().labelVi()),
            new Column("Ghi chú", "Notes", SessionView::notes, true),
            new Column("Người ghi nhận", "Recorded by", SessionView::recordedBy, true));

    private SessionExport() {
    }

    /** The columns for this caller: the personal ones only for the commune's own staff ({@link PersonalDataPolicy}). */
    private static List<Column> columns() {
        boolean personal = PersonalDataPolicy.visible();
        return COLUMNS.stream().filter(c -> personal || !c.personal()).toList();
    }

    private static String labels(List<RefLabel> labels) {
        return labels.stream().map(RefLabel::labelVi).collect(Collectors.joining("; "));
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    static byte[] csv(List<SessionView> sessions, Locale locale) {
        List<Column> columns = columns();
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(columns.stream().map(c -> quote(english(locale) ? c.en() : c.vi()))
                .collect(Collectors.joining(","))).append("\r\n");
        for (SessionView s : sessions) {
            out.append(columns.stream().map(c -> quote(c.value().apply(s))).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<SessionView> sessions, Locale locale) {
        List<Column> columns = columns();
        return Spreadsheet.xlsx(english(locale) ? "Sessions" : "Buổi truyền thông",
                columns.stream().map(c -> english(locale) ? c.en() : c.vi()).toList(),
                sessions.stream().map(s -> columns.stream().map(c -> c.value().apply(s)).toList()).toList());
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula. */
    private static String quote(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
