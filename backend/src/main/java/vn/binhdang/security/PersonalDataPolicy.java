package vn.binhdang.security;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one place where personal data is withheld from JSON answers: every property marked {@link PersonalData}
 * of every view — in a list, a detail, nested in another view — is written as {@code null} unless the caller
 * is the commune's own staff ({@link CurrentUser#seesPersonalData()}). Outside a request (no caller) it is
 * withheld too. Exports that do not go through JSON ask {@link #visible()} (the session export drops the
 * columns); the audit trail converts with {@link #internally} (it keeps every field; its readers are the
 * commune's managers).
 */
@Singleton
public class PersonalDataPolicy implements ObjectMapperCustomizer {

    private static final ThreadLocal<Boolean> INTERNAL = ThreadLocal.withInitial(() -> false);

    /** Whether the current caller may receive personal data; false outside a request. */
    public static boolean visible() {
        if (INTERNAL.get()) {
            return true;
        }
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return false;
        }
        return container.instance(CurrentUser.class).get().seesPersonalData();
    }

    /**
     * Runs a conversion that is not an answer to the caller (the audit trail keeping a record's fields), with
     * nothing withheld: what is stored must not depend on who happened to make the change.
     */
    public static <T> T internally(Supplier<T> conversion) {
        boolean outer = INTERNAL.get();
        INTERNAL.set(true);
        try {
            return conversion.get();
        } finally {
            INTERNAL.set(outer);
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("personal-data");
        module.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
                    List<BeanPropertyWriter> properties) {
                return properties.stream()
                        .map(p -> p.getAnnotation(PersonalData.class) == null ? p : new Withheld(p))
                        .toList();
            }
        });
        mapper.registerModule(module);
    }

    /** A property written as null to callers outside the commune. */
    static final class Withheld extends BeanPropertyWriter {
        Withheld(BeanPropertyWriter base) {
            super(base);
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider provider) throws Exception {
            if (visible()) {
                super.serializeAsField(bean, gen, provider);
            } else {
                gen.writeNullField(getName());
            }
        }

        @Override
        public void serializeAsElement(Object bean, JsonGenerator gen, SerializerProvider provider) throws Exception {
            if (visible()) {
                super.serializeAsElement(bean, gen, provider);
            } else {
                gen.writeNull();
            }
        }
    }
}
