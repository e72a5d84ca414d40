package vn.binhdang.common;

import java.time.Duration;

/**
 * A refusal that is over after a while (too many requests): {@link ProblemMapper} answers it as
 * problem+json of its type with {@code Retry-After} in whole seconds.
 */
public class RetryLaterException extends RuntimeException {
    private final ProblemType problemType;
    private final Duration retryAfter;

    public RetryLaterException(ProblemType problemType, Duration retryAfter) {
        super(problemType.name(), null, false, false);
        this.problemType = problemType;
        this.retryAfter = retryAfter;
    }

    public ProblemType problemType() {
        return problemType;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole seconds, at least 1, as {@code Retry-After} and the detail say it. */
    public long retryAfterSeconds() {
        return ProblemMapper.seconds(retryAfter);
    }
}
