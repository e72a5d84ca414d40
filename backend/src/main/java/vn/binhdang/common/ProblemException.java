package vn.binhdang.common;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;

/**
 * A refusal the service decides on (not found, conflict, stale version…). The detail is a message
 * key with arguments, rendered in the caller's language by {@link ProblemMapper}.
 */
public class ProblemException extends WebApplicationException {
    private final ProblemType problemType;
    private final String detailKey;
    private final transient Object[] args;
    private final List<Violation> violations;

    /** A field violation still to be rendered: the field and a message key with arguments. */
    public record Violation(String field, String messageKey, Object... args) {
    }

    public ProblemException(ProblemType problemType, String detailKey, Object... args) {
        this(problemType, List.of(), detailKey, args);
    }

    public ProblemException(ProblemType problemType, List<Violation> violations, String detailKey, Object... args) {
        super(detailKey, problemType.status);
        this.problemType = problemType;
        this.detailKey = detailKey;
        this.args = args;
        this.violations = violations;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "problem.not-found." + what, id);
    }

    public static ProblemException invalidField(String field, String messageKey, Object... args) {
        return invalid(new Violation(field, messageKey, args));
    }

    public static ProblemException invalid(Violation violation) {
        return new ProblemException(ProblemType.VALIDATION, List.of(violation), "problem.validation.detail", 1);
    }

    public static ProblemException staleVersion(long current) {
        return new ProblemException(ProblemType.STALE_VERSION, "problem.stale-version.detail", current);
    }

    /** A change must carry the version it was read at (400 without one, 409 when someone changed it since). */
    public static void checkVersion(Long sent, long current) {
        if (sent == null) {
            throw invalidField("version", "field.required");
        }
        if (sent != current) {
            throw staleVersion(current);
        }
    }

    public ProblemType problemType() {
        return problemType;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] args() {
        return args;
    }

    public List<Violation> violations() {
        return violations;
    }
}
