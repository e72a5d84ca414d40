package vn.binhdang.people;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How people are managed in Keycloak (the connection itself is {@code quarkus.keycloak.admin-client.*}: the
 * service account {@code binhdang-people-admin}, holding only {@code realm-management/manage-users}).
 */
@ConfigMapping(prefix = "binhdang.people")
public interface PeopleConfig {
    /** The realm whose people the product manages. */
    @WithDefault("binhdang")
    String realm();

    /**
     * Whether Keycloak can send e-mail (SMTP configured in the realm): then an invited person with an e-mail
     * address gets the "set your password" e-mail instead of a temporary password shown to the inviter.
     */
    @WithDefault("false")
    boolean sendEmail();

    /** At most this many people of a scope are read from Keycloak for one list (the rest is not shown). */
    @WithDefault("2000")
    int maxListed();

    /** What {@code Retry-After} says when Keycloak cannot be reached. */
    @WithDefault("10S")
    Duration retryAfter();
}
