package vn.binhdang.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * With {@code BINHDANG_DEMO_DATA=true} the demo data of Bình Lư is loaded at start, after Flyway's
 * migrations: {@code demo/binh-lu.sql} (areas, units, the plan) then {@code demo/binh-lu-activity.sql}
 * (campaigns and sessions), then {@code demo/binh-lu-targets.sql} (Action-Month plans, surveys, media
 * products, village conventions), then {@code demo/lai-chau-communes.sql} (eleven more communes of Lai Châu
 * enabled from the programme template, with records of clearly different progress, for the province's
 * comparison). The scripts insert only what is missing, so starting twice (or two
 * replicas at once) duplicates nothing. Tests and production leave it off.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final List<String> SCRIPTS = List.of("demo/binh-lu.sql", "demo/binh-lu-activity.sql",
            "demo/binh-lu-targets.sql", "demo/lai-chau-communes.sql");

    @ConfigProperty(name = "binhdang.demo-data", defaultValue = "false")
    boolean enabled;

    void onStart(@Observes StartupEvent start, AgroalDataSource dataSource) throws IOException, SQLException {
        if (enabled) {
            load(dataSource);
        }
    }

    /** Inserts whatever of the demo data is missing. */
    public void load(AgroalDataSource dataSource) throws IOException, SQLException {
        for (String script : SCRIPTS) {
            String sql;
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(script)) {
                if (in == null) {
                    throw new IOException(script + " is missing from the application");
                }
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
        LOG.info("Demo data of Bình Lư and other communes of Lai Châu loaded (existing records kept)");
    }
}
