package vn.binhdang.surveys;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.binhdang.common.ProblemException;

/**
 * The anonymous response file of a survey, as KoboToolbox or ODK export it to CSV: UTF-8 (with or
 * without BOM), comma or semicolon separated, one row per respondent, with a {@code group} column, a
 * {@code sex} column and either a {@code score} column or answer columns ({@code q…}, 0 or 1, summed).
 * It is read once, aggregated by group and sex, and forgotten: no respondent's row is kept.
 */
final class SurveyResponseFile {
    private static final Set<String> GROUP_COLUMNS = Set.of("group", "nhom", "nhóm", "nhom_doi_tuong", "nhóm đối tượng");
    private static final Set<String> SEX_COLUMNS = Set.of("sex", "gender", "gioi_tinh", "giới tính", "gioitinh");
    private static final Set<String> SCORE_COLUMNS = Set.of("score", "diem", "điểm");

    /** A row left out: its number in the file (the header is row 1) and why, as a message key. */
    record Rejected(int row, String messageKey, Object... args) {
    }

    /** The aggregates of the readable rows, and the rows left out. */
    record Aggregation(List<SurveyResult> results, int rowsRead, List<Rejected> rejected) {
    }

    private SurveyResponseFile() {
    }

    /**
     * @param groupOf finds the audience group (its id) that a cell names: a code such as YOUTH or a label
     */
    static Aggregation aggregate(byte[] body, SurveyRound round, Function<String, Optional<Long>> groupOf) {
        String text = decode(body);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.isBlank()) {
            throw ProblemException.invalidField("file", "survey.import.empty");
        }
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrim(true).get();
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException e) {
            throw ProblemException.invalidField("file", "survey.import.unreadable");
        }
        Columns columns = Columns.of(records.get(0));
        Map<String, Tally> tallies = new LinkedHashMap<>();
        List<Rejected> rejected = new ArrayList<>();
        int read = 0;
        for (int i = 1; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            if (isBlank(record)) {
                continue;
            }
            read++;
            int row = i + 1;
            String groupCell = cell(record, columns.group);
            String sexCell = cell(record, columns.sex);
            if (groupCell.isEmpty()) {
                rejected.add(new Rejected(row, "survey.import.group.missing"));
                continue;
            }
            Optional<Long> group = groupOf.apply(groupCell);
            if (group.isEmpty()) {
                rejected.add(new Rejected(row, "survey.import.group.unknown", groupCell));
                continue;
            }
            if (sexCell.isEmpty()) {
                rejected.add(new Rejected(row, "survey.import.sex.missing"));
                continue;
            }
            Optional<Sex> sex = sexOf(sexCell);
            if (sex.isEmpty()) {
                rejected.add(new Rejected(row, "survey.import.sex.unknown", sexCell));
                continue;
            }
            BigDecimal score;
            if (columns.score >= 0) {
                String scoreCell = cell(record, columns.score);
                score = number(scoreCell);
                if (score == null) {
                    rejected.add(new Rejected(row, "survey.import.score.unreadable", scoreCell));
                    continue;
                }
            } else {
                score = BigDecimal.ZERO;
                Rejected bad = null;
                for (Map.Entry<String, Integer> answer : columns.answers.entrySet()) {
                    String value = cell(record, answer.getValue());
                    if (value.equals("1")) {
                        score = score.add(BigDecimal.ONE);
                    } else if (!value.equals("0")) {
                        bad = new Rejected(row, "survey.import.answer.unreadable", answer.getKey(), value);
                        break;
                    }
                }
                if (bad != null) {
                    rejected.add(bad);
                    continue;
                }
            }
            if (score.signum() < 0 || (round.scaleMax != null && score.compareTo(round.scaleMax) > 0)) {
                rejected.add(new Rejected(row, "survey.import.score.range", score.stripTrailingZeros(),
                        round.scaleMax == null ? "∞" : round.scaleMax.stripTrailingZeros()));
                continue;
            }
            tallies.computeIfAbsent(group.get() + "/" + sex.get(), k -> new Tally(group.get(), sex.get()))
                    .add(score, round);
        }
        if (read == 0) {
            throw ProblemException.invalidField("file", "survey.import.empty");
        }
        List<SurveyResult> results = tallies.values().stream().map(t -> t.result(round.measure)).toList();
        return new Aggregation(results, read, rejected);
    }

    /** Where the columns the import needs are, by position; names are matched without case or folder part. */
    private record Columns(int group, int sex, int score, Map<String, Integer> answers) {
        static Columns of(CSVRecord header) {
            int group = -1;
            int sex = -1;
            int score = -1;
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String raw = header.get(i);
                // Kobo names nested questions "section/q1": the question's own name is what counts.
                String name = normalise(raw.substring(raw.lastIndexOf('/') + 1));
                if (GROUP_COLUMNS.contains(name) && group < 0) {
                    group = i;
                } else if (SEX_COLUMNS.contains(name) && sex < 0) {
                    sex = i;
                } else if (SCORE_COLUMNS.contains(name) && score < 0) {
                    score = i;
                } else if (name.startsWith("q")) {
                    answers.put(raw.strip(), i);
                }
            }
            List<String> missing = new ArrayList<>();
            if (group < 0) {
                missing.add("group");
            }
            if (sex < 0) {
                missing.add("sex");
            }
            if (!missing.isEmpty()) {
                throw ProblemException.invalidField("file", "survey.import.columns.missing", String.join(", ", missing));
            }
            if (score < 0 && answers.isEmpty()) {
                throw ProblemException.invalidField("file", "survey.import.score.missing");
            }
            return new Columns(group, sex, score, answers);
        }
    }

    /** Respondents of one group and sex: how many, how many reached the threshold, and their total score. */
    private static final class Tally {
        final long groupId;
        final Sex sex;
        int respondents;
        int aware;
        BigDecimal total = BigDecimal.ZERO;

        Tally(long groupId, Sex sex) {
            this.groupId = groupId;
            this.sex = sex;
        }

        void add(BigDecimal score, SurveyRound round) {
            respondents++;
            total = total.add(score);
            if (round.threshold != null && score.compareTo(round.threshold) >= 0) {
                aware++;
            }
        }

        SurveyResult result(SurveyMeasure measure) {
            if (measure == SurveyMeasure.THRESHOLD) {
                return new SurveyResult(groupId, sex, respondents, aware, null);
            }
            BigDecimal mean = total.divide(BigDecimal.valueOf(respondents), 2, RoundingMode.HALF_UP);
            return new SurveyResult(groupId, sex, respondents, null, mean);
        }
    }

    /** M/F, Nam/Nữ, male/female, or Kobo's usual codes 1 (male) and 2 (female). */
    static Optional<Sex> sexOf(String cell) {
        return switch (normalise(cell)) {
            case "m", "nam", "male", "1" -> Optional.of(Sex.M);
            case "f", "nữ", "nu", "female", "2" -> Optional.of(Sex.F);
            default -> Optional.empty();
        };
    }

    /** A cell's text in one Unicode form, lower case, single-spaced: "  Thanh  Niên " and "thanh niên" match. */
    static String normalise(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    private static BigDecimal number(String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(cell.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String cell(CSVRecord record, int index) {
        return index < record.size() ? record.get(index).strip() : "";
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(ch -> ch == c).count();
    }

    private static String decode(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalidField("file", "survey.import.encoding");
        }
    }
}
