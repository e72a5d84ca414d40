package vn.binhdang.common;

/** The stable kinds of error the API answers with; the URN is the problem's {@code type}. */
public enum ProblemType {
    VALIDATION(400),
    MALFORMED_REQUEST(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    CONFLICT(409),
    STALE_VERSION(409),
    IN_USE(409),
    PAYLOAD_TOO_LARGE(413),
    URI_TOO_LONG(414),
    UNSUPPORTED_MEDIA_TYPE(415),
    IDEMPOTENCY_KEY_REUSED(422),
    TOO_MANY_REQUESTS(429),
    REQUEST_HEADERS_TOO_LARGE(431),
    INTERNAL(500),
    SERVICE_UNAVAILABLE(503);

    public final int status;

    ProblemType(int status) {
        this.status = status;
    }

    public String uri() {
        return "urn:binhdang:problem:" + name().toLowerCase().replace('_', '-');
    }

    /** Key of the title in the messages bundle. */
    public String titleKey() {
        return "problem." + name().toLowerCase().replace('_', '-') + ".title";
    }
}
