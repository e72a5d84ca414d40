package vn.binhdang.areas;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.binhdang.common.ProblemException.Violation;

/**
 * The official list of administrative units as a CSV file, in the columns of
 * {@code administrative-units-2025.csv}: {@code province_code,province_name,commune_code,commune_name} (any order,
 * header required, UTF-8 with or without BOM, comma separated, fields may be quoted). One line per commune.
 * Reading it checks what the file alone can tell (header, code formats, empty names, duplicate codes, one name per
 * province); every problem names its line (the header is line 1) and its column.
 */
final class AdministrativeUnitFile {
    static final String PROVINCE_CODE = "province_code";
    static final String PROVINCE_NAME = "province_name";
    static final String COMMUNE_CODE = "commune_code";
    static final String COMMUNE_NAME = "commune_name";
    static final List<String> COLUMNS = List.of(PROVINCE_CODE, PROVINCE_NAME, COMMUNE_CODE, COMMUNE_NAME);
    /** Largest file accepted: the 2025 list (3,321 communes) is about 150 KB. */
    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_NAME = 200;
    /** Problems listed in one answer; the detail still says how many there are. */
    static final int MAX_PROBLEMS = 100;

    private static final Pattern PROVINCE_CODE_FORMAT = Pattern.compile("\\d{2}");
    private static final Pattern COMMUNE_CODE_FORMAT = Pattern.compile("\\d{5}");

    /** One commune line of the file; {@code provinceName} is empty when the line leaves it out. */
    record Line(int number, String provinceCode, String provinceName, String communeCode, String communeName) {
    }

    /** A province named in the file: its first line and its name there (empty if no line names it). */
    record Province(String code, String name, int firstLine) {
    }

    /** The readable content; {@code problems} is empty when the file is sound. */
    record Content(List<Line> lines, Map<String, Province> provinces, List<Violation> problems) {
    }

    private AdministrativeUnitFile() {
    }

    /** Where a problem is: "line 12, column commune_code", the field of the problem+json answer. */
    static String at(int line, String column) {
        return "line " + line + ", column " + column;
    }

    static Violation problem(int line, String column, String key, Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = line;
        all[1] = column;
        System.arraycopy(args, 0, all, 2, args.length);
        return new Violation(at(line, column), key, all);
    }

    static Content read(byte[] body) {
        List<Violation> problems = new ArrayList<>();
        String text = decode(body, problems);
        if (text == null) {
            return new Content(List.of(), Map.of(), problems);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(problem(1, "*", "area.import.unreadable"));
            return new Content(List.of(), Map.of(), problems);
        }
        if (records.isEmpty() || isBlank(records.get(0))) {
            problems.add(problem(1, "*", "area.import.header.missing", String.join(",", COLUMNS)));
            return new Content(List.of(), Map.of(), problems);
        }
        Map<String, Integer> columns = header(records.get(0), problems);
        if (!problems.isEmpty()) {
            return new Content(List.of(), Map.of(), problems);
        }
        List<String> names = new ArrayList<>();
        for (String value : records.get(0)) {
            names.add(clean(value));
        }
        List<Line> lines = new ArrayList<>();
        Map<String, Province> provinces = new java.util.LinkedHashMap<>();
        Map<String, Integer> communeLines = new HashMap<>();
        for (int i = 1; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            int number = i + 1;
            if (isBlank(record)) {
                continue;
            }
            if (record.size() != names.size()) {
                String column = record.size() > names.size() ? String.valueOf(names.size() + 1)
                        : names.get(record.size());
                problems.add(problem(number, column, "area.import.fields", record.size(), names.size()));
                continue;
            }
            String provinceCode = clean(record.get(columns.get(PROVINCE_CODE)));
            String provinceName = clean(record.get(columns.get(PROVINCE_NAME)));
            String communeCode = clean(record.get(columns.get(COMMUNE_CODE)));
            String communeName = clean(record.get(columns.get(COMMUNE_NAME)));
            int before = problems.size();
            if (!PROVINCE_CODE_FORMAT.matcher(provinceCode).matches()) {
                problems.add(problem(number, PROVINCE_CODE, "area.import.province-code", provinceCode));
            }
            if (!COMMUNE_CODE_FORMAT.matcher(communeCode).matches()) {
                problems.add(problem(number, COMMUNE_CODE, "area.import.commune-code", communeCode));
            } else if (communeLines.containsKey(communeCode)) {
                problems.add(problem(number, COMMUNE_CODE, "area.import.duplicate", communeCode,
                        communeLines.get(communeCode)));
            } else {
                communeLines.put(communeCode, number);
            }
            if (communeName.isEmpty()) {
                problems.add(problem(number, COMMUNE_NAME, "area.import.name.empty"));
            }
            checkLength(number, PROVINCE_NAME, provinceName, problems);
            checkLength(number, COMMUNE_NAME, communeName, problems);
            if (problems.size() > before) {
                continue;
            }
            Province province = provinces.get(provinceCode);
            if (province == null) {
                provinces.put(provinceCode, new Province(provinceCode, provinceName, number));
            } else if (province.name().isEmpty() && !provinceName.isEmpty()) {
                provinces.put(provinceCode, new Province(provinceCode, provinceName, province.firstLine()));
            } else if (!provinceName.isEmpty() && !province.name().equals(provinceName)) {
                problems.add(problem(number, PROVINCE_NAME, "area.import.province-name.differs", provinceName,
                        provinceCode, province.name()));
                continue;
            }
            lines.add(new Line(number, provinceCode, provinceName, communeCode, communeName));
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(problem(2, COMMUNE_CODE, "area.import.empty"));
        }
        return new Content(lines, provinces, problems);
    }

    /** Column positions by name: each of the four exactly once, no other. */
    private static Map<String, Integer> header(CSVRecord header, List<Violation> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = clean(header.get(i));
            if (!COLUMNS.contains(name)) {
                problems.add(problem(1, name.isEmpty() ? String.valueOf(i + 1) : name, "area.import.header.extra",
                        String.join(",", COLUMNS)));
            } else if (columns.containsKey(name)) {
                problems.add(problem(1, name, "area.import.header.repeated"));
            } else {
                columns.put(name, i);
            }
        }
        for (String column : COLUMNS) {
            if (!columns.containsKey(column)) {
                problems.add(problem(1, column, "area.import.header.missing-column"));
            }
        }
        return columns;
    }

    private static void checkLength(int line, String column, String value, List<Violation> problems) {
        if (value.length() > MAX_NAME) {
            problems.add(problem(line, column, "area.import.name.long", MAX_NAME));
        }
    }

    /** A cell as compared with the database: one Unicode form (NFC), no surrounding or repeated spaces. */
    static String clean(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The text, or null with a problem naming the line and column of the first byte that is not UTF-8. */
    private static String decode(byte[] body, List<Violation> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            decoder.flush(out);
            return out.flip().toString();
        }
        int bad = in.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (body[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < bad; i++) {
            if (body[i] == ',') {
                column++;
            }
        }
        // The header's names, if the first line is readable, name the column.
        String first = new String(body, 0, firstLineEnd(body), StandardCharsets.UTF_8).replace("\uFEFF", "");
        String[] names = first.split(",", -1);
        String columnName = line > 1 && column <= names.length ? clean(names[column - 1]) : String.valueOf(column);
        problems.add(problem(line, columnName, "area.import.encoding"));
        return null;
    }

    private static int firstLineEnd(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '\n' || body[i] == '\r') {
                return i;
            }
        }
        return body.length;
    }
}
