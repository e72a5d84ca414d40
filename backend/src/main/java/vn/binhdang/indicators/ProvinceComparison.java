package vn.binhdang.indicators;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.binhdang.areas.Area;
import vn.binhdang.areas.AreaAccess;
import vn.binhdang.common.Calendar;
import vn.binhdang.security.SmallCells;

/**
 * The province's comparison of its communes: each commune's five targets computed by {@link IndicatorService}
 * from the same inputs as its own dashboard, read once for the whole province ({@link
 * IndicatorEngine#inputsByCommune}); whether it is enabled is SQL function {@code commune_enabled} (V12).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProvinceComparison {
    @Inject
    EntityManager em;

    @Inject
    IndicatorEngine engine;

    @Inject
    IndicatorService indicators;

    @Inject
    AreaAccess access;

    private record Commune(long id, String code, String name, LocalDate closedOn, boolean enabled) {
    }

    public ComparisonView compare(int year, LocalDate today) {
        Area province = access.ownProvince();
        AreaScope scope = AreaScope.province(province.id, province.code, province.name);
        indicators.checkYear(scope, year);
        List<Commune> communes = communes(province.id, year);
        IndicatorEngine.ProvinceInputs read = engine.inputsByCommune(scope, year,
                communes.stream().map(Commune::id).toList());
        Map<Long, IndicatorEngine.Inputs> inputs = read.byCommune();
        List<ComparisonView.CommuneRow> rows = new ArrayList<>();
        int enabled = 0;
        for (Commune commune : communes) {
            IndicatorEngine.Inputs in = inputs.get(commune.id());
            if (commune.enabled()) {
                enabled++;
            }
            List<ComparisonView.TargetCell> cells = !commune.enabled() ? List.of()
                    : indicators.indicators(in, year, today).stream().map(v -> new ComparisonView.TargetCell(
                            v.target(), v.value(), v.unit(), v.targetValue(), v.status())).toList();
            long sessions = in.unitSessions().stream().mapToLong(IndicatorEngine.UnitSessions::sessions).sum();
            long law = in.unitSessions().stream().mapToLong(IndicatorEngine.UnitSessions::lawPolicySessions).sum();
            long male = in.unitSessions().stream().mapToLong(IndicatorEngine.UnitSessions::participantsMale).sum();
            long female = in.unitSessions().stream().mapToLong(IndicatorEngine.UnitSessions::participantsFemale).sum();
            boolean withheld = SmallCells.withheld(male, female);
            long filed = in.unitPlans().stream().filter(IndicatorEngine.UnitPlan::filed).count();
            long onTime = in.unitPlans().stream().filter(IndicatorEngine.UnitPlan::onTime).count();
            rows.add(new ComparisonView.CommuneRow(commune.code(), commune.name(), commune.closedOn(), commune.enabled(),
                    cells, in.unitSessions().size(), sessions, law,
                    new ComparisonView.Participants(male + female, withheld ? null : male, withheld ? null : female,
                            withheld),
                    new ComparisonView.ActionMonthPlans(filed, onTime, in.unitPlans().size())));
        }
        return new ComparisonView(year, today, scope, indicators.indicators(read.whole(), year, today), enabled, rows);
    }

    /** The province's communes in force at some time of the year, and any other that is enabled, by name. */
    @SuppressWarnings("unchecked")
    private List<Commune> communes(long provinceId, int year) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.id, a.code, a.name, a.valid_to, commune_enabled(a.id)
                FROM area a
                WHERE a.level = 'COMMUNE' AND a.parent_id = :province
                  AND ((a.valid_from IS NULL OR a.valid_from <= :yearEnd) AND (a.valid_to IS NULL OR a.valid_to >= :yearStart)
                       OR commune_enabled(a.id))
                ORDER BY a.name, a.code""")
                .setParameter("province", provinceId).setParameter("yearStart", Calendar.startOfYear(year))
                .setParameter("yearEnd", Calendar.endOfYear(year)).getResultList();
        return rows.stream().map(r -> new Commune(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                date(r[3]), (Boolean) r[4])).toList();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
