package vn.binhdang.common;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one clock of the application, in Vietnam's zone. Services inject {@link Clock} and ask
 * {@link Calendar#today(Clock)}; tests replace it with a clock they set (any other {@code Clock} bean wins
 * over this default).
 */
@Singleton
public class ProgrammeClock {
    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(Calendar.ZONE);
    }
}
