package vn.binhdang.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server of the test's own, for tests that stop and restart the database: the
 * shared cluster on 5432 is never touched. {@link #start()} runs initdb in a temporary directory and
 * starts the server on a free port of 127.0.0.1 (as user postgres when run as root, as the machine and
 * CI do); {@link #stopServer()} and {@link #startServer()} are what the test calls; {@link #stop()}
 * stops it and deletes the directory. It is a plain data directory driven by pg_ctl, not a Debian
 * cluster, so pg_lsclusters (and scripts/lib.sh's ensure_postgres) never see it.
 */
public class OwnPostgres implements QuarkusTestResourceLifecycleManager {
    private static Path dir;
    private static int port;
    private static Path bin;

    @Override
    public Map<String, String> start() {
        try {
            bin = binaries();
            dir = Files.createTempDirectory("bd-outage-");
            port = freePort();
            if (isRoot()) {
                run(List.of("chown", "postgres:postgres", dir.toString()));
            }
            run(asPostgres(bin.resolve("initdb").toString(), "-D", data(), "-U", "postgres", "-A", "trust",
                    "-E", "UTF8", "--locale=C.UTF-8"));
            startServer();
            psql("CREATE ROLE binhdang LOGIN PASSWORD 'binhdang'");
            psql("CREATE DATABASE binhdang_outage OWNER binhdang");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + port + "/binhdang_outage",
                "quarkus.datasource.username", "binhdang", "quarkus.datasource.password", "binhdang");
    }

    /** Starts the server and returns once it accepts connections (pg_ctl -w). */
    public static void startServer() {
        run(asPostgres(bin.resolve("pg_ctl").toString(), "-D", data(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir, "start"));
    }

    /** Stops the server at once, as a crash would (-m immediate: no shutdown checkpoint, WAL recovery on start). */
    public static void stopServer() {
        run(asPostgres(bin.resolve("pg_ctl").toString(), "-D", data(), "-w", "-m", "immediate", "stop"));
    }

    @Override
    public void stop() {
        if (dir == null) {
            return;
        }
        try {
            run(asPostgres(bin.resolve("pg_ctl").toString(), "-D", data(), "-w", "-m", "fast", "stop"));
        } catch (IllegalStateException alreadyStopped) {
            // stopped by the test and not started again
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dir = null;
    }

    private static void psql(String sql) {
        run(asPostgres(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres",
                "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c", sql));
    }

    private static String data() {
        return dir.resolve("data").toString();
    }

    /** The newest PostgreSQL server installed (Debian: /usr/lib/postgresql/N/bin). */
    private static Path binaries() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/pg_ctl")))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL server under /usr/lib/postgresql"));
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> asPostgres(String... command) {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        return full;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
