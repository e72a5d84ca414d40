package vn.binhdang.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The limits of a request, checked before routing, authentication or any resource — so that what a
 * client sends before its body is read is refused as problem+json too (in the request's language, with
 * one WARN line), instead of Vert.x's empty answers:
 * <ul>
 *   <li>the request target (path and query) is at most {@link #MAX_URI} characters (414);</li>
 *   <li>the headers together are at most {@link #MAX_HEADERS} bytes (431);</li>
 *   <li>a declared Content-Length is at most quarkus.http.limits.max-body-size (413);</li>
 *   <li>the path and every query parameter are well-formed percent-encoded UTF-8 without control
 *       characters (400 naming the parameter; PostgreSQL refuses NUL).</li>
 * </ul>
 * Vert.x's own limits (application.properties: max-initial-line-length, max-header-size) are set above
 * these, so Vert.x itself only answers requests beyond them or broken at the HTTP syntax level.
 */
@ApplicationScoped
public class RequestGuard {
    private static final Logger LOG = Logger.getLogger(RequestGuard.class);

    public static final int MAX_URI = 4096;
    public static final int MAX_HEADERS = 16 * 1024;

    @Inject
    Messages messages;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    io.quarkus.runtime.configuration.MemorySize maxBody;

    void install(@Observes Router router) {
        router.route().order(-10_000).handler(this::guard);
    }

    void guard(RoutingContext context) {
        HttpServerRequest request = context.request();
        Locale locale = Messages.localeOf(request.getHeader("Accept-Language"));
        String uri = request.uri();
        if (uri.length() > MAX_URI) {
            refuse(context, locale, ProblemType.URI_TOO_LONG, messages.get(locale, "problem.uri-too-long.detail", MAX_URI),
                    List.of(), "URI of " + uri.length() + " characters");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > MAX_HEADERS) {
            refuse(context, locale, ProblemType.REQUEST_HEADERS_TOO_LARGE,
                    messages.get(locale, "problem.request-headers-too-large.detail", MAX_HEADERS / 1024), List.of(),
                    headerBytes + " bytes of headers");
            return;
        }
        String length = request.getHeader("Content-Length");
        if (length != null && length.strip().matches("\\d{1,18}") && Long.parseLong(length.strip()) > maxBody.asLongValue()) {
            refuse(context, locale, ProblemType.PAYLOAD_TOO_LARGE,
                    messages.get(locale, "problem.payload-too-large.detail", maxBody.asLongValue() / 1024 / 1024),
                    List.of(new FieldViolation("Content-Length", messages.get(locale, "header.invalid", "Content-Length"))),
                    "Content-Length " + length);
            return;
        }
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        String problem = check(path);
        if (problem != null) {
            refuse(context, locale, ProblemType.VALIDATION, messages.get(locale, "problem.validation.detail", 1),
                    List.of(new FieldViolation("path", messages.get(locale, problem))), "path");
            return;
        }
        if (query >= 0) {
            for (String pair : uri.substring(query + 1).split("&")) {
                int equals = pair.indexOf('=');
                String rawName = equals < 0 ? pair : pair.substring(0, equals);
                String name = decode(rawName);
                String nameProblem = check(rawName);
                String valueProblem = equals < 0 ? null : check(pair.substring(equals + 1));
                if (nameProblem != null || valueProblem != null) {
                    String field = name == null || JsonSettings.hasControlCharacters(name) ? "query" : name;
                    refuse(context, locale, ProblemType.VALIDATION, messages.get(locale, "problem.validation.detail", 1),
                            List.of(new FieldViolation(field,
                                    messages.get(locale, nameProblem != null ? nameProblem : valueProblem))),
                            "query parameter " + field);
                    return;
                }
            }
        }
        context.next();
    }

    /** The message key of what is wrong with a percent-encoded part of the URI, null when nothing is. */
    private static String check(String raw) {
        String decoded = decode(raw);
        if (decoded == null) {
            return "param.malformed";
        }
        return JsonSettings.hasControlCharacters(decoded) ? "param.control-characters" : null;
    }

    /** Percent-decoding into strict UTF-8 ('+' is a space); null when malformed. */
    static String decode(String raw) {
        byte[] bytes = new byte[raw.length() * 3];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes[n++] = (byte) (high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes[n++] = ' ';
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(encoded, 0, bytes, n, encoded.length);
                n += encoded.length;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, n)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private void refuse(RoutingContext context, Locale locale, ProblemType type, String detail,
            List<FieldViolation> violations, String reason) {
        HttpServerRequest request = context.request();
        LOG.warnf("Refused %s %s: %d, %s", request.method(), request.path() == null ? "?" : abbreviate(request.path()),
                type.status, reason);
        Problem problem = new Problem(type.uri(), messages.get(locale, type.titleKey()), type.status, detail,
                request.path() == null ? null : abbreviate(request.path()), violations.isEmpty() ? null : violations);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(type.status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Content-Language", locale.getLanguage())
                .putHeader("Cache-Control", "no-store")
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Connection", "close")
                .end(body)
                // The body (if any) is not read: close, so that a client announcing 100 GB is not waited for.
                .onComplete(done -> request.connection().close());
    }

    private static String abbreviate(String text) {
        String clean = text.replaceAll("[\\p{Cntrl}]", "?");
        return clean.length() > 200 ? clean.substring(0, 200) + "…" : clean;
    }
}
