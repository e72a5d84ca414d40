package vn.binhdang.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How many API requests a caller may make per period (binhdang.rate-limit.*), enforced by
 * {@link RateLimitFilter}: each signed-in user (the token's subject), each client application (the
 * token's {@code azp}, all its users together) and, for requests without a valid token, each remote
 * address. Defaults in application.properties are generous for real use; %test raises them so that
 * no test but the rate-limit test meets them.
 */
@ConfigMapping(prefix = "binhdang.rate-limit")
public interface RateLimits {
    @WithDefault("true")
    boolean enabled();

    Limit user();

    Limit client();

    Limit anonymous();

    /** At most this many distinct callers are tracked; beyond it the counts start over. */
    @WithDefault("100000")
    int maxTracked();

    interface Limit {
        /** Requests allowed in each period. */
        int requests();

        /** The period after which the allowance is renewed in full. */
        Duration period();
    }
}
