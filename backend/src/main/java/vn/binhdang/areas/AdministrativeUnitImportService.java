package vn.binhdang.areas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.binhdang.audit.AuditAction;
import vn.binhdang.audit.AuditLog;
import vn.binhdang.audit.AuditedType;
import vn.binhdang.common.Calendar;
import vn.binhdang.common.Idempotency;
import vn.binhdang.common.ProblemException;
import vn.binhdang.common.ProblemException.Violation;
import vn.binhdang.common.ProblemType;
import vn.binhdang.security.CurrentUser;

/**
 * The national administrator's import of a newer official list of provinces and communes (the one home of the
 * import rule). The file is the whole list: a province or commune of the file that the database lacks is added
 * (in force from the effective date), one whose name or province differs is renamed or moved, one closed in the
 * database is reopened ({@code valid_to} cleared, {@code valid_from} kept), and an open one the file lacks is
 * closed: {@code valid_to} = the effective date, the day it is no longer in force, as migration V11 closes a
 * commune on the day the 2025 list took effect. Nothing is ever deleted; villages are not touched. A line may
 * leave {@code province_name} empty when the province is in the database (it keeps its name) or named on another
 * line; a province named nowhere is refused ("neither in the file nor in the database").
 *
 * <p>A dry run (the default) computes the same changes in a read-only transaction. An apply runs in one
 * transaction under an advisory lock, so two applies of one list never both apply it: the second waits and
 * finds nothing left to change (a no-op, nothing written). Any problem of the file refuses the whole import.
 */
@ApplicationScoped
public class AdministrativeUnitImportService {
    /** The advisory lock that serialises applies (and their reading of the list). */
    private static final String LOCK = "binhdang:administrative-unit-import";

    @Inject
    EntityManager em;

    @Inject
    AreaRepository areas;

    @Inject
    AuditLog auditLog;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    Idempotency idempotency;

    @Inject
    ObjectMapper json;

    @Transactional
    public AreaImportView importList(byte[] body, LocalDate requestedEffectiveFrom, boolean dryRun,
            String idempotencyKey) {
        if (dryRun) {
            // Nothing this transaction does can write, whatever a later change of the code would try.
            em.createNativeQuery("SET TRANSACTION READ ONLY").executeUpdate();
        }
        if (body.length > AdministrativeUnitFile.MAX_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "area.import.too-large",
                    AdministrativeUnitFile.MAX_BYTES / (1024 * 1024));
        }
        AdministrativeUnitFile.Content file = AdministrativeUnitFile.read(body);
        refuseIf(file.problems());
        LocalDate effectiveFrom = requestedEffectiveFrom != null ? requestedEffectiveFrom : Calendar.today(clock);
        String sha256 = sha256(body);
        // Sorted keys: the same request has the same fingerprint in every run of the server.
        Map<String, String> fingerprint = new java.util.TreeMap<>(
                Map.of("sha256", sha256, "effectiveFrom", effectiveFrom.toString()));
        if (!dryRun) {
            if (idempotencyKey != null) {
                Optional<Long> earlier = idempotency.earlier(user.username(), idempotencyKey, fingerprint);
                if (earlier.isPresent()) {
                    return stored(earlier.get());
                }
            }
            em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(:lock, 0))) AS held")
                    .setParameter("lock", LOCK).getSingleResult();
        }

        Map<String, Area> provinces = new HashMap<>();
        Map<String, Area> communes = new HashMap<>();
        for (Area area : areas.list("from Area a left join fetch a.parent where a.level in ?1",
                List.of(AreaLevel.PROVINCE, AreaLevel.COMMUNE))) {
            (area.level == AreaLevel.PROVINCE ? provinces : communes).put(area.code, area);
        }
        List<Violation> problems = new ArrayList<>();
        List<AreaChangeView> changes = new ArrayList<>();

        // Provinces: each named (or at least referred to) by the file.
        for (AdministrativeUnitFile.Province p : file.provinces().values()) {
            Area db = provinces.get(p.code());
            if (communes.containsKey(p.code())) {
                problems.add(AdministrativeUnitFile.problem(p.firstLine(), AdministrativeUnitFile.PROVINCE_CODE,
                        "area.import.level-taken", p.code()));
                continue;
            }
            if (db == null) {
                if (p.name().isEmpty()) {
                    problems.add(AdministrativeUnitFile.problem(p.firstLine(), AdministrativeUnitFile.PROVINCE_CODE,
                            "area.import.province.unknown", p.code()));
                    continue;
                }
                changes.add(change(AreaChangeKind.ADDED, AreaLevel.PROVINCE, p.code(), p.name(), null, null, null,
                        p.firstLine(), null));
                continue;
            }
            String name = p.name().isEmpty() ? db.name : p.name();
            if (!name.equals(db.name)) {
                changes.add(change(AreaChangeKind.RENAMED, AreaLevel.PROVINCE, p.code(), name, db.name, null, null,
                        p.firstLine(), null));
            }
            if (db.validTo != null) {
                changes.add(change(AreaChangeKind.REOPENED, AreaLevel.PROVINCE, p.code(), name, null, null, null,
                        p.firstLine(), null));
            }
        }
        List<AreaChangeView> closedProvinces = closed(provinces, file.provinces().keySet(), AreaLevel.PROVINCE,
                effectiveFrom, problems);

        // Communes: one line each.
        Set<String> communeCodes = new HashSet<>();
        List<AreaChangeView> communeChanges = new ArrayList<>();
        for (AdministrativeUnitFile.Line line : file.lines()) {
            communeCodes.add(line.communeCode());
            if (provinces.containsKey(line.communeCode())) {
                problems.add(AdministrativeUnitFile.problem(line.number(), AdministrativeUnitFile.COMMUNE_CODE,
                        "area.import.level-taken", line.communeCode()));
                continue;
            }
            Area db = communes.get(line.communeCode());
            if (db == null) {
                communeChanges.add(change(AreaChangeKind.ADDED, AreaLevel.COMMUNE, line.communeCode(),
                        line.communeName(), null, line.provinceCode(), null, line.number(), null));
                continue;
            }
            if (!line.communeName().equals(db.name)) {
                communeChanges.add(change(AreaChangeKind.RENAMED, AreaLevel.COMMUNE, line.communeCode(),
                        line.communeName(), db.name, line.provinceCode(), null, line.number(), null));
            }
            if (!line.provinceCode().equals(db.parentCode())) {
                communeChanges.add(change(AreaChangeKind.MOVED, AreaLevel.COMMUNE, line.communeCode(),
                        line.communeName(), null, line.provinceCode(), db.parentCode(), line.number(), null));
            }
            if (db.validTo != null) {
                communeChanges.add(change(AreaChangeKind.REOPENED, AreaLevel.COMMUNE, line.communeCode(),
                        line.communeName(), null, line.provinceCode(), null, line.number(), null));
            }
        }
        List<AreaChangeView> closedCommunes = closed(communes, communeCodes, AreaLevel.COMMUNE, effectiveFrom,
                problems);
        refuseIf(problems);

        changes.addAll(closedProvinces);
        changes.addAll(communeChanges);
        changes.addAll(closedCommunes);
        Comparator<AreaChangeView> order = Comparator.comparing((AreaChangeView c) -> c.level().ordinal())
                .thenComparing(AreaChangeView::code).thenComparing(c -> c.kind().ordinal());
        changes.sort(order);
        AreaImportView outcome = new AreaImportView(dryRun, false, null, effectiveFrom, file.provinces().size(),
                file.lines().size(), AreaImportCounts.of(changes), changes);
        if (dryRun || changes.isEmpty()) {
            return outcome;
        }
        return apply(outcome, provinces, communes, sha256, idempotencyKey, fingerprint);
    }

    private AreaImportView apply(AreaImportView outcome, Map<String, Area> provinces, Map<String, Area> communes,
            String sha256, String idempotencyKey, Map<String, String> fingerprint) {
        LocalDate effectiveFrom = outcome.effectiveFrom();
        Map<Area, AreaView> before = new LinkedHashMap<>();
        List<Area> created = new ArrayList<>();
        for (AreaChangeView change : outcome.changes()) {
            boolean province = change.level() == AreaLevel.PROVINCE;
            Map<String, Area> existing = province ? provinces : communes;
            Area area = existing.get(change.code());
            if (change.kind() == AreaChangeKind.ADDED) {
                area = new Area();
                area.level = change.level();
                area.code = change.code();
                area.name = change.name();
                area.validFrom = effectiveFrom;
                area.parent = province ? null : provinces.get(change.provinceCode());
                area.touchedBy(user.username());
                areas.persist(area);
                existing.put(area.code, area);
                created.add(area);
                continue;
            }
            before.putIfAbsent(area, AreaView.of(area));
            switch (change.kind()) {
                case RENAMED -> area.name = change.name();
                case MOVED -> area.parent = provinces.get(change.provinceCode());
                case CLOSED -> area.validTo = effectiveFrom;
                case REOPENED -> area.validTo = null;
                default -> throw new IllegalStateException(change.kind().name());
            }
            area.touchedBy(user.username());
        }
        areas.flush();
        for (Area area : created) {
            auditLog.record(AuditedType.AREA, area.id, area.id, AuditAction.CREATED, null, AreaView.of(area));
        }
        before.forEach((area, was) -> auditLog.record(AuditedType.AREA, area.id, area.id, AuditAction.UPDATED, was,
                AreaView.of(area)));

        long importId = ((Number) em.createNativeQuery("""
                INSERT INTO area_import (effective_from, file_sha256, imported_by, imported_at, result)
                VALUES (:from, :sha, :by, :at, CAST('{}' AS jsonb)) RETURNING id""")
                .setParameter("from", effectiveFrom).setParameter("sha", sha256)
                .setParameter("by", user.username()).setParameter("at", Calendar.now(clock))
                .getSingleResult()).longValue();
        AreaImportView applied = new AreaImportView(false, true, importId, effectiveFrom, outcome.provincesInFile(),
                outcome.communesInFile(), outcome.counts(), outcome.changes());
        em.createNativeQuery("UPDATE area_import SET result = CAST(:result AS jsonb) WHERE id = :id")
                .setParameter("result", write(applied)).setParameter("id", importId).executeUpdate();

        AreaImportCounts counts = outcome.counts();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("effectiveFrom", effectiveFrom.toString());
        entry.put("fileSha256", sha256);
        entry.put("provincesInFile", outcome.provincesInFile());
        entry.put("communesInFile", outcome.communesInFile());
        entry.put("provincesAdded", counts.provincesAdded());
        entry.put("communesAdded", counts.communesAdded());
        entry.put("renamed", counts.renamed());
        entry.put("moved", counts.moved());
        entry.put("closed", counts.closed());
        entry.put("reopened", counts.reopened());
        entry.put("total", counts.total());
        auditLog.recordNational(AuditedType.AREA_IMPORT, importId, AuditAction.CREATED, entry);
        if (idempotencyKey != null) {
            idempotency.remember(user.username(), idempotencyKey, fingerprint, importId);
        }
        return applied;
    }

    /** The open areas of this level that the file lacks: closed on the effective date. */
    private static List<AreaChangeView> closed(Map<String, Area> inDatabase, Set<String> inFile, AreaLevel level,
            LocalDate effectiveFrom, List<Violation> problems) {
        List<AreaChangeView> closed = new ArrayList<>();
        for (Area area : inDatabase.values()) {
            if (area.validTo != null || inFile.contains(area.code)) {
                continue;
            }
            if (area.validFrom != null && area.validFrom.isAfter(effectiveFrom)) {
                problems.add(new Violation("effectiveFrom", "area.import.effective-from.before", area.code, area.name,
                        Calendar.format(area.validFrom), Calendar.format(effectiveFrom)));
                continue;
            }
            closed.add(change(AreaChangeKind.CLOSED, level, area.code, area.name, null,
                    level == AreaLevel.COMMUNE ? area.parentCode() : null, null, null, effectiveFrom));
        }
        return closed;
    }

    private static AreaChangeView change(AreaChangeKind kind, AreaLevel level, String code, String name,
            String previousName, String provinceCode, String previousProvinceCode, Integer line, LocalDate validTo) {
        return new AreaChangeView(kind, level, code, name, previousName, provinceCode, previousProvinceCode, line,
                validTo);
    }

    /** 400 naming every problem (line and column), at most {@link AdministrativeUnitFile#MAX_PROBLEMS} listed. */
    private static void refuseIf(List<Violation> problems) {
        if (problems.isEmpty()) {
            return;
        }
        List<Violation> listed = problems.size() > AdministrativeUnitFile.MAX_PROBLEMS
                ? problems.subList(0, AdministrativeUnitFile.MAX_PROBLEMS) : problems;
        throw new ProblemException(ProblemType.VALIDATION, List.copyOf(listed), "area.import.refused",
                problems.size(), listed.size());
    }

    private AreaImportView stored(long importId) {
        String result = (String) em.createNativeQuery("SELECT result::text FROM area_import WHERE id = :id")
                .setParameter("id", importId).getSingleResult();
        try {
            return json.readValue(result, AreaImportView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read import " + importId, e);
        }
    }

    private String write(AreaImportView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the import's result", e);
        }
    }

    private static String sha256(byte[] body) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
