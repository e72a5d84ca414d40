package vn.binhdang.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rules that keep one home per rule, read from the sources: feature packages form no cycle; access
 * is decided by the access module, never in a repository or a resource; "today" comes from the injected clock.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/vn/binhdang");
    private static final Pattern IMPORT = Pattern.compile("vn\\.binhdang\\.(\\w+)\\.[A-Z]");
    private static final Pattern ACCESS_CALL = Pattern.compile(
            "user\\.(canReadCommune|canManageCommune|canWriteForUnit|isCommuneManager|isProvinceUser)\\(");

    private static Map<Path, String> sources() {
        Map<Path, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(MAIN.relativize(file), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    @Test
    void featurePackagesHaveNoCycles() {
        Map<String, Set<String>> deps = new TreeMap<>();
        sources().forEach((file, text) -> {
            String pkg = file.getName(0).toString();
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                if (!m.group(1).equals(pkg)) {
                    deps.computeIfAbsent(pkg, k -> new TreeSet<>()).add(m.group(1));
                }
            }
        });
        List<String> cycles = new ArrayList<>();
        for (String from : deps.keySet()) {
            for (String to : deps.get(from)) {
                if (reaches(deps, to, from, new TreeSet<>())) {
                    cycles.add(from + " → " + to);
                }
            }
        }
        assertEquals(List.of(), cycles, "package dependencies that close a cycle");
    }

    private static boolean reaches(Map<String, Set<String>> deps, String from, String target, Set<String> seen) {
        for (String next : deps.getOrDefault(from, Set.of())) {
            if (next.equals(target) || (seen.add(next) && reaches(deps, next, target, seen))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void accessIsDecidedOnlyByTheAccessModule() {
        List<String> offenders = new ArrayList<>();
        sources().forEach((file, text) -> {
            String name = file.getFileName().toString();
            boolean module = name.equals("CurrentUser.java") || name.equals("AreaAccess.java")
                    || name.equals("UnitAccess.java");
            if (!module && ACCESS_CALL.matcher(text).find()) {
                offenders.add(file.toString());
            }
            if ((name.endsWith("Repository.java") || name.endsWith("Resource.java"))
                    && text.contains("ProblemType.FORBIDDEN")) {
                offenders.add(file + " (403 decided outside a service)");
            }
        });
        assertEquals(List.of(), offenders, "files deciding access themselves");
    }

    @Test
    void todayComesFromTheInjectedClock() {
        List<String> offenders = new ArrayList<>();
        Pattern systemTime = Pattern.compile(
                "(LocalDate|LocalDateTime|OffsetDateTime|ZonedDateTime|Instant)\\.now\\(\\s*(Calendar\\.ZONE)?\\s*\\)");
        sources().forEach((file, text) -> {
            if (systemTime.matcher(text).find()) {
                offenders.add(file.toString());
            }
        });
        assertEquals(List.of(), offenders, "files reading the system clock instead of the injected Clock");
    }
}
