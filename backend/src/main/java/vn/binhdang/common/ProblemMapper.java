package vn.binhdang.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 problem+json. Client errors name the offending
 * fields; nothing internal (class names, SQL) leaves the server.
 */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Inject
    Messages messages;

    /** What a 503 tells the client to wait before trying again while the database is unreachable. */
    @ConfigProperty(name = "binhdang.database-unavailable.retry-after", defaultValue = "5S")
    Duration databaseRetryAfter;

    @ServerExceptionMapper
    public Response mapProblem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        List<FieldViolation> violations = e.violations().stream()
                .map(v -> new FieldViolation(v.field(), messages.get(locale, v.messageKey(), v.args())))
                .toList();
        return respond(e.problemType(), messages.get(locale, e.detailKey(), e.args()), violations, headers, uri);
    }

    @ServerExceptionMapper
    public Response mapConstraintViolations(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message))
                .toList();
        Locale locale = Messages.localeOf(headers);
        return respond(ProblemType.VALIDATION, messages.get(locale, "problem.validation.detail", violations.size()),
                violations, headers, uri);
    }

    /**
     * Malformed JSON, wrong types, unknown enum values, duplicated keys, numbers out of range: 400 naming the
     * field when there is one (the strictness itself is {@link JsonSettings}).
     */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class})
    public Response mapUnreadableJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty() && !isSyntaxError(e)) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message;
            if (e instanceof JsonSettings.ControlCharactersException) {
                message = messages.get(locale, "json.control-characters");
            } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                    && invalid.getTargetType().isEnum()) {
                String allowed = java.util.Arrays.stream(invalid.getTargetType().getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
                message = messages.get(locale, "json.enum", allowed);
            } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
                message = typeMessage(locale, mismatched.getTargetType());
            } else if (mapping.getCause() instanceof InputCoercionException coercion && coercion.getTargetType() != null) {
                message = typeMessage(locale, coercion.getTargetType());
            } else {
                message = messages.get(locale, "json.invalid-value");
            }
            return fieldProblem(locale, field, message, headers, uri);
        }
        if (e instanceof StreamReadException read && read.getProcessor() instanceof JsonParser parser) {
            String field = pathOf(parser.getParsingContext());
            if (e instanceof InputCoercionException coercion && !field.isEmpty()) {
                return fieldProblem(locale, field, typeMessage(locale, coercion.getTargetType()), headers, uri);
            }
            if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field") && !field.isEmpty()) {
                return fieldProblem(locale, field, messages.get(locale, "json.duplicate-key"), headers, uri);
            }
            if (e instanceof StreamConstraintsException) {
                return respond(ProblemType.MALFORMED_REQUEST, messages.get(locale, "json.too-deep"), List.of(),
                        headers, uri);
            }
        }
        if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return respond(ProblemType.MALFORMED_REQUEST, messages.get(locale, "json.trailing"), List.of(), headers, uri);
        }
        return respond(ProblemType.MALFORMED_REQUEST, messages.get(locale, "problem.malformed-request.detail"),
                List.of(), headers, uri);
    }

    private Response fieldProblem(Locale locale, String field, String message, HttpHeaders headers, UriInfo uri) {
        return respond(ProblemType.VALIDATION, messages.get(locale, "problem.validation.detail", 1),
                List.of(new FieldViolation(field, message)), headers, uri);
    }

    /** "clauses[1].text" from where the parser stopped. */
    private static String pathOf(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.add(0, c.getCurrentName());
            } else if (c.inArray()) {
                parts.add(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            }
        }
        return String.join(".", parts).replace(".[", "[");
    }

    /** What a value of this type must be, in the caller's language. */
    private String typeMessage(Locale locale, Class<?> type) {
        if (type == java.time.LocalDate.class) {
            return messages.get(locale, "json.date");
        }
        if (type == Boolean.class || type == boolean.class) {
            return messages.get(locale, "json.boolean");
        }
        if (type == Integer.class || type == int.class || type == Short.class || type == short.class) {
            return messages.get(locale, "json.integer", Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == Long.class || type == long.class) {
            return messages.get(locale, "json.integer", Long.MIN_VALUE, Long.MAX_VALUE);
        }
        return messages.get(locale, "json.type", typeName(locale, type));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response mapUnauthorized(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        Response response = respond(ProblemType.UNAUTHORIZED,
                messages.get(locale, "problem.unauthorized.detail"), List.of(), headers, uri);
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response mapForbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        return respond(ProblemType.FORBIDDEN, messages.get(locale, "problem.forbidden.detail"), List.of(), headers, uri);
    }

    /** Two writers raced on one record: the later one must reload, never overwrite silently. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response mapOptimisticLock(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        return respond(ProblemType.STALE_VERSION, messages.get(locale, "problem.stale-version.race"), List.of(),
                headers, uri);
    }

    /** A database rule that the service's own checks did not catch first (e.g. a race on a unique code). */
    @ServerExceptionMapper
    public Response mapPersistence(PersistenceException e, HttpHeaders headers, UriInfo uri) {
        if (DatabaseUnavailable.isCause(e)) {
            return mapDatabaseUnavailable(e, headers, uri);
        }
        Locale locale = Messages.localeOf(headers);
        SQLException sql = sqlCause(e);
        if (sql != null && "23505".equals(sql.getSQLState())) {
            return respond(ProblemType.CONFLICT, messages.get(locale, "problem.conflict.detail"), List.of(), headers, uri);
        }
        if (sql != null && "23503".equals(sql.getSQLState())) {
            return respond(ProblemType.IN_USE, messages.get(locale, "problem.in-use.referenced"), List.of(), headers, uri);
        }
        if (e instanceof OptimisticLockException ole) {
            return mapOptimisticLock(ole, headers, uri);
        }
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
            // A value PostgreSQL cannot store (class 22, data exception) that the input rules let through:
            // still the client's value, refused without a write; the WARN line shows which rule is missing.
            LOG.warnf("Value refused by the database on %s: SQLSTATE %s", uri == null ? "?" : uri.getPath(),
                    sql.getSQLState());
            return respond(ProblemType.VALIDATION, messages.get(locale, "problem.validation.value"), List.of(),
                    headers, uri);
        }
        return mapUnexpected(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response mapWebApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return mapUnexpected(e, headers, uri);
        }
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return mapUnreadableJson(json, headers, uri);
        }
        ProblemType type = switch (status) {
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 409 -> ProblemType.CONFLICT;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> ProblemType.MALFORMED_REQUEST;
        };
        Locale locale = Messages.localeOf(headers);
        List<FieldViolation> violations = List.of();
        String detail = switch (type) {
            case NOT_FOUND -> messages.get(locale, "problem.not-found.path");
            case NOT_ACCEPTABLE -> messages.get(locale, "problem.not-acceptable.detail");
            case UNSUPPORTED_MEDIA_TYPE -> messages.get(locale, "problem.unsupported-media-type.detail");
            default -> messages.get(locale, type.titleKey());
        };
        if (type == ProblemType.NOT_ACCEPTABLE) {
            violations = List.of(new FieldViolation(HttpHeaders.ACCEPT, detail));
        } else if (type == ProblemType.UNSUPPORTED_MEDIA_TYPE) {
            violations = List.of(new FieldViolation(HttpHeaders.CONTENT_TYPE, detail));
        }
        Response response = respond(type, detail, violations, headers, uri);
        if (status != type.status) {
            response = Response.fromResponse(response).status(status).build();
        }
        return response;
    }

    /**
     * The database cannot be reached (see {@link DatabaseUnavailable}): 503 with {@code Retry-After}, and one
     * warning line rather than a stack trace per request while the outage lasts.
     */
    private Response mapDatabaseUnavailable(Throwable e, HttpHeaders headers, UriInfo uri) {
        LOG.warnf("Database unavailable on %s: %s", uri == null ? "?" : uri.getPath(), rootMessage(e));
        Locale locale = Messages.localeOf(headers);
        Response response = respond(ProblemType.SERVICE_UNAVAILABLE,
                messages.get(locale, "problem.service-unavailable.database"), List.of(), headers, uri);
        return retryAfter(response, databaseRetryAfter);
    }

    /** Rate limit used up (security/RateLimitFilter): 429 with {@code Retry-After}. */
    @ServerExceptionMapper
    public Response mapRetryLater(RetryLaterException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        String detailKey = "problem." + e.problemType().name().toLowerCase(Locale.ROOT).replace('_', '-') + ".detail";
        Response response = respond(e.problemType(), messages.get(locale, detailKey, e.retryAfterSeconds()), List.of(),
                headers, uri);
        return retryAfter(response, e.retryAfter());
    }

    /** {@code Retry-After} in whole seconds, at least 1. */
    private static Response retryAfter(Response response, Duration wait) {
        return Response.fromResponse(response).header("Retry-After", seconds(wait)).build();
    }

    /** A wait in whole seconds, rounded up, at least 1. */
    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /**
     * The request could not be read: the client closed the connection or sent a multipart body that does
     * not parse (no boundary, cut short). One WARN line, no stack trace.
     */
    @ServerExceptionMapper
    public Response mapUnreadableRequest(java.io.IOException e, HttpHeaders headers, UriInfo uri) {
        LOG.warnf("Unreadable request body on %s: %s", uri == null ? "?" : uri.getPath(), e.getMessage());
        Locale locale = Messages.localeOf(headers);
        String type = headers == null ? null : headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        return respond(ProblemType.MALFORMED_REQUEST, messages.get(locale, multipart
                ? "problem.malformed-request.multipart" : "problem.malformed-request.detail"),
                multipart ? List.of(new FieldViolation("file", messages.get(locale, "attachment.unreadable")))
                        : List.of(), headers, uri);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response mapUnexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (DatabaseUnavailable.isCause(e)) {
            return mapDatabaseUnavailable(e, headers, uri);
        }
        LOG.error("Unexpected error on " + (uri == null ? "?" : uri.getPath()), e);
        Locale locale = Messages.localeOf(headers);
        return respond(ProblemType.INTERNAL, messages.get(locale, "problem.internal.detail"), List.of(), headers, uri);
    }

    private Response respond(ProblemType type, String detail, List<FieldViolation> violations, HttpHeaders headers,
            UriInfo uri) {
        Locale locale = Messages.localeOf(headers);
        Problem problem = new Problem(type.uri(), messages.get(locale, type.titleKey()), type.status, detail,
                uri == null ? null : uri.getPath(), violations.isEmpty() ? null : violations);
        return Response.status(type.status)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(problem)
                .build();
    }

    /**
     * "create.request.contactEmail" → "contactEmail"; "list.size" → "size"; list items as "targets[0]", and a
     * property of a list item as "clauses[1].text" (Hibernate Validator puts the item's index on that property's node).
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        String parameter = null;
        List<String> properties = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, BEAN -> {
                    if (node.isInIterable() && node.getIndex() != null && !properties.isEmpty()) {
                        int last = properties.size() - 1;
                        properties.set(last, properties.get(last) + "[" + node.getIndex() + "]");
                    }
                    if (node.getName() != null) {
                        properties.add(node.getName());
                    }
                }
                case CONTAINER_ELEMENT -> {
                    if (node.getIndex() != null && !properties.isEmpty()) {
                        int last = properties.size() - 1;
                        properties.set(last, properties.get(last) + "[" + node.getIndex() + "]");
                    }
                }
                default -> {
                }
            }
        }
        // A body parameter's own name says nothing to the client: the path inside the body does.
        return properties.isEmpty() ? String.valueOf(parameter) : String.join(".", properties);
    }

    private static String typeName(Locale locale, Class<?> type) {
        boolean vi = "vi".equals(locale.getLanguage());
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return vi ? "số nguyên" : "an integer";
        }
        if (type == java.time.LocalDate.class) {
            return vi ? "ngày dạng yyyy-MM-dd" : "a date as yyyy-MM-dd";
        }
        if (type == Boolean.class || type == boolean.class) {
            return vi ? "true hoặc false" : "true or false";
        }
        if (List.class.isAssignableFrom(type) || java.util.Set.class.isAssignableFrom(type) || type.isArray()) {
            return vi ? "danh sách" : "a list";
        }
        return vi ? "chuỗi ký tự" : "a string";
    }

    /** Broken JSON (cut short, stray characters), as opposed to a well-formed value of the wrong kind. */
    private static boolean isSyntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException) {
                return true;
            }
        }
        return false;
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
