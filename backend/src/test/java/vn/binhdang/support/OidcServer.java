package vn.binhdang.support;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * One OIDC server for every test class: it publishes the keys the backend verifies {@link Tokens}
 * with, so tokens go through the same verification as Keycloak's in production.
 */
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
public final class OidcServer {
    private OidcServer() {
    }
}
