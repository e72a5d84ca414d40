package vn.binhdang.common;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An unknown enum value in a query parameter (?kind=CASTLE) is the client's mistake: 400 naming the
 * parameter and the allowed values — not JAX-RS's default 404.
 */
@Provider
public class EnumParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum()) {
            return null;
        }
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance)
                .map(a -> ((QueryParam) a).value()).findFirst().orElse("value");
        Class<? extends Enum> enumType = (Class<? extends Enum>) rawType;
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return (T) Enum.valueOf(enumType, value.strip());
                } catch (IllegalArgumentException e) {
                    String allowed = Arrays.stream(enumType.getEnumConstants()).map(Enum::name)
                            .collect(Collectors.joining(", "));
                    throw new ProblemException(ProblemType.VALIDATION,
                            List.of(new ProblemException.Violation(name, "json.enum", allowed)),
                            "problem.validation.detail", 1);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : ((Enum<?>) value).name();
            }
        };
    }
}
