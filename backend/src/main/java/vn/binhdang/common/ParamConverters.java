package vn.binhdang.common;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Query, path and header parameters read as strictly as JSON bodies ({@link JsonSettings}): a value that
 * is not of the parameter's type (?year=abc, /sessions/xyz, ?unitId=99999999999999999999, ?kind=CASTLE,
 * ?from=+300000-01-01) is the client's mistake, a 400 naming the parameter — not JAX-RS's default 404
 * for a query or path parameter that does not convert. The one home of that rule for every resource.
 */
@Provider
public class ParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) rawType;
            String allowed = Arrays.stream(enumType.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            return converter(name, false, value -> (T) Enum.valueOf(enumType, value.strip()),
                    new ProblemException.Violation(name, "json.enum", allowed), value -> ((Enum<?>) value).name());
        }
        if (rawType == Integer.class || rawType == int.class) {
            return converter(name, rawType.isPrimitive(), value -> (T) Integer.valueOf(value.strip()),
                    new ProblemException.Violation(name, "json.integer", Integer.MIN_VALUE, Integer.MAX_VALUE),
                    String::valueOf);
        }
        if (rawType == Long.class || rawType == long.class) {
            return converter(name, rawType.isPrimitive(), value -> (T) Long.valueOf(value.strip()),
                    new ProblemException.Violation(name, "json.integer", Long.MIN_VALUE, Long.MAX_VALUE),
                    String::valueOf);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return converter(name, rawType.isPrimitive(), value -> switch (value.strip()) {
                case "true" -> (T) Boolean.TRUE;
                case "false" -> (T) Boolean.FALSE;
                default -> throw new IllegalArgumentException(value);
            }, new ProblemException.Violation(name, "json.boolean"), String::valueOf);
        }
        if (rawType == LocalDate.class) {
            return converter(name, false, value -> (T) JsonSettings.date(value.strip())
                    .orElseThrow(() -> new IllegalArgumentException(value)),
                    new ProblemException.Violation(name, "json.date"), String::valueOf);
        }
        return null;
    }

    /** The parameter's name as the client wrote it. */
    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "value";
    }

    /**
     * Blank is absent for an optional parameter (null); a primitive one (a number with a default) cannot be
     * blank. Anything else converts or is refused.
     */
    private static <T> ParamConverter<T> converter(String name, boolean primitive, Function<String, T> parse,
            ProblemException.Violation refusal, Function<T, String> format) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if ((value == null || value.isBlank()) && !primitive) {
                    return null;
                }
                try {
                    return parse.apply(String.valueOf(value));
                } catch (RuntimeException e) {
                    throw new ProblemException(ProblemType.VALIDATION, List.of(refusal), "problem.validation.detail", 1);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : format.apply(value);
            }
        };
    }
}
