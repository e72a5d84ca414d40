package vn.binhdang.security;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.binhdang.common.ProblemType;
import vn.binhdang.common.RetryLaterException;

/**
 * Rate limits of the API ({@link RateLimits}), before any resource runs: a request with a valid token
 * counts against its user (subject) and its client ({@code azp}); any other request — no token, or one
 * that fails verification — against its remote address. A used-up limit is answered 429 problem+json
 * with {@code Retry-After} (common/ProblemMapper). The counting is resilience4j's {@link RateLimiter},
 * one per caller.
 */
@ApplicationScoped
public class RateLimitFilter {
    @Inject
    RateLimits limits;

    @Inject
    CurrentIdentityAssociation identity;

    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

    /** Pre-matching, so that it runs before the security check refuses a request without a valid token. */
    @ServerRequestFilter(preMatching = true)
    public Uni<Response> limit(HttpServerRequest request) {
        if (!limits.enabled()) {
            return Uni.createFrom().nullItem();
        }
        return identity.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(caller -> {
                    if (caller == null || caller.isAnonymous()) {
                        String address = request.remoteAddress() == null ? "?" : request.remoteAddress().hostAddress();
                        check("address:" + address, limits.anonymous());
                        return null;
                    }
                    check("user:" + subject(caller), limits.user());
                    String client = client(caller);
                    if (client != null) {
                        check("client:" + client, limits.client());
                    }
                    return null;
                });
    }

    private void check(String caller, RateLimits.Limit limit) {
        if (limiters.size() >= limits.maxTracked() && !limiters.containsKey(caller)) {
            limiters.clear();
        }
        RateLimiter limiter = limiters.computeIfAbsent(caller, name -> RateLimiter.of(name, RateLimiterConfig.custom()
                .limitForPeriod(limit.requests()).limitRefreshPeriod(limit.period()).timeoutDuration(Duration.ZERO)
                .build()));
        if (!limiter.acquirePermission()) {
            long nanos = limiter instanceof AtomicRateLimiter atomic ? atomic.getDetailedMetrics().getNanosToWait()
                    : limit.period().toNanos();
            throw new RetryLaterException(ProblemType.TOO_MANY_REQUESTS, Duration.ofNanos(Math.max(nanos, 1)));
        }
    }

    private static String subject(SecurityIdentity caller) {
        if (caller.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return caller.getPrincipal().getName();
    }

    private static String client(SecurityIdentity caller) {
        if (caller.getPrincipal() instanceof JsonWebToken jwt) {
            Object azp = jwt.getClaim("azp");
            return azp == null ? null : azp.toString();
        }
        return null;
    }
}
