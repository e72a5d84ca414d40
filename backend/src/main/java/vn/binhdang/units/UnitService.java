package vn.binhdang.units;

import java.time.Clock;
import java.time.LocalDate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import vn.binhdang.areas.AreaAccess;
import vn.binhdang.areas.Area;
import vn.binhdang.audit.AuditAction;
import vn.binhdang.audit.AuditLog;
import vn.binhdang.audit.AuditedType;
import vn.binhdang.areas.AreaRepository;
import vn.binhdang.common.Calendar;
import vn.binhdang.common.PageParams;
import vn.binhdang.common.PageView;
import vn.binhdang.common.ProblemException;
import vn.binhdang.common.ProblemType;
import vn.binhdang.security.CurrentUser;

/**
 * Units of a commune. Everyone in scope reads them; only the commune's admin and coordinator change
 * them. Another commune's unit answers 404, as if it did not exist.
 */
@ApplicationScoped
@Transactional
public class UnitService {
    @Inject
    AreaAccess access;

    @Inject
    Clock clock;

    @Inject
    UnitRepository units;

    @Inject
    AreaRepository areas;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog auditLog;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<UnitView> list(UnitFilter filter, PageParams paging) {
        LocalDate today = Calendar.today(clock);
        return units.list(user.readScope(filter.communeCode), filter, today, paging.toPage()).toPage(u -> UnitView.of(u, today), paging);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitView get(long id) {
        return view(readable(id));
    }

    public UnitView create(UnitRequest request) {
        Area commune = access.managedCommune(request.communeCode());
        checkActivePeriod(request);
        if (units.codeTaken(commune.id, request.code())) {
            throw codeTaken(request.code());
        }
        Unit unit = new Unit();
        unit.commune = commune;
        apply(request, unit);
        units.persist(unit);
        units.flush();
        UnitView created = view(unit);
        audit(unit, AuditAction.CREATED, null, created);
        return created;
    }

    public UnitView update(long id, UnitRequest request) {
        Unit unit = manageable(id);
        checkVersion(request.version(), unit);
        if (!unit.commune.code.equals(request.communeCode())) {
            throw ProblemException.invalidField("communeCode", "commune.code.immutable");
        }
        checkActivePeriod(request);
        if (!unit.code.equals(request.code()) && units.codeTaken(unit.commune.id, request.code())) {
            throw codeTaken(request.code());
        }
        UnitView before = view(unit);
        apply(request, unit);
        units.flush();
        UnitView after = view(unit);
        audit(unit, AuditAction.UPDATED, before, after);
        return after;
    }

    public UnitView deactivate(long id, DeactivationRequest request) {
        Unit unit = manageable(id);
        checkVersion(request.version(), unit);
        if (request.activeTo().isBefore(unit.activeFrom)) {
            throw ProblemException.invalidField("activeTo", "unit.active-to.before-from",
                    Calendar.format(unit.activeFrom));
        }
        UnitView before = view(unit);
        unit.activeTo = request.activeTo();
        unit.touchedBy(user.username());
        units.flush();
        UnitView after = view(unit);
        audit(unit, AuditAction.DEACTIVATED, before, after);
        return after;
    }

    /** Deletes a unit nothing refers to; otherwise 409 with the reason, and deactivation is the way. */
    public void delete(long id) {
        Unit unit = manageable(id);
        UnitRepository.References references = units.references(id);
        if (references.any()) {
            throw new ProblemException(ProblemType.IN_USE, "problem.in-use.unit-records", unit.name,
                    references.sessions(), references.campaigns());
        }
        UnitView before = view(unit);
        try {
            units.delete(unit);
            units.flush();
        } catch (PersistenceException e) {
            // Something newer than this check refers to the unit: the database's foreign keys say no.
            throw new ProblemException(ProblemType.IN_USE, "problem.in-use.unit", unit.name);
        }
        audit(unit, AuditAction.DELETED, before, null);
    }

    private void audit(Unit unit, AuditAction action, UnitView before, UnitView after) {
        auditLog.record(AuditedType.UNIT, unit.id, unit.commune.id, action, before, after);
    }

    private void apply(UnitRequest request, Unit unit) {
        unit.kind = request.kind();
        unit.code = request.code();
        unit.name = request.name().strip();
        unit.contactPerson = blankToNull(request.contactPerson());
        unit.phone = blankToNull(request.phone());
        unit.email = blankToNull(request.email());
        unit.activeFrom = request.activeFrom();
        unit.activeTo = request.activeTo();
        Set<Integer> targets = request.targets() == null ? Set.of() : request.targets();
        unit.targets = targets.stream().sorted().toArray(Integer[]::new);
        unit.touchedBy(user.username());
    }

    private Unit readable(long id) {
        Unit unit = units.findWithCommune(id).orElseThrow(() -> ProblemException.notFound("unit", id));
        access.checkReadable(unit.commune, "unit", id);
        return unit;
    }

    private Unit manageable(long id) {
        Unit unit = readable(id);
        access.checkManages(unit.commune);
        return unit;
    }


    private static void checkVersion(Long version, Unit unit) {
        ProblemException.checkVersion(version, unit.version);
    }

    private static void checkActivePeriod(UnitRequest request) {
        if (request.activeTo() != null && request.activeTo().isBefore(request.activeFrom())) {
            throw ProblemException.invalidField("activeTo", "unit.active-to.before-from",
                    Calendar.format(request.activeFrom()));
        }
    }

    private static ProblemException codeTaken(String code) {
        return new ProblemException(ProblemType.CONFLICT,
                List.of(new ProblemException.Violation("code", "unit.code.taken", code)), "problem.conflict.code", code);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private UnitView view(Unit unit) {
        return UnitView.of(unit, Calendar.today(clock));
    }
}
