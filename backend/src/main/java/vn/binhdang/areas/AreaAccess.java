package vn.binhdang.areas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.binhdang.common.ProblemException;
import vn.binhdang.common.ProblemType;
import vn.binhdang.security.CurrentUser;

/**
 * Who may read and manage which commune's records, decided once: every service asks here (or
 * {@code UnitAccess} for a unit's own records) instead of writing the checks again. Another commune's record
 * is "not found" (404), never "forbidden", so its existence does not leak; a record the caller may read but
 * not change is 403.
 */
@ApplicationScoped
public class AreaAccess {
    @Inject
    CurrentUser user;

    @Inject
    AreaRepository areas;

    /** Refuses (404 as {@code kind}/{@code id}) a record of a commune the caller may not read. */
    public void checkReadable(Area commune, String kind, Object id) {
        if (!user.canReadCommune(commune.code, commune.parentCode())) {
            throw ProblemException.notFound(kind, id);
        }
    }

    /** Refuses (403) a caller who may read the commune's records but does not run its programme. */
    public void checkManages(Area commune) {
        checkManages(commune.code);
    }

    /** Refuses (403) a caller who runs no commune's programme (not a commune admin or coordinator). */
    public void checkRunsACommune() {
        if (!runsACommune()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.manage-commune");
        }
    }

    /** Whether the caller runs a commune's programme (may add and change its units and villages). */
    public boolean runsACommune() {
        return user.isCommuneManager();
    }

    /** Whether the caller runs this commune's programme. */
    public boolean manages(Area commune) {
        return user.canManageCommune(commune.code);
    }

    private void checkManages(String communeCode) {
        if (!user.canManageCommune(communeCode)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.manage-commune");
        }
    }

    /**
     * The commune with this code, if the caller manages it (its commune-admin or coordinator): 403 otherwise,
     * and 400 naming {@code communeCode} when there is no such commune.
     */
    public Area managedCommune(String communeCode) {
        checkManages(communeCode);
        return areas.findCommune(communeCode)
                .orElseThrow(() -> ProblemException.invalidField("communeCode", "commune.unknown", communeCode));
    }

    /**
     * The commune a request is about: the one named, if the caller may read it (404 otherwise), or the caller's
     * own when none is named (400 naming {@code communeCode} for a province user, who has no commune).
     */
    public Area readableCommune(String communeCode) {
        String code = communeCode != null ? communeCode : user.readScope().communeCode();
        if (code == null) {
            throw ProblemException.invalidField("communeCode", "field.required");
        }
        return areas.findCommune(code).filter(c -> user.canReadCommune(c.code, c.parentCode()))
                .orElseThrow(() -> ProblemException.notFound("commune", code));
    }

    /** The caller's own commune (403 for a caller without one, such as a province user). */
    public Area ownCommune() {
        String code = user.communeCode();
        return (code == null ? java.util.Optional.<Area>empty() : areas.findCommune(code))
                .orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.no-scope"));
    }

    /** The province a province user reads. */
    public Area ownProvince() {
        String code = user.readScope().provinceCode();
        return areas.findByCode(code).orElseThrow(() -> ProblemException.notFound("commune", code));
    }
}
