package vn.binhdang.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.binhdang.areas.Area;
import vn.binhdang.areas.AreaLevel;
import vn.binhdang.areas.AreaRepository;
import vn.binhdang.common.Calendar;
import vn.binhdang.common.ProblemException;
import vn.binhdang.common.ProblemException.Violation;
import vn.binhdang.common.ProblemType;
import vn.binhdang.security.CurrentUser;
import vn.binhdang.security.Roles;
import vn.binhdang.units.Unit;
import vn.binhdang.units.UnitRepository;

/**
 * The one home of "who manages whom" (README, "Người dùng"):
 * <ul>
 * <li>a national administrator invites province administrators and province users of any province;</li>
 * <li>a province administrator invites province users of their province and commune administrators of its
 * communes;</li>
 * <li>a commune administrator invites coordinators, viewers and unit reporters of their commune (a unit
 * reporter bound to one active unit of it).</li>
 * </ul>
 * Whoever may grant a role to someone in a scope manages the people holding it there (list, change role or
 * unit, disable); nobody grants a role above their own or a scope outside their own, and nobody manages
 * themselves or anyone holding a role they may not grant. Everything is checked before Keycloak is called.
 */
@RequestScoped
public class PeoplePolicy {
    /** Product roles that live on the province level (no commune). */
    static final Set<String> PROVINCE_ROLES = Set.of(Roles.PROVINCE_ADMIN, Roles.PROVINCE);

    @Inject
    CurrentUser user;

    @Inject
    AreaRepository areas;

    @Inject
    UnitRepository units;

    @Inject
    Clock clock;

    /** The roles the caller may grant, in the order of {@link Roles#ALL}; empty for whoever manages nobody. */
    public List<String> grantableRoles() {
        Set<String> mine = Set.copyOf(user.roles());
        Set<String> grantable;
        if (mine.contains(Roles.NATIONAL_ADMIN)) {
            grantable = Set.of(Roles.PROVINCE_ADMIN, Roles.PROVINCE);
        } else if (mine.contains(Roles.PROVINCE_ADMIN) && user.provinceCode() != null) {
            grantable = Set.of(Roles.PROVINCE, Roles.COMMUNE_ADMIN);
        } else if (mine.contains(Roles.COMMUNE_ADMIN) && user.communeCode() != null) {
            grantable = Set.of(Roles.COORDINATOR, Roles.VIEWER, Roles.UNIT_REPORTER);
        } else {
            grantable = Set.of();
        }
        return Roles.ALL.stream().filter(grantable::contains).toList();
    }

    /** Refuses (403) a caller who manages nobody, before anything is read from Keycloak. */
    public void checkManagesPeople() {
        if (grantableRoles().isEmpty()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.people");
        }
    }

    /**
     * The Keycloak attribute query that narrows the people the caller may manage (null: all, for a national
     * administrator); {@link #manages} decides on each.
     */
    String attributeQuery() {
        if (user.roles().contains(Roles.NATIONAL_ADMIN)) {
            return null;
        }
        if (user.roles().contains(Roles.PROVINCE_ADMIN) && user.provinceCode() != null) {
            return CurrentUser.PROVINCE_CLAIM + ":" + user.provinceCode();
        }
        return CurrentUser.COMMUNE_CLAIM + ":" + user.communeCode();
    }

    /**
     * Whether the caller manages the person with these realm roles and this scope: every product role they hold
     * is one the caller may grant, their scope lies within the caller's, and they are not the caller.
     */
    public boolean manages(String username, Set<String> realmRoles, Placement scope) {
        List<String> theirs = Roles.ALL.stream().filter(realmRoles::contains).toList();
        List<String> grantable = grantableRoles();
        if (theirs.isEmpty() || !grantable.containsAll(theirs) || Objects.equals(username, user.username())) {
            return false;
        }
        return withinScope(scope);
    }

    /** Whether a scope lies within the caller's (the first half of {@link #manages}). */
    boolean withinScope(Placement scope) {
        if (user.roles().contains(Roles.NATIONAL_ADMIN)) {
            return scope.provinceCode() != null && scope.communeCode() == null;
        }
        if (user.roles().contains(Roles.PROVINCE_ADMIN)) {
            return user.provinceCode().equals(scope.provinceCode());
        }
        return user.communeCode().equals(scope.communeCode());
    }

    /**
     * The placement the caller asks for, checked against the policy and the areas and units that exist: 403
     * naming the field for a role above the caller's or a scope outside theirs, 400 naming it for unknown or
     * missing codes. The answer is complete: the province of a commune, the commune of a commune administrator's
     * people.
     */
    public Placement checkGrant(String role, String provinceCode, String communeCode, String unitCode) {
        List<String> grantable = grantableRoles();
        if (!Roles.ALL.contains(role)) {
            throw ProblemException.invalidField("role", "person.role.unknown", role);
        }
        if (!grantable.contains(role)) {
            throw forbidden(new Violation("role", "person.role.not-grantable", role, String.join(", ", grantable)));
        }
        if (PROVINCE_ROLES.contains(role)) {
            return provinceLevel(role, provinceCode, communeCode, unitCode);
        }
        if (Roles.COMMUNE_ADMIN.equals(role)) {
            if (unitCode != null) {
                throw ProblemException.invalidField("unitCode", "person.unit.not-for-role");
            }
            Area commune = commune(communeCode);
            if (!commune.parentCode().equals(user.provinceCode())) {
                throw forbidden(new Violation("communeCode", "person.commune.outside", communeCode));
            }
            return new Placement(role, commune.parentCode(), commune.code, null);
        }
        String own = user.communeCode();
        if (communeCode != null && !communeCode.equals(own)) {
            throw forbidden(new Violation("communeCode", "person.commune.outside", communeCode));
        }
        if (unitCode != null && !Roles.UNIT_REPORTER.equals(role)) {
            throw ProblemException.invalidField("unitCode", "person.unit.not-for-role");
        }
        Area commune = commune(own);
        if (Roles.UNIT_REPORTER.equals(role)) {
            if (unitCode == null) {
                throw ProblemException.invalidField("unitCode", "person.unit.required");
            }
            Unit unit = units.findByCommuneAndCode(own, unitCode)
                    .orElseThrow(() -> ProblemException.invalidField("unitCode", "person.unit.unknown", unitCode, own));
            if (!unit.activeOn(Calendar.today(clock))) {
                throw ProblemException.invalidField("unitCode", "person.unit.inactive", unitCode);
            }
        }
        return new Placement(role, commune.parentCode(), commune.code, unitCode);
    }

    private Placement provinceLevel(String role, String provinceCode, String communeCode, String unitCode) {
        List<Violation> violations = new ArrayList<>();
        if (communeCode != null) {
            violations.add(new Violation("communeCode", "person.commune.not-for-role"));
        }
        if (unitCode != null) {
            violations.add(new Violation("unitCode", "person.unit.not-for-role"));
        }
        String province = provinceCode;
        if (province == null && !user.roles().contains(Roles.NATIONAL_ADMIN)) {
            province = user.provinceCode();
        }
        if (province == null) {
            violations.add(new Violation("provinceCode", "person.province.required"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, violations, "problem.validation.detail", violations.size());
        }
        if (!user.roles().contains(Roles.NATIONAL_ADMIN) && !province.equals(user.provinceCode())) {
            throw forbidden(new Violation("provinceCode", "person.province.outside", province));
        }
        String code = province;
        boolean exists = areas.findByCode(code).filter(a -> a.level == AreaLevel.PROVINCE).isPresent();
        if (!exists) {
            throw ProblemException.invalidField("provinceCode", "person.province.unknown", code);
        }
        return new Placement(role, code, null, null);
    }

    private Area commune(String communeCode) {
        if (communeCode == null) {
            throw ProblemException.invalidField("communeCode", "person.commune.required");
        }
        return areas.findCommune(communeCode)
                .orElseThrow(() -> ProblemException.invalidField("communeCode", "person.commune.unknown", communeCode));
    }

    private static ProblemException forbidden(Violation violation) {
        return new ProblemException(ProblemType.FORBIDDEN, List.of(violation), "problem.forbidden.detail");
    }
}
