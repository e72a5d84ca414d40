package vn.binhdang.security;

import java.util.List;

/** Realm roles of Keycloak realm {@code binhdang} (see DOMAIN.md, "Who uses the product"). */
public final class Roles {
    public static final String COMMUNE_ADMIN = "commune-admin";
    public static final String COORDINATOR = "coordinator";
    public static final String UNIT_REPORTER = "unit-reporter";
    public static final String VIEWER = "viewer";
    public static final String PROVINCE = "province";
    /** Sở Nội vụ staff who run the programme in the province: own the shared lists and the media checklist. */
    public static final String PROVINCE_ADMIN = "province-admin";
    /**
     * National administrator: imports the official list of administrative units and invites province
     * administrators; no province or commune scope, and no access to any commune's records.
     */
    public static final String NATIONAL_ADMIN = "national-admin";

    /** Every role the product knows, in this order wherever roles are listed (the caller's, the contract's). */
    public static final List<String> ALL = List.of(COMMUNE_ADMIN, COORDINATOR, UNIT_REPORTER, VIEWER, PROVINCE,
            PROVINCE_ADMIN, NATIONAL_ADMIN);

    private Roles() {
    }
}
