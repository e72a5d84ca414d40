package vn.binhdang.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Strict JSON input, the one home of what a request body may contain. A value of the wrong kind is the
 * client's mistake (400 naming the field, see {@link ProblemMapper}), never silently coerced and stored:
 * <ul>
 *   <li>1500.5 or "12" for a whole number, a number or a string for a boolean, a number for an enum;</li>
 *   <li>a date is exactly yyyy-MM-dd with a four-digit year ({@link #date}): not a number of days (57443 was
 *       stored as the year 2127), not a date-time, not the year 300000 or -5000 (PostgreSQL cannot store
 *       them, the contract's format cannot express them);</li>
 *   <li>text is a JSON string without control characters other than tab and line breaks (PostgreSQL refuses
 *       NUL; the others only hide text from the reader) — never a number or a boolean turned into text;</li>
 *   <li>the same key twice in one object (which value counts?) and anything after the document.</li>
 * </ul>
 * Query and path parameters follow the same rules through {@link ParamConverters}.
 */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {
    /** Control characters refused in text: C0 except tab, line feed and carriage return, and DEL. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Last, so that these deserializers replace the JavaTimeModule's lenient LocalDate one. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        SimpleModule strict = new SimpleModule("binhdang-strict-json");
        strict.addDeserializer(String.class, new StrictText());
        strict.addDeserializer(LocalDate.class, new StrictDate());
        mapper.registerModule(strict);
    }

    /** The date a parameter or field holds: yyyy-MM-dd, four-digit year, a real day; empty otherwise. */
    public static Optional<LocalDate> date(String text) {
        if (text == null || !DATE_SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(text, DATE);
            return date.getYear() >= 1 ? Optional.of(date) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether the text holds a control character this API refuses. */
    public static boolean hasControlCharacters(String text) {
        return text != null && CONTROL.matcher(text).find();
    }

    /** Text containing control characters (a field-level 400 with its own message). */
    public static final class ControlCharactersException extends InvalidFormatException {
        ControlCharactersException(JsonParser parser, String value) {
            super(parser, "control characters in text", value, String.class);
        }
    }

    /** Only a JSON string is text. */
    static final class StrictText extends StdScalarDeserializer<String> {
        StrictText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw MismatchedInputException.from(p, String.class, "expected a JSON string");
            }
            String text = p.getText();
            if (hasControlCharacters(text)) {
                throw new ControlCharactersException(p, text);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** Only a JSON string yyyy-MM-dd is a date. */
    static final class StrictDate extends StdScalarDeserializer<LocalDate> {
        StrictDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw MismatchedInputException.from(p, LocalDate.class, "expected a date as a JSON string");
            }
            String text = p.getText();
            return date(text).orElseThrow(() -> new InvalidFormatException(p, "expected yyyy-MM-dd", text,
                    LocalDate.class));
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }
}
