package vn.binhdang.units;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.binhdang.common.ProblemException;
import vn.binhdang.common.ProblemType;
import vn.binhdang.security.CurrentUser;

/**
 * The one check "may write for this unit", for every record a unit owns (sessions, Action-Month plans, media
 * products): that unit's reporter, or the runners of its commune ({@link CurrentUser#canWriteForUnit}); and the
 * one check "may read this unit's own records" ({@link #checkReadable}).
 */
@ApplicationScoped
public class UnitAccess {
    @Inject
    CurrentUser user;

    @Inject
    UnitRepository units;

    /**
     * Refuses (404 as {@code kind}/{@code id}) a record owned by this unit that the caller may not read: another
     * commune's, or, for a unit reporter, another unit's ({@link CurrentUser#canReadUnitRecord}).
     */
    public void checkReadable(Unit unit, String kind, Object id) {
        if (!user.canReadUnitRecord(unit.commune.code, unit.commune.parentCode(), unit.code)) {
            throw ProblemException.notFound(kind, id);
        }
    }

    /** Refuses (403) a caller who may read but not change this unit's records. */
    public void checkWritable(Unit unit) {
        if (!user.canWriteForUnit(unit.commune.code, unit.code)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.own-unit");
        }
    }

    /**
     * The unit a record is written for ({@code unitId} of the request): unknown outside the caller's scope
     * (400 naming {@code unitId}), refused (403) when the caller may read it but not write for it.
     */
    public Unit writableUnit(Long unitId) {
        Unit unit = units.findWithCommune(unitId)
                .filter(u -> user.canReadCommune(u.commune.code, u.commune.parentCode()))
                .orElseThrow(() -> ProblemException.invalidField("unitId", "unit.unknown-in-scope", unitId));
        checkWritable(unit);
        return unit;
    }
}
