package vn.binhdang.security;

/** Realm roles of Keycloak realm {@code binhdang} (see DOMAIN.md, "Who uses the product"). */
public final class Roles {
    public static final String COMMUNE_ADMIN = "commune-admin";
    public static final String COORDINATOR = "coordinator";
    public static final String UNIT_REPORTER = "unit-reporter";
    public static final String VIEWER = "viewer";
    public static final String PROVINCE = "province";

    private Roles() {
    }
}
